package se.varna.report;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import se.varna.common.document.LifecycleDocument;

/**
 * A status report (*lägesrapport*) for one half-year, or the evaluation of a policy period
 * ({@link ReportKind}). A draft has no stored content (it is
 * built from live data when read); an approved report holds its content as a frozen snapshot.
 */
@Entity
@Table(name = "report")
public class Report extends LifecycleDocument {

    @Column(nullable = false, length = 9)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReportKind kind = ReportKind.halfYear;

    /** The policy an evaluation covers; null for a half-year report. */
    @Column(name = "policy_id")
    public Long policyId;

    /** An evaluation's conclusions ({@link EvaluationDtos.EvaluationConclusions}); null for a half-year report. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String conclusions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReportStatus status = ReportStatus.draft;

    @Column(nullable = false)
    public String narrative = "";

    @Column(nullable = false)
    public String situation = "";

    @Column(name = "action_plan", nullable = false)
    public String actionPlan = "";

    /** The frozen content with exact crime figures; null for a draft. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String content;

    /**
     * What publishing the frozen crime figures for readers without exact figures needs
     * ({@link ReportCrimeBasis}); null for a draft and for reports approved before it was kept.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "crime_basis", columnDefinition = "jsonb")
    public String crimeBasis;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Override
    public boolean frozen() {
        return status == ReportStatus.approved;
    }

    @Override
    public String frozenState() {
        return "approved";
    }
}
