package se.varna.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.agreement.AgreementDtos.AgreementSummary;
import se.varna.agreement.AgreementDtos.CommitmentCounts;
import se.varna.agreement.CommitmentStatus;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisSummary;
import se.varna.common.LocalizedText;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.indicator.IndicatorDtos.Baseline;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;
import se.varna.indicator.IndicatorFrequency;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.measure.MeasureDtos.MeasureSummary;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;

/** The status report's API records. */
public final class ReportDtos {

    /** The version of {@link ReportContent}'s structure; a snapshot keeps the version it was built with. */
    public static final int CONTENT_VERSION = 1;

    private ReportDtos() {
    }

    @Schema(name = "ReportInput", description = "A new report.", requiredProperties = { "period" })
    public record ReportInput(
            @Schema(description = "The half-year the report covers, e.g. `2025H2`.", examples = "2025H2") String period) {
    }

    @Schema(name = "ReportSections", description = "The report's texts: the coordinator's narrative, the "
            + "*lägesbild* summary and the *åtgärdsplan*. Each at most 20 000 characters.", requiredProperties = {
                    "narrative", "situation", "actionPlan" })
    public record ReportSections(
            @Schema(description = "The coordinator's narrative.") String narrative,
            @Schema(description = "The *lägesbild*: a summary of the situation.") String situation,
            @Schema(description = "The *åtgärdsplan*: what is to be done next.") String actionPlan) {
    }

    @Schema(name = "ReportSummary", requiredProperties = { "id", "period", "status", "createdAt", "createdBy",
            "updatedAt", "approvedAt", "approvedBy" })
    public record ReportSummary(
            long id,
            @Schema(description = "The half-year, e.g. `2025H2`.") String period,
            ReportStatus status,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            @Schema(nullable = true) OffsetDateTime approvedAt,
            @Schema(nullable = true) String approvedBy) {
    }

    @Schema(name = "ReportPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record ReportPage(List<ReportSummary> items, long total, int limit, int offset) {
    }

    @Schema(name = "Report", description = "A status report with its sections and content.", requiredProperties = {
            "id", "period", "status", "version", "sections", "createdAt", "createdBy", "updatedAt", "updatedBy",
            "approvedAt", "approvedBy", "exact", "content" })
    public record ReportView(
            long id,
            @Schema(description = "The half-year, e.g. `2025H2`.") String period,
            ReportStatus status,
            @Schema(description = "The report's version, also its `ETag`.") long version,
            ReportSections sections,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy,
            @Schema(nullable = true) OffsetDateTime approvedAt,
            @Schema(nullable = true) String approvedBy,
            @Schema(description = "True when every figure of the content is exact for the reader; false when some "
                    + "crime figures are perturbed or suppressed, or indicator values rounded or suppressed, as the "
                    + "crime statistics and indicator values are for the same reader.") boolean exact,
            ReportContent content) {
    }

    @Schema(name = "ReportHistoryEntry", description = "One change to a report.",
            requiredProperties = { "id", "changedAt", "changedBy", "action", "version", "changedFields" })
    public record ReportHistoryEntry(
            long id,
            OffsetDateTime changedAt,
            @Schema(description = "Username of whoever made the change.") String changedBy,
            @Schema(nullable = true) String changedByName,
            @Schema(enumeration = { "created", "updated", "approved" }, type = SchemaType.STRING) String action,
            @Schema(description = "The report's version after the change.") long version,
            @Schema(description = "Names of the fields whose value changed.") List<String> changedFields,
            @Schema(description = "The report's period, status and sections before the change; null for a "
                    + "creation.", type = SchemaType.OBJECT, nullable = true) Map<String, Object> before,
            @Schema(description = "The same after the change.", type = SchemaType.OBJECT, nullable = true)
            Map<String, Object> after) {
    }

    @Schema(name = "ReportHistoryPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record ReportHistoryPage(List<ReportHistoryEntry> items, long total, int limit, int offset) {
    }

    @Schema(name = "ReportContent", description = "What the report says about its half-year: goals with their "
            + "indicators, crime statistics, measures. A draft's is built from live data when read; an approved "
            + "report's is its frozen snapshot.", requiredProperties = { "contentVersion", "period", "from", "to",
                    "builtAt", "goals", "crime", "measures", "agreements", "safetyAnalyses" })
    public record ReportContent(
            @Schema(description = "The version of this structure.") int contentVersion,
            @Schema(description = "The half-year, e.g. `2025H2`.") String period,
            @Schema(description = "Its first month, `YYYY-MM`.") String from,
            @Schema(description = "Its last month, `YYYY-MM`.") String to,
            @Schema(description = "When the content was built from the data.") OffsetDateTime builtAt,
            @Schema(description = "The policy's goals in order, each with its indicators.") List<ReportGoal> goals,
            ReportCrime crime,
            ReportMeasures measures,
            ReportAgreements agreements,
            @Schema(description = "The newest safety analysis of each district dated up to the half-year's end, "
                    + "districts by name. Empty for readers without a Värna role: safety analyses are internal.")
            List<SafetyAnalysisSummary> safetyAnalyses) {
    }

    @Schema(name = "ReportAgreements", description = "The agreements in force during the half-year (citizen "
            + "promises and collaboration agreements) with their commitments' status.", requiredProperties = {
                    "commitmentCounts", "items" })
    public record ReportAgreements(
            @Schema(description = "All their commitments together, per status.") CommitmentCounts commitmentCounts,
            List<ReportAgreement> items) {
    }

    @Schema(name = "ReportAgreement", requiredProperties = { "agreement", "commitments" })
    public record ReportAgreement(AgreementSummary agreement, List<ReportCommitment> commitments) {
    }

    @Schema(name = "ReportCommitment", description = "A commitment and its status when the content was built.",
            requiredProperties = { "id", "text", "responsibleOrganisation", "status", "statusComment",
                    "statusUpdatedAt" })
    public record ReportCommitment(
            long id,
            String text,
            OrganisationSummary responsibleOrganisation,
            CommitmentStatus status,
            @Schema(nullable = true, description = "What the latest follow-up said.") String statusComment,
            @Schema(nullable = true) OffsetDateTime statusUpdatedAt) {
    }

    @Schema(name = "ReportGoal", requiredProperties = { "goal", "indicators" })
    public record ReportGoal(GoalSummary goal, List<ReportIndicator> indicators) {
    }

    @Schema(name = "ReportIndicator", description = "An indicator's latest value for the municipality as a whole "
            + "(total sex and age group) up to the end of the half-year, against its baseline and target.",
            requiredProperties = { "indicator", "frequency", "baseline", "trend", "series" })
    public record ReportIndicator(
            IndicatorSummary indicator,
            IndicatorFrequency frequency,
            @Schema(nullable = true) Baseline baseline,
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
            long total,
            List<ReportCount> byStatus,
            @Schema(description = "Per goal; a measure aimed at several goals counts for each.") List<ReportCount> byGoal,
            List<ReportCount> byPreventionType,
            List<ReportCount> byPreventionLevel,
            @Schema(description = "Ongoing measures without a progress update for more than six months; readers "
                    + "without a Värna role see only the published ones.")
            List<MeasureSummary> lackingUpdates) {
    }

    @Schema(name = "ReportCount", requiredProperties = { "key", "label", "count" })
    public record ReportCount(
            @Schema(description = "The status, goal number, prevention type or level.") String key,
            @Schema(ref = "LocalizedName") LocalizedText label,
            long count) {
    }
}
