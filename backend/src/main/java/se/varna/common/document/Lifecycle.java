package se.varna.common.document;

import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The one lifecycle of documents that are approved or adopted: draft, then frozen. Every edit
 * of such a document first asks {@link #requireDraft}; a change to a frozen one is a new draft
 * started from it ({@link #newVersion}), never an edit.
 */
@ApplicationScoped
public class Lifecycle {

    @Inject
    VersionedDocuments documents;

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
     * stays as it is. 409 when {@code frozen} is still a draft: that is changed as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <D extends LifecycleDocument> D newVersion(DocumentKind kind, D frozen, UnaryOperator<D> copy,
            Function<? super D, Map<String, Object>> snapshot) {
        if (!frozen.frozen()) {
            throw LifecycleProblem.draft(kind, frozen.id);
        }
        D draft = copy.apply(frozen);
        if (draft == frozen || draft.id != null || draft.frozen()) {
            throw new IllegalArgumentException("A new version is a new, unsaved draft");
        }
        documents.create(kind, draft, snapshot);
        return draft;
    }
}
