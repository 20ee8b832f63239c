package se.varna.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.actionplan.ActionPlanDtos.PlanInForce;
import se.varna.agreement.AgreementDtos.AgreementSummary;
import se.varna.agreement.AgreementDtos.CommitmentCounts;
import se.varna.agreement.CommitmentStatus;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisSummary;
import se.varna.common.Limits;
import se.varna.common.LocalizedText;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.indicator.IndicatorDtos.Baseline;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;
import se.varna.indicator.IndicatorFrequency;
import se.varna.measure.EvaluationDtos.EstimateView;
import se.varna.measure.EvaluationDtos.Reason;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.measure.MeasureDtos.MeasureSummary;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;

/**
 * The status report's API records. A request record's limits are its bean-validation
 * constraints (checked before the service runs, and written into the contract from the same
 * annotations); a response record's are its {@code @Schema}s.
 */
public final class ReportDtos {

    /** The version of {@link ReportContent}'s structure; a snapshot keeps the version it was built with. */
    public static final int CONTENT_VERSION = 2;

    /** The longest section (narrative, situation, action plan). */
    static final int SECTION_MAX = 20_000;

    private ReportDtos() {
    }

    @Schema(name = "ReportInput", description = "A new report.", requiredProperties = { "period" })
    public record ReportInput(
            @Schema(description = "The half-year the report covers, e.g. `2025H2`; for an evaluation the period of "
                    + "an adopted policy, e.g. `2020-2025`.", examples = "2025H2")
            // present and a half-year (or a policy's period): ReportService, which a request without a body reaches too
            @Size(max = Limits.CODE) String period,
            @Schema(description = "`halfYear` (the default when absent) or `evaluation`.", nullable = true)
            ReportKind kind) {

        public ReportInput(String period) {
            this(period, null);
        }
    }

    @Schema(name = "ReportSections", description = "The report's texts: the coordinator's narrative, and in "
            + "reports written before the lägesbild and the action plan were documents of their own, the free-text "
            + "*lägesbild* and *åtgärdsplan* (deprecated: the content's `actionPlan` cites the plan in force and its "
            + "lägesbild instead). Each at most 20 000 characters.", requiredProperties = { "narrative",
                    "situation", "actionPlan" })
    public record ReportSections(
            @Schema(description = "The coordinator's narrative.")
            @NotNull(message = "{varna.report.section.required}") @Size(max = SECTION_MAX)
            String narrative,
            @Schema(description = "Deprecated (sunset 2027-06-30, docs/api.md#deprecation): the free-text "
                    + "*lägesbild* of earlier reports, still read and written; empty in a new draft. A non-empty one "
                    + "written gets the deprecation headers.", deprecated = true)
            @NotNull(message = "{varna.report.section.required}") @Size(max = SECTION_MAX) String situation,
            @Schema(description = "Deprecated (sunset 2027-06-30): the free-text *åtgärdsplan* of earlier reports, "
                    + "as `situation`.", deprecated = true)
            @NotNull(message = "{varna.report.section.required}") @Size(max = SECTION_MAX) String actionPlan) {
    }

    @Schema(name = "ReportSummary", requiredProperties = { "id", "kind", "period", "status", "createdAt", "createdBy",
            "updatedAt", "approvedAt", "approvedBy" })
    public record ReportSummary(
            @Schema(minimum = "0") long id,
            ReportKind kind,
            @Schema(description = "The half-year, e.g. `2025H2`, or an evaluation's policy period, e.g. `2020-2025`.",
                    maxLength = 200) String period,
            ReportStatus status,
            OffsetDateTime createdAt,
            @Schema(maxLength = 2000) String createdBy,
            OffsetDateTime updatedAt,
            @Schema(nullable = true, maxLength = 40) OffsetDateTime approvedAt,
            @Schema(nullable = true, maxLength = 2000) String approvedBy) {
    }

    @Schema(name = "ReportPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record ReportPage(
            List<ReportSummary> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }

    @Schema(name = "Report", description = "A status report with its sections and content, or the evaluation of a "
            + "policy period with its conclusions and evaluation content.", requiredProperties = {
            "id", "kind", "period", "status", "version", "sections", "createdAt", "createdBy", "updatedAt", "updatedBy",
            "approvedAt", "approvedBy", "exact", "content", "conclusions", "evaluation" })
    public record ReportView(
            @Schema(minimum = "0") long id,
            ReportKind kind,
            @Schema(description = "The half-year, e.g. `2025H2`, or an evaluation's policy period, e.g. `2020-2025`.",
                    maxLength = 200) String period,
            ReportStatus status,
            @Schema(description = "The report's version, also its `ETag`.") long version,
            ReportSections sections,
            OffsetDateTime createdAt,
            @Schema(maxLength = 2000) String createdBy,
            OffsetDateTime updatedAt,
            @Schema(maxLength = 2000) String updatedBy,
            @Schema(nullable = true, maxLength = 40) OffsetDateTime approvedAt,
            @Schema(nullable = true, maxLength = 2000) String approvedBy,
            @Schema(description = "True when every figure of the content is exact for the reader; false when some "
                    + "crime figures are perturbed or suppressed, or indicator values rounded or suppressed, as the "
                    + "crime statistics and indicator values are for the same reader.") boolean exact,
            @Schema(description = "A half-year report's content; null for an evaluation.", nullable = true)
            ReportContent content,
            @Schema(description = "An evaluation's conclusions; null for a half-year report.", nullable = true)
            EvaluationDtos.EvaluationConclusions conclusions,
            @Schema(description = "An evaluation's content; null for a half-year report.", nullable = true)
            EvaluationDtos.EvaluationContent evaluation) {
    }

    @Schema(name = "ReportHistoryEntry", description = "One change to a report.",
            requiredProperties = { "id", "changedAt", "changedBy", "action", "version", "changedFields" })
    public record ReportHistoryEntry(
            @Schema(minimum = "0") long id,
            OffsetDateTime changedAt,
            @Schema(description = "Username of whoever made the change.", maxLength = 2000) String changedBy,
            @Schema(nullable = true, maxLength = 500) String changedByName,
            @Schema(enumeration = { "created", "updated", "approved" }, type = SchemaType.STRING) String action,
            @Schema(description = "The report's version after the change.") long version,
            // the items' bound as a constraint: @Schema cannot annotate a list's items
            @Schema(description = "Names of the fields whose value changed.") List<@Size(max = 200) String> changedFields,
            @Schema(description = "The report's period, status and sections before the change; null for a "
                    + "creation.", type = SchemaType.OBJECT, nullable = true) Map<String, Object> before,
            @Schema(description = "The same after the change.", type = SchemaType.OBJECT, nullable = true)
            Map<String, Object> after) {
    }

    @Schema(name = "ReportHistoryPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record ReportHistoryPage(
            List<ReportHistoryEntry> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }

    @Schema(name = "ReportContent", description = "What the report says about its half-year: goals with their "
            + "indicators, crime statistics, measures. A draft's is built from live data when read; an approved "
            + "report's is its frozen snapshot.", requiredProperties = { "contentVersion", "period", "from", "to",
                    "builtAt", "goals", "crime", "measures", "agreements", "safetyAnalyses" })
    public record ReportContent(
            @Schema(description = "The version of this structure.") int contentVersion,
            @Schema(description = "The half-year, e.g. `2025H2`.", maxLength = 200) String period,
            @Schema(description = "Its first month, `YYYY-MM`.", maxLength = 200) String from,
            @Schema(description = "Its last month, `YYYY-MM`.", maxLength = 200) String to,
            @Schema(description = "When the content was built from the data.") OffsetDateTime builtAt,
            @Schema(description = "The goals of the policy in force on the half-year's first day, in order, each "
                    + "with its indicators.") List<ReportGoal> goals,
            ReportCrime crime,
            ReportMeasures measures,
            ReportAgreements agreements,
            @Schema(description = "The newest safety analysis of each district dated up to the half-year's end, "
                    + "districts by name. Empty for readers without a Värna role: safety analyses are internal.")
            List<SafetyAnalysisSummary> safetyAnalyses,
            @Schema(description = "The effect follow-up of each measure whose intervention started by the "
                    + "half-year's end, by the measure's title. Readers without exact figures see published measures "
                    + "only, each estimate as the disclosure control lets them (frozen for them too at approval). "
                    + "Null in reports approved before effect follow-up existed.", nullable = true)
            List<ReportEvaluation> evaluations,
            @Schema(description = "The action plan in force for the half-year (the adopted plan with the latest "
                    + "decision on or before its last day) and its lägesbild, each action with its follow-up as of "
                    + "that day: docs/reports.md. Readers without a Värna role see its public problems only, and "
                    + "readers without exact figures the result figures' direction without their values. Null when "
                    + "no plan was in force, and in reports approved before the plans existed.", nullable = true)
            PlanInForce actionPlan) {
    }

    @Schema(name = "ReportEvaluation", description = "A measure's effect follow-up when the content was built: the "
            + "relative change of its outcome in the target districts against the comparison districts (a Poisson "
            + "difference-in-differences model, docs/effect-evaluation.md), or why there is no estimate.",
            requiredProperties = { "measureId", "measureTitle", "outcome", "retrospective", "estimate",
                    "insufficientData", "sentence" })
    public record ReportEvaluation(
            @Schema(minimum = "0") long measureId,
            @Schema(maxLength = 300) String measureTitle,
            @Schema(description = "The outcome's name.") LocalizedText outcome,
            @Schema(description = "Registered after the intervention started: a retrospective assessment "
                    + "(efterhandsbedömning).") boolean retrospective,
            @Schema(nullable = true, description = "Null when there is none: `insufficientData` says why.")
            EstimateView estimate,
            @Schema(nullable = true) Reason insufficientData,
            @Schema(description = "The estimate in words (\"minskning med 18 % (95 % intervall 9–26 %) jämfört med "
                    + "jämförelseområdena\"), or why there is none.") LocalizedText sentence) {
    }

