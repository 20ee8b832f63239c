package se.varna.measure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.area.AreaDtos.AreaSummary;
import se.varna.common.Limits;
import se.varna.disclosure.Disclosure;
import se.varna.measure.MeasureEvaluation.OutcomeKind;

/**
 * The API model of a measure's effect follow-up: its design (what a PUT sends), the design as
 * stored with its result (what a GET answers), its history and the suggested comparison
 * districts. Request limits are constraints, response bounds {@code @Schema}s.
 */
public final class EvaluationDtos {

    /** The model, as the contract and the answers name it. */
    public static final String MODEL = "poissonDifferenceInDifferences";
    public static final String MODEL_DESCRIPTION = "Difference in differences as a Poisson generalised linear model "
            + "of the monthly counts per district: a fixed effect per district and per month, the log of the "
            + "district's population as offset (so the outcome is a rate per inhabitant), and one term for target "
            + "districts in the after window, whose coefficient β is the log of the rate ratio; `relativeChange` is "
            + "exp(β) − 1. Fitted by iteratively reweighted least squares; the standard error is scaled by the "
            + "quasi-Poisson dispersion (Pearson χ² over the residual degrees of freedom, at least 1); the 95 % "
            + "interval is exp(β ± 1.96 · SE) − 1.";

    static final int DISTRICTS_MAX = 100;
    static final int MONTHS_BEFORE_MIN = 3;
    static final int MONTHS_MAX = 120;

    private EvaluationDtos() {
    }

    @Schema(name = "EvaluationOutcomeInput", description = "What the evaluation follows: a crime category or group "
            + "(as a rate per 1 000 inhabitants), or an indicator.", requiredProperties = { "kind", "code" })
    public record OutcomeInput(
            @Schema(description = "`crimeCategory`: a crime category or group code; `indicator`: an indicator code.")
            @NotNull(message = "{varna.evaluation.outcomeKind}") OutcomeKind kind,
            @Schema(description = "The category's, group's or indicator's code.", examples = "skadegorelse")
            @NotBlank @Size(max = Limits.CODE) String code) {
    }

    @Schema(name = "EvaluationInput", description = "An evaluation design, declared before the result is known.",
            requiredProperties = { "outcome", "comparisonDistricts", "interventionStart", "monthsBefore",
                    "monthsAfter" })
    public record EvaluationInput(
            @Valid @NotNull OutcomeInput outcome,
            @Schema(description = "Codes of the districts the measure works in. Default: the measure's districts.",
                    nullable = true)
            @Size(max = DISTRICTS_MAX, message = "{varna.items.max}") List<@NotBlank @Size(max = Limits.CODE) String> targetDistricts,
            @Schema(description = "Codes of the districts the target districts are compared with; none of them a "
                    + "target district.")
            @NotNull @Size(min = 1, max = DISTRICTS_MAX, message = "{varna.evaluation.districts}") List<@NotBlank @Size(max = Limits.CODE) String> comparisonDistricts,
            @Schema(description = "The month the intervention starts, `YYYY-MM`: the after window's first month.",
                    examples = "2025-03")
            @NotNull @Size(max = 7) @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{varna.evaluation.month}")
            String interventionStart,
            @Schema(description = "Months in the before window, which ends with the month before the start.")
            @NotNull @Min(MONTHS_BEFORE_MIN) @Max(MONTHS_MAX) Integer monthsBefore,
            @Schema(description = "Months in the after window, from the start.")
            @NotNull @Min(1) @Max(MONTHS_MAX) Integer monthsAfter) {
    }

    @Schema(name = "EvaluationOutcome", requiredProperties = { "kind", "code", "name" })
    public record OutcomeView(
            OutcomeKind kind,
            @Schema(maxLength = Limits.CODE) String code,
            @Schema(description = "The outcome's name in the reader's language.", maxLength = 500) String name) {
    }

