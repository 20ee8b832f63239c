package se.varna.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.Limits;
import se.varna.disclosure.Disclosure;
import se.varna.indicator.IndicatorDtos.Baseline;
import se.varna.indicator.IndicatorDtos.Freshness;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;
import se.varna.indicator.IndicatorDtos.TargetView;

/**
 * The API model of indicator values and series.
 */
public final class IndicatorValueDtos {

    private IndicatorValueDtos() {
    }

    @Schema(name = "IndicatorValueInput", description = "One value to record. Recording the same indicator, period, "
            + "area, sex and age group again replaces the figures.", requiredProperties = { "period", "area", "value" })
    public record ValueInput(
            @Size(max = Limits.CODE)
            @Schema(description = "Period code: `2024` (year), `2024H1` (half-year), `2024Q2` (quarter) or `2024-05` "
                    + "(month), matching the indicator's frequency.") String period,
            @Size(max = Limits.CODE)
            @Schema(description = "Area code, e.g. `1980` (Västerås) or `1980-centrum`.") String area,
            @Schema(description = "`total` (default), `female` or `male`.", enumeration = { "total", "female",
                    "male" }) String sex,
            @Size(max = Limits.CODE)
            @Schema(description = "`total` (default) or an age band the indicator declares, e.g. `15-17`.") String ageGroup,
            BigDecimal value,
            @Schema(nullable = true) BigDecimal numerator,
            @Schema(nullable = true) BigDecimal denominator,
            @Schema(description = "`final` (default) or `preliminary`.", enumeration = { "preliminary",
                    "final" }) String status,
            @Size(max = ValueRules.SOURCE_MAX_LENGTH)
            @Schema(description = "Where the figure came from, e.g. a survey's name.", nullable = true) String source) {
    }

    @Schema(name = "AreaRef", requiredProperties = { "code", "name", "type" })
    public record AreaRef(@Schema(maxLength = 200) String code, @Schema(maxLength = 500) String name,
            @Schema(enumeration = { "municipality", "district", "locality" }) String type) {
    }

    @Schema(name = "IndicatorObservation", description = "One value of a series.", requiredProperties = { "period",
            "value", "disclosure", "numerator", "denominator", "status", "source", "demo", "updatedAt" })
    public record Observation(
            @Schema(maxLength = Limits.CODE) String period,
            @Schema(description = "The value, exact or rounded as `disclosure` says; null when suppressed.", nullable = true,
                    format = "double") Double value,
            @Schema(description = "`exact`, `rounded` (a share rounded to what its group size supports) or "
                    + "`suppressed` (too few respondents, or a survey value without a denominator), for readers "
                    + "without exact figures.") Disclosure disclosure,
            @Schema(description = "Null unless the figures are exact for the reader.", nullable = true) Double numerator,
            @Schema(description = "The respondents or pupils the value is of; null unless the figures are exact for "
                    + "the reader.", nullable = true) Double denominator,
            @Schema(enumeration = { "preliminary", "final" }) String status,
            @Schema(nullable = true, maxLength = ValueRules.SOURCE_MAX_LENGTH) String source,
            @Schema(description = "True for demo figures, not official statistics.") boolean demo,
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "IndicatorValue", description = "A recorded value with its key.", requiredProperties = {
            "indicator", "period", "area", "sex", "ageGroup", "value", "numerator", "denominator", "status", "source",
            "demo", "updatedAt", "updatedBy", "outcome" })
    public record RecordedValue(
            @Schema(description = "The indicator's code.", maxLength = Limits.CODE) String indicator,
            @Schema(maxLength = Limits.CODE) String period,
            AreaRef area,
            @Schema(enumeration = { "total", "female", "male" }) String sex,
            @Schema(maxLength = Limits.CODE) String ageGroup,
            double value,
            @Schema(nullable = true) Double numerator,
            @Schema(nullable = true) Double denominator,
            @Schema(enumeration = { "preliminary", "final" }) String status,
            @Schema(nullable = true, maxLength = ValueRules.SOURCE_MAX_LENGTH) String source,
            boolean demo,
            OffsetDateTime updatedAt,
            @Schema(maxLength = 2000) String updatedBy,
            @Schema(description = "`created`, `updated` (figures replaced), or `unchanged` (the same figures were "
                    + "already stored).", enumeration = { "created", "updated", "unchanged" }) String outcome) {
    }

