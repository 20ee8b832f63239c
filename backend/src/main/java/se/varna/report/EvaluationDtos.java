package se.varna.report;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.agreement.AgreementDtos.CommitmentCounts;
import se.varna.crimestatistics.CrimeAnswer.CellBasis;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.indicator.IndicatorDtos.Baseline;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;
import se.varna.indicator.IndicatorDtos.TargetView;
import se.varna.indicator.IndicatorFrequency;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.report.ReportDtos.ReportCount;
import se.varna.report.ReportDtos.ReportEvaluation;

/**
 * The evaluation of a policy period (a report of kind {@link ReportKind#evaluation}): its
 * content, built from live data like a status report's and frozen at approval, and the
 * coordinator's conclusions.
 */
public final class EvaluationDtos {

    /** The version of {@link EvaluationContent}'s structure; a snapshot keeps the version it was built with. */
    public static final int CONTENT_VERSION = 1;

    private EvaluationDtos() {
    }

    @Schema(name = "EvaluationConclusions", description = "The coordinator's conclusions (Swedish): overall and per "
            + "goal of the policy. Each text at most 20 000 characters.", requiredProperties = { "overall", "goals" })
    public record EvaluationConclusions(
            @Schema(description = "The conclusions about the whole period.")
            @NotNull(message = "{varna.report.section.required}") @Size(max = ReportDtos.SECTION_MAX) String overall,
            @Schema(description = "Per goal, by its number; goals without a conclusion are left out.")
            @NotNull(message = "{varna.report.section.required}") @Size(max = 100)
            List<@NotNull @Valid GoalConclusion> goals) {

        static final EvaluationConclusions EMPTY = new EvaluationConclusions("", List.of());
    }

    @Schema(name = "EvaluationGoalConclusion", requiredProperties = { "goalNumber", "text" })
    public record GoalConclusion(
            @Schema(description = "The goal's number in the evaluated policy.") @NotNull @Min(1) Integer goalNumber,
            @NotNull(message = "{varna.report.section.required}") @Size(max = ReportDtos.SECTION_MAX) String text) {
    }

    @Schema(name = "EvaluationContent", description = "What the evaluation says about its policy's period: goals "
            + "with each indicator from baseline to its last value against its targets, the yearly crime trends, the "
            + "measures run and the agreements in force in the period, and the measures' effect follow-ups.",
            requiredProperties = { "contentVersion", "period", "policyId", "from", "to", "builtAt", "goals", "crime",
                    "measures", "agreements", "evaluations" })
    public record EvaluationContent(
            @Schema(description = "The version of this structure.") int contentVersion,
            @Schema(description = "The policy's period, e.g. `2020-2025`.", maxLength = 200) String period,
            @Schema(minimum = "0") long policyId,
            @Schema(description = "Its first month, `YYYY-MM`.", maxLength = 200) String from,
            @Schema(description = "Its last month, `YYYY-MM`.", maxLength = 200) String to,
            @Schema(description = "When the content was built from the data.") OffsetDateTime builtAt,
            @Schema(description = "The evaluated policy's goals, in order.") List<EvaluationGoal> goals,
            EvaluationCrime crime,
            EvaluationMeasures measures,
            EvaluationAgreements agreements,
            @Schema(description = "The effect follow-up of each measure whose intervention started by the period's "
                    + "end, as in the status report.") List<ReportEvaluation> evaluations) {
    }

    @Schema(name = "EvaluationGoal", requiredProperties = { "goal", "indicators" })
    public record EvaluationGoal(GoalSummary goal, @Schema(maxItems = 1_000_000) List<EvaluationIndicator> indicators) {
    }

    @Schema(name = "EvaluationIndicator", description = "An indicator over the whole period for the municipality "
            + "(total sex and age group): its baseline, every value up to the period's end, its last value and its "
            + "targets.", requiredProperties = { "indicator", "frequency", "baseline", "targets", "targetOutcome",
                    "series" })
    public record EvaluationIndicator(
            IndicatorSummary indicator,
            IndicatorFrequency frequency,
            @Schema(nullable = true) Baseline baseline,
            @Schema(description = "The indicator's targets, oldest first.") List<TargetView> targets,
            @Schema(description = "The last value against the target for its year (or the next later one), given "
                    + "the indicator's direction: `met`, `notMet`, or `unknown` (no value, target or direction, or a "
                    + "value the reader may not see).") TargetOutcome targetOutcome,
            @Schema(description = "The municipality's series up to the period's end; null when it has no value.",
                    nullable = true) Series series) {
    }

    @Schema(name = "EvaluationTargetOutcome")
    public enum TargetOutcome {
        met, notMet, unknown
    }

    @Schema(name = "EvaluationCrime", description = "Reported crimes per year of the period: per category (the top "
            + "categories and the composite groups), per area, per sex and per age group of the victim.",
            requiredProperties = { "byCategory", "byDistrict", "bySex", "byAgeGroup" })
    public record EvaluationCrime(CrimeStatistics byCategory, CrimeStatistics byDistrict, CrimeStatistics bySex,
            CrimeStatistics byAgeGroup) {
    }

    @Schema(name = "EvaluationMeasures", description = "The measures run in the period (started by its end and not "
            + "ended before its start). Every count counts distinct measures: each measure once per table.",
            requiredProperties = { "total", "byStatus", "byPreventionType", "byPreventionLevel", "byOrganisation" })
    public record EvaluationMeasures(
            @Schema(minimum = "0", description = "The distinct measures run in the period.") long total,
            List<ReportCount> byStatus,
            List<ReportCount> byPreventionType,
            List<ReportCount> byPreventionLevel,
            @Schema(description = "Per responsible organisation, by its code; most measures first.")
            List<ReportCount> byOrganisation) {
    }

    @Schema(name = "EvaluationAgreements", description = "The agreements in force at some time in the period and "
            + "their commitments per status.", requiredProperties = { "total", "commitmentCounts" })
    public record EvaluationAgreements(@Schema(minimum = "0") long total, CommitmentCounts commitmentCounts) {
    }

    /** What publishing an evaluation's crime figures needs, per table in its cells' order; frozen, never answered. */
    public record EvaluationCrimeBasis(List<CellBasis> byCategory, List<CellBasis> byDistrict, List<CellBasis> bySex,
            List<CellBasis> byAgeGroup, List<ReportEvaluation> publicEvaluations) {
    }
}