    @Schema(name = "EvaluationFigure", description = "One group's figure of one month: the count and the rate per "
            + "1 000 inhabitants, as the reader may see them.", requiredProperties = { "count", "rate", "disclosure" })
    public record FigureView(
            @Schema(nullable = true, minimum = "0") Long count,
            @Schema(description = "Per 1 000 inhabitants.", nullable = true) Double rate,
            Disclosure disclosure) {
    }

    @Schema(name = "EvaluationPoint", requiredProperties = { "month", "after", "target", "comparison" })
    public record PointView(
            @Schema(description = "`YYYY-MM`.", maxLength = 7) String month,
            @Schema(description = "True from the intervention's start.") boolean after,
            FigureView target,
            FigureView comparison) {
    }

    @Schema(name = "EffectEstimate", description = "The estimated relative change of the target districts' rate "
            + "against the comparison districts' (" + MODEL + ").",
            requiredProperties = { "relativeChange", "lower", "upper", "coefficient", "standardError", "dispersion",
                    "includesNoChange", "sentence" })
    public record EstimateView(
            @Schema(description = "exp(β) − 1: −0.18 is a decrease by 18 %.") double relativeChange,
            @Schema(description = "The 95 % interval's lower end, as a relative change.") double lower,
            @Schema(description = "The 95 % interval's upper end, as a relative change.") double upper,
            @Schema(description = "β, the log rate ratio; only for readers with exact figures.", nullable = true)
            Double coefficient,
            @Schema(description = "β's standard error; only for readers with exact figures.", nullable = true)
            Double standardError,
            @Schema(description = "The quasi-Poisson dispersion (at least 1); only for readers with exact figures.",
                    nullable = true) Double dispersion,
            @Schema(description = "True when the interval holds 0, no change.") boolean includesNoChange,
            @Schema(description = "The estimate in words, in the reader's language.", maxLength = 500) String sentence) {
    }

    /** Why a result has no estimate. Constant names are the API's values. */
    @Schema(name = "EvaluationReason", description = "Why there is no estimate: `notStarted` (the after window "
            + "has not begun), `noData` (the crime statistics do not cover the windows), `fewEvents` (fewer than "
            + "the minimum of events in a group before or after), `noPopulation`, `noConvergence` (the model could "
            + "not be fitted), `notCounts` (an indicator not computed from the crime statistics), `disclosure` "
            + "(a monthly figure too small to publish to this reader).")
    public enum Reason {
        notStarted, noData, fewEvents, noPopulation, noConvergence, notCounts, disclosure
    }

    @Schema(name = "EvaluationResult", description = "What the design shows now, computed on read from the crime "
            + "statistics and population.",
            requiredProperties = { "model", "estimate", "insufficientData", "reason", "from", "to", "series",
                    "seriesWithheld", "minimumEvents" })
    public record ResultView(
            @Schema(description = MODEL_DESCRIPTION, enumeration = MODEL) String model,
            @Schema(description = "The estimate; null when there is none, and `insufficientData` says why.",
                    nullable = true) EstimateView estimate,
            @Schema(nullable = true) Reason insufficientData,
            @Schema(description = "Why there is no estimate, in the reader's language.", nullable = true,
                    maxLength = 1000) String reason,
            @Schema(description = "The first month with figures, `YYYY-MM`.", nullable = true, maxLength = 7) String from,
            @Schema(description = "The last month with figures, `YYYY-MM`.", nullable = true, maxLength = 7) String to,
            @Schema(description = "Target against comparison districts per month. Empty when withheld.")
            List<PointView> series,
            @Schema(description = "True when the series is withheld from this reader (disclosure control).")
            boolean seriesWithheld,
            @Schema(description = "The events each group needs before and after for an estimate.") int minimumEvents) {
    }

