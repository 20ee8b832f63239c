package se.varna.common.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import se.varna.common.PageRequest;
import se.varna.report.Report;
import se.varna.report.ReportStatus;
import se.varna.support.EmbeddedPostgresResource;

/**
 * The shared lifecycle on a real document kind (reports, the one that uses it today): a frozen
 * document refuses edits with its kind's 409, and "a change is a new version" starts a new,
 * audited draft from it while the frozen one stays as it was; a draft gets no new version.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class LifecycleTest {

    @Inject
    Lifecycle lifecycle;

    @Inject
    VersionedDocuments documents;

    /**
     * The frozen report here has no real content (the report's own tests approve real ones):
     * it goes, with its history, so that no other test reads it.
     */
    @AfterEach
    void removeTheTestsReports() {
        QuarkusTransaction.requiringNew().run(() -> {
            DocumentHistoryEntry.delete("documentKind = ?1 and documentId in (select r.id from Report r "
                    + "where r.period = ?2)", DocumentKind.report, PERIOD);
            Report.delete("period", PERIOD);
        });
    }

    static final String PERIOD = "2033H1";

    static Map<String, Object> snapshot(Report r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("period", r.period);
        s.put("status", r.status.name());
        s.put("narrative", r.narrative);
        return s;
    }

    static Report copyOf(Report frozen) {
        Report draft = new Report();
        draft.period = frozen.period;
        draft.narrative = frozen.narrative;
        draft.situation = frozen.situation;
        draft.actionPlan = frozen.actionPlan;
        return draft;
    }

    @Test
    @ActivateRequestContext
    void aChangeToAFrozenDocumentIsANewDraftAndTheFrozenOneStaysAsItWas() {
        long frozenId = QuarkusTransaction.requiringNew().call(() -> {
            Report r = new Report();
            r.period = PERIOD;
            r.narrative = "Som antagen.";
            documents.create(DocumentKind.report, r, LifecycleTest::snapshot);
            r.status = ReportStatus.approved;
            r.approvedAt = documents.now();
            r.approvedBy = "samordnare";
            r.content = "{}";
            return r.id;
        });

        assertThatThrownBy(() -> lifecycle.requireDraft(DocumentKind.report, Report.findById(frozenId)))
                .isInstanceOfSatisfying(LifecycleProblem.class, p -> {
                    assertThat(p.type()).isEqualTo("urn:varna:problem:report-approved");
                    assertThat(p.title()).isEqualTo("Report approved");
                    assertThat(p.getMessage()).isEqualTo("Report " + frozenId + " is approved and can no longer be changed.");
                });

        long draftId = QuarkusTransaction.requiringNew().call(() -> lifecycle.newVersion(DocumentKind.report,
                Report.<Report>findById(frozenId), r -> null, LifecycleTest::copyOf, LifecycleTest::snapshot).id);

        Report draft = Report.findById(draftId);
        Report frozen = Report.findById(frozenId);
        assertThat(draftId).isNotEqualTo(frozenId);
        assertThat(draft.frozen()).isFalse();
        assertThat(draft.version).isZero();
        assertThat(draft.narrative).isEqualTo("Som antagen.");
        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.version).isEqualTo(1);
        List<DocumentChange> history = documents.history(DocumentKind.report, draftId, new PageRequest(10, 0),
                c -> c, (items, total, limit, offset) -> items);
        assertThat(history).extracting(DocumentChange::action).containsExactly("created");
        assertThat(history.get(0).after()).containsEntry("status", "draft").containsEntry("narrative", "Som antagen.");
        assertThat(DocumentHistoryEntry.<DocumentHistoryEntry>find("documentId", draftId).firstResult().municipality)
                .isEqualTo("1980");

        // the draft is changed as it is, not versioned
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> lifecycle.newVersion(
                DocumentKind.report, Report.<Report>findById(draftId), r -> null, LifecycleTest::copyOf,
                LifecycleTest::snapshot)))
                .isInstanceOfSatisfying(LifecycleProblem.class,
                        p -> assertThat(p.type()).isEqualTo("urn:varna:problem:report-draft"));
        // a frozen document with a newer version is changed through that one, not versioned again
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> lifecycle.newVersion(
                DocumentKind.report, Report.<Report>findById(frozenId), r -> Report.<Report>findById(draftId),
                LifecycleTest::copyOf, LifecycleTest::snapshot)))
                .isInstanceOfSatisfying(LifecycleProblem.class, p -> {
                    assertThat(p.type()).isEqualTo("urn:varna:problem:report-revised");
                    assertThat(p.getMessage()).contains(String.valueOf(draftId));
                });
        assertThat(Report.count("period", PERIOD)).isEqualTo(2);
    }
}