    @Schema(name = "ReportAgreements", description = "The agreements in force during the half-year (citizen "
            + "promises and collaboration agreements) with their commitments' status.", requiredProperties = {
                    "commitmentCounts", "items" })
    public record ReportAgreements(
            @Schema(description = "All their commitments together, per status.") CommitmentCounts commitmentCounts,
            @Schema(maxItems = 1_000_000) List<ReportAgreement> items) {
    }

    @Schema(name = "ReportAgreement", requiredProperties = { "agreement", "commitments" })
    public record ReportAgreement(AgreementSummary agreement, List<ReportCommitment> commitments) {
    }

    @Schema(name = "ReportCommitment", description = "A commitment and its status when the content was built.",
            requiredProperties = { "id", "text", "responsibleOrganisation", "status", "statusComment",
                    "statusUpdatedAt" })
    public record ReportCommitment(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = 20_000) String text,
            OrganisationSummary responsibleOrganisation,
            CommitmentStatus status,
            @Schema(nullable = true, description = "What the latest follow-up said.", maxLength = 20_000)
            String statusComment,
            @Schema(nullable = true, maxLength = 40) OffsetDateTime statusUpdatedAt) {
    }

    @Schema(name = "ReportGoal", requiredProperties = { "goal", "indicators" })
    public record ReportGoal(GoalSummary goal, @Schema(maxItems = 1_000_000) List<ReportIndicator> indicators) {
    }

    @Schema(name = "ReportIndicator", description = "An indicator's latest value for the municipality as a whole "
            + "(total sex and age group) up to the end of the half-year, against its baseline and target.",
            requiredProperties = { "indicator", "frequency", "baseline", "trend", "series" })
    public record ReportIndicator(
            IndicatorSummary indicator,
            IndicatorFrequency frequency,
            @Schema(description = "The baseline the half-year's policy sets (the indicator's own where it sets "
                    + "none).", nullable = true) Baseline baseline,
            @Schema(description = "How the latest value moved from the previous one, given the indicator's "
                    + "direction: `improving`, `worsening`, `unchanged`, or `unknown` (fewer than two values, or no "
                    + "direction).") ReportTrend trend,
            @Schema(description = "The municipality's series; null when it has no value up to the half-year's end.",
                    nullable = true) Series series) {
    }

    @Schema(name = "ReportTrend", description = "How an indicator's latest value moved.")
    public enum ReportTrend {
        improving, worsening, unchanged, unknown
    }

    @Schema(name = "ReportCrime", description = "Reported crimes (all top categories together) in the half-year, "
            + "each cell with the previous half-year's and the same half-year a year earlier.", requiredProperties = {
                    "byDistrict", "bySex", "byAgeGroup" })
    public record ReportCrime(
            @Schema(description = "Per area: the municipality, its districts and localities.") CrimeStatistics byDistrict,
            @Schema(description = "Per sex of the victim.") CrimeStatistics bySex,
            @Schema(description = "Per age group of the victim.") CrimeStatistics byAgeGroup) {
    }

    @Schema(name = "ReportMeasures", description = "The measures registered when the content was built.",
            requiredProperties = { "total", "byStatus", "byGoal", "byPreventionType", "byPreventionLevel",
                    "lackingUpdates" })
    public record ReportMeasures(
            @Schema(minimum = "0", description = "The distinct measures: each counts once, however many goals it is "
                    + "counted under.") long total,
            List<ReportCount> byStatus,
            @Schema(description = "Per goal of the policy in force on the half-year's first day; a measure aimed at "
                    + "several goals counts for each, and one linked to a goal of an earlier policy counts under each "
                    + "goal the crosswalk maps that goal to (once per goal).") List<ReportCount> byGoal,
            List<ReportCount> byPreventionType,
            List<ReportCount> byPreventionLevel,
            @Schema(description = "Ongoing measures without a progress update for more than six months; readers "
                    + "without a Värna role see only the published ones.", maxItems = 1_000_000)
            List<MeasureSummary> lackingUpdates) {
    }

    @Schema(name = "ReportCount", requiredProperties = { "key", "label", "count" })
    public record ReportCount(
            @Schema(description = "The status, goal number, prevention type or level.", maxLength = 2000) String key,
            @Schema(ref = "LocalizedName") LocalizedText label,
            @Schema(minimum = "0") long count) {
    }
}