    @Schema(name = "MeasureEvaluation", description = "A measure's effect follow-up: its design and what it shows.",
            requiredProperties = { "id", "measureId", "version", "outcome", "targetDistricts", "comparisonDistricts",
                    "interventionStart", "monthsBefore", "monthsAfter", "beforeFrom", "afterTo", "retrospective",
                    "frozen", "canChange", "demo", "createdAt", "createdBy", "updatedAt", "updatedBy", "result" })
    public record EvaluationView(
            @Schema(minimum = "0") long id,
            @Schema(minimum = "0") long measureId,
            @Schema(description = "The design's version; the `ETag` carries it.") long version,
            OutcomeView outcome,
            List<AreaSummary> targetDistricts,
            List<AreaSummary> comparisonDistricts,
            @Schema(description = "`YYYY-MM`.", maxLength = 7) String interventionStart,
            int monthsBefore,
            int monthsAfter,
            @Schema(description = "The before window's first month, `YYYY-MM`.", maxLength = 7) String beforeFrom,
            @Schema(description = "The after window's last month, `YYYY-MM`.", maxLength = 7) String afterTo,
            @Schema(description = "Registered after the intervention started: a retrospective assessment "
                    + "(efterhandsbedömning).") boolean retrospective,
            @Schema(description = "The design can no longer change: its after window has begun.") boolean frozen,
            @Schema(description = "Whether the caller may change the design (while it is not frozen).") boolean canChange,
            boolean demo,
            OffsetDateTime createdAt,
            @Schema(description = "Only for signed-in readers.", nullable = true, maxLength = 2000) String createdBy,
            OffsetDateTime updatedAt,
            @Schema(description = "Only for signed-in readers.", nullable = true, maxLength = 2000) String updatedBy,
            ResultView result) {
    }

    @Schema(name = "EvaluationHistoryEntry", requiredProperties = { "id", "changedAt", "changedBy", "changedByName",
            "action", "version", "changedFields", "before", "after" })
    public record HistoryEntryView(
            @Schema(minimum = "0") long id,
            OffsetDateTime changedAt,
            @Schema(maxLength = 2000) String changedBy,
            @Schema(nullable = true, maxLength = 500) String changedByName,
            @Schema(enumeration = { "created", "updated" }, maxLength = 32) String action,
            @Schema(description = "The design's version after the change.") long version,
            @Schema(description = "Names of the fields whose value changed.") List<@Size(max = 200) String> changedFields,
            @Schema(type = SchemaType.OBJECT, nullable = true) Map<String, Object> before,
            @Schema(type = SchemaType.OBJECT, nullable = true) Map<String, Object> after) {
    }

    @Schema(name = "EvaluationHistoryPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record HistoryPage(
            List<HistoryEntryView> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }

    @Schema(name = "ComparisonSuggestion", description = "A district and how close its before window is to the "
            + "target districts'.", requiredProperties = { "district", "level", "trend", "distance" })
    public record SuggestionView(
            AreaSummary district,
            @Schema(description = "Mean monthly rate per 1 000 inhabitants in the before window.") double level,
            @Schema(description = "The rate's linear trend, per 1 000 inhabitants and year.") double trend,
            @Schema(description = "Distance to the target districts: the level's and the trend's differences, each "
                    + "in standard deviations of all candidates; smallest first.") double distance) {
    }

    @Schema(name = "ComparisonSuggestions", requiredProperties = { "category", "from", "to", "targetLevel",
            "targetTrend", "items" })
    public record SuggestionPage(
            @Schema(maxLength = Limits.CODE) String category,
            @Schema(description = "The before window's first month with figures.", maxLength = 7) String from,
            @Schema(description = "The before window's last month with figures.", maxLength = 7) String to,
            @Schema(description = "The target districts' mean monthly rate per 1 000 inhabitants.") double targetLevel,
            @Schema(description = "The target districts' trend, per 1 000 inhabitants and year.") double targetTrend,
            List<SuggestionView> items) {
    }

    /**
     * A measure's effect follow-up in a sentence, for the status report: the outcome, whether it
     * is retrospective, and the estimate or why there is none, for one audience.
     */
    public record EvaluationSummary(long measureId, String measureTitle, String outcomeCode, String outcomeName,
            boolean retrospective, EstimateView estimate, Reason insufficientData, String sentence) {
    }
}
