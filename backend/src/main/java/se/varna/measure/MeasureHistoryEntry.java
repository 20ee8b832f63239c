package se.varna.measure;

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
 * One audited change to a measure or one of its progress updates: who, when, and the
 * state before and after as JSON snapshots.
 */
@Entity
@Table(name = "measure_history")
public class MeasureHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "measure_id", nullable = false)
    public Long measureId;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_by_name")
    public String changedByName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HistoryAction action;

    @Column(name = "measure_version", nullable = false)
    public long measureVersion;

    @Column(name = "update_id")
    public Long updateId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields", nullable = false, columnDefinition = "varchar(64)[]")
    public String[] changedFields = new String[0];

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String after;

    @Column(nullable = false)
    public boolean demo;
}
