package se.varna.common.document;

import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.varna.common.CurrentCaller;
import se.varna.common.InvalidParameterException;
import se.varna.common.Messages;
import se.varna.common.document.DecisionDtos.DecisionInput;

/**
 * The one lifecycle of documents that are approved or adopted: draft, then frozen. Every edit
 * of such a document first asks {@link #requireDraft}; a change to a frozen one is a new draft
 * started from it ({@link #newVersion}), never an edit.
 */
@ApplicationScoped
public class Lifecycle {

    @Inject
    VersionedDocuments documents;

    @Inject
    CurrentCaller caller;

    /** 409 when the document is frozen. */
    public void requireDraft(DocumentKind kind, LifecycleDocument document) {
        if (document.frozen()) {
            throw LifecycleProblem.frozen(kind, document.id, document.frozenState());
        }
    }

    /**
     * "A change is a new version": starts a new draft from a frozen document. {@code copy}
     * makes the new, unsaved draft from the frozen one (its content, and a link back to it when
     * the kind keeps one); it is created and audited like any new document, and the frozen one
     * stays as it is. 409 when {@code frozen} is still a draft: that is changed as it is; and 409
     * when it already has a newer version ({@code newer} answers it, or null): that is the one to
     * change, for two drafts from one document would each claim to succeed it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <D extends LifecycleDocument> D newVersion(DocumentKind kind, D frozen,
            Function<? super D, ? extends LifecycleDocument> newer, UnaryOperator<D> copy,
            Function<? super D, Map<String, Object>> snapshot) {
        if (!frozen.frozen()) {
            throw LifecycleProblem.draft(kind, frozen.id);
        }
        LifecycleDocument successor = newer.apply(frozen);
        if (successor != null) {
            throw LifecycleProblem.revised(kind, frozen.id, successor.id);
        }
        D draft = copy.apply(frozen);
        if (draft == frozen || draft.id != null || draft.frozen()) {
            throw new IllegalArgumentException("A new version is a new, unsaved draft");
        }
        documents.create(kind, draft, snapshot);
        return draft;
    }

    /**
     * Adopts a draft by {@code decision}: 409 when already adopted, then 400 naming
     * {@code decision} when there is none, then the kind's own {@code checks} (which throw their
     * problems), and only then the change, audited as {@code adopted} with who and when.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <D extends AdoptedDocument> void adopt(DocumentKind kind, D draft, DecisionInput decision, Runnable checks,
            Function<? super D, Map<String, Object>> snapshot) {
        requireDraft(kind, draft);
        if (decision == null) {
            throw new InvalidParameterException("decision", Messages.text("field.required"));
        }
        checks.run();
        documents.change(kind, draft, AdoptionStatus.adopted.name(), null, () -> snapshot.apply(draft), () -> {
            draft.decision = Decision.from(decision);
            draft.status = AdoptionStatus.adopted;
            draft.adoptedAt = documents.now();
            draft.adoptedBy = caller.username();
        });
    }
}
