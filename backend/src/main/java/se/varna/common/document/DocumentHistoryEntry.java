package se.varna.common.document;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One audited change to a versioned document, or to one of its parts (a measure's progress
 * update, an agreement's commitment): who, when, the fields that changed and the state before
 * and after as JSON snapshots. Written only by {@link VersionedDocuments}, never changed.
 */
@Entity
@Table(name = "document_history")
public class DocumentHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The code of the municipality the document belongs to (its root area). */
    @Column(nullable = false)
    public String municipality;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind", nullable = false)
    public DocumentKind documentKind;

    @Column(name = "document_id", nullable = false)
    public Long documentId;

    /** The document's version after the change. */
    @Column(name = "document_version", nullable = false)
    public long documentVersion;

    /** The part the change concerns, when it concerns one. */
    @Column(name = "part_id")
    public Long partId;

    /** What the change did, in the kind's words: {@code created}, {@code approved}, {@code progressUpdateAdded}. */
    @Column(nullable = false)
    public String action;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_by_name")
    public String changedByName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields", nullable = false, columnDefinition = "varchar(64)[]")
    public String[] changedFields = new String[0];

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String after;

    /** True for the entries demo data writes. */
    @Column(nullable = false)
    public boolean demo;
}