    @Schema(name = "IndicatorSeries", description = "The values of one area, sex and age group, oldest first, with "
            + "the latest value against the previous one, the baseline and the target.", requiredProperties = {
                    "area", "sex", "ageGroup", "demo", "latest", "previousPeriod", "changeFromPrevious",
                    "changeFromBaseline", "target", "targetFrom", "status", "observations" })
    public record Series(
            AreaRef area,
            @Schema(enumeration = { "total", "female", "male" }) String sex,
            @Schema(description = "`total` or an age band, e.g. `15-17`.", maxLength = Limits.CODE) String ageGroup,
            @Schema(description = "True when any value of the series is a demo figure.") boolean demo,
            @Schema(description = "The latest value; null when the series has none in the range.", nullable = true) Observation latest,
            @Schema(description = "The period of the value before the latest.", nullable = true,
                    maxLength = Limits.CODE) String previousPeriod,
            @Schema(description = "Latest minus the previous value.", nullable = true) Double changeFromPrevious,
            @Schema(description = "Latest minus the baseline it is judged against (`judgedAgainst.baseline` of the "
                    + "answer).", nullable = true) Double changeFromBaseline,
            @Schema(description = "The target for the latest value's year (or the next later target): the one the "
                    + "policy in force sets, else the indicator's own (`targetFrom` says which).", nullable = true) TargetView target,
            @Schema(description = "Where `target` comes from: `policy` (the policy in force on the judged day) or "
                    + "`indicator` (its own, where that policy sets none); null without a target.", nullable = true)
            FigureSource targetFrom,
            IndicatorStatus status,
            List<Observation> observations) {
    }

    /** Where a baseline or target an indicator is judged against comes from. */
    @Schema(name = "IndicatorFigureSource", description = "`policy`: set by the policy in force; `indicator`: the "
            + "indicator's own, as the policy sets none.")
    public enum FigureSource {
        policy, indicator
    }

    @Schema(name = "IndicatorJudgedAgainst", description = "What the status of the series is judged against: the "
            + "baseline and targets of the policy in force on `day` (today for a live read, a half-year's first day "
            + "in a status report), the indicator's own where that policy sets none.", requiredProperties = { "day",
                    "policyId", "policyCode", "baseline", "baselineFrom", "policyTargets" })
    public record JudgedAgainst(
            LocalDate day,
            @Schema(description = "The policy in force on `day` whose goals follow the indicator; null when none "
                    + "does.", nullable = true) Long policyId,
            @Schema(description = "Its code, e.g. `2020-2025`.", nullable = true, maxLength = Limits.CODE) String policyCode,
            @Schema(description = "The baseline `changeFromBaseline` is measured from.", nullable = true) Baseline baseline,
            @Schema(description = "Where `baseline` comes from; null without one.", nullable = true) FigureSource baselineFrom,
            @Schema(description = "The targets that policy sets, oldest first (each series' `target` is taken from "
                    + "these first, then from the indicator's own `targets`).") List<TargetView> policyTargets) {
    }

    @Schema(name = "IndicatorValues", description = "An indicator's values as series.", requiredProperties = {
            "indicator", "frequency", "baseline", "targets", "judgedAgainst", "freshness", "demo", "series" })
    public record SeriesAnswer(
            IndicatorSummary indicator,
            IndicatorFrequency frequency,
            @Schema(description = "The indicator's own baseline.", nullable = true) Baseline baseline,
            @Schema(description = "The indicator's own targets.") List<TargetView> targets,
            JudgedAgainst judgedAgainst,
            Freshness freshness,
            @Schema(description = "True when any value in the answer is a demo figure.") boolean demo,
            @Schema(description = "Municipality first, then districts and localities by name; per area total, "
                    + "female, male; per sex total, then the age bands.", maxItems = 1_000_000) List<Series> series) {
    }
}
