package se.varna.common.document;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.StaleStateException;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.varna.common.CurrentCaller;
import se.varna.common.Municipality;
import se.varna.common.PageRequest;
import se.varna.common.PreconditionProblem;
import se.varna.common.Snapshots;

/**
 * The one sequence every versioned document goes through, whatever its kind: the {@code ETag}
 * from its version, {@code If-Match} required and current (428, 412), the created and updated
 * stamps, a flush that turns a concurrent change into 412, an entry in {@code document_history}
 * for each change (who from the token, the changed fields from the snapshots) and the history
 * page, newest first. The document services decide who may do what and what is valid; they
 * call this for the rest, inside their own transaction.
 */
@ApplicationScoped
public class VersionedDocuments {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";

    @Inject
    CurrentCaller caller;

    @Inject
    Municipality municipality;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    /** A page of a kind's history entries: its DTO's constructor, e.g. {@code MeasureHistoryPage::new}. */
    @FunctionalInterface
    public interface PageOf<T, P> {
        P of(List<T> items, long total, int limit, int offset);
    }

    /** The ETag of a document version: its version number in quotes. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Now, as precisely as the database keeps it, so that a write answers what a later read does. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** 428 without {@code If-Match}, 412 when it does not name the document's current version. */
    public void requireIfMatch(DocumentKind kind, VersionedDocument document, String ifMatch) {
        Snapshots.requireIfMatch(ifMatch, document.version, kind);
    }

    /** Stores a new document, stamped as created by the caller now, and audits it as {@code created}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <D extends VersionedDocument> void create(DocumentKind kind, D document,
            Function<? super D, Map<String, Object>> snapshot) {
        OffsetDateTime now = now();
        document.createdAt = now;
        document.createdBy = caller.username();
        document.updatedAt = now;
        document.updatedBy = caller.username();
        document.persistAndFlush();
        record(kind, document, CREATED, null, null, snapshot.apply(document));
    }

    /**
     * Changes a document: {@code change} runs between two snapshots (of the document, or of the
     * part the change concerns), the document is stamped as updated, so its version moves on,
     * and flushed (412 when someone else changed it meanwhile), then the change is audited. The
     * caller has checked {@code If-Match} and who may change it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(DocumentKind kind, VersionedDocument document, String action, Long partId,
            Supplier<Map<String, Object>> snapshot, Runnable change) {
        Map<String, Object> before = snapshot.get();
        change.run();
        document.updatedAt = now();
        document.updatedBy = caller.username();
        flushOrFail(kind);
        record(kind, document, action, partId, before, snapshot.get());
    }

    /**
     * Writes the history entry of a change already made: who from the token, the document's
     * version now, the fields that differ between the snapshots. For changes to a part that
     * leave the document's own version as it is (a measure's progress updates).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DocumentKind kind, VersionedDocument document, String action, Long partId,
            Map<String, Object> before, Map<String, Object> after) {
        DocumentHistoryEntry entry = new DocumentHistoryEntry();
        entry.municipality = municipality.code();
        entry.documentKind = kind;
        entry.documentId = document.id;
        entry.documentVersion = document.version;
        entry.partId = partId;
        entry.action = action;
        entry.changedAt = now();
        entry.changedBy = caller.username();
        entry.changedByName = caller.name().orElse(null);
        entry.changedFields = Snapshots.changedFields(before, after).toArray(String[]::new);
        entry.before = Snapshots.write(json, before);
        entry.after = Snapshots.write(json, after);
        entry.persist();
    }

    /** Writes pending changes now; a version someone else moved on meanwhile is a 412. */
    public void flushOrFail(DocumentKind kind) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw PreconditionProblem.failed(kind);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof StaleStateException) {
                throw PreconditionProblem.failed(kind);
            }
            throw e;
        }
    }

    /**
     * One page of a document's history, newest first, each entry in the kind's own shape. The
     * caller has checked that the document exists and may be read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T, P> P history(DocumentKind kind, long documentId, PageRequest page,
            Function<DocumentChange, T> entry, PageOf<T, P> pageOf) {
        List<T> items = page.window(DocumentHistoryEntry.<DocumentHistoryEntry>find(
                "documentKind = ?1 and documentId = ?2 order by changedAt desc, id desc", kind, documentId))
                .stream().map(this::change).map(entry).toList();
        long total = DocumentHistoryEntry.count("documentKind = ?1 and documentId = ?2", kind, documentId);
        return pageOf.of(items, total, page.limit(), page.offset());
    }

    private DocumentChange change(DocumentHistoryEntry e) {
        return new DocumentChange(e.id, e.changedAt, e.changedBy, e.changedByName, e.action, e.documentVersion,
                e.partId, List.of(e.changedFields), Snapshots.read(json, e.before), Snapshots.read(json, e.after));
    }
}
