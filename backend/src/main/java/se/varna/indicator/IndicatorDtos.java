package se.varna.indicator;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.LocalizedText;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;

/**
 * The indicator API model.
 */
public final class IndicatorDtos {

    private IndicatorDtos() {
    }

    @Schema(name = "Indicator", requiredProperties = { "id", "code", "name", "description", "unit", "direction",
            "source", "frequency", "disaggregations", "ageGroups", "goals", "baseline", "targets", "freshness" })
    public record IndicatorView(
            long id,
            @Schema(description = "Stable code, e.g. `TILLIT`.") String code,
            @Schema(ref = "LocalizedName") LocalizedText name,
            LocalizedText description,
            IndicatorUnit unit,
            IndicatorDirection direction,
            @Schema(description = "Where the figures come from.") IndicatorSource source,
            @Schema(description = "The source's own id of the figure, e.g. a Kolada KPI id.", nullable = true) String sourceReference,
            IndicatorFrequency frequency,
            @Schema(description = "The splits the indicator's values support.") List<Disaggregation> disaggregations,
            @Schema(description = "The organisation that reports the indicator's values.", nullable = true) OrganisationSummary owner,
            @Schema(description = "The age bands values may be split into (age group codes); empty when not split by age.") List<String> ageGroups,
            List<GoalSummary> goals,
            @Schema(description = "The value the indicator is measured against.", nullable = true) Baseline baseline,
            @Schema(description = "Targets by year, in the unit of the indicator's periods, oldest first.") List<TargetView> targets,
            Freshness freshness) {

        static IndicatorView of(Indicator i, Freshness freshness) {
            return new IndicatorView(i.id, i.code, new LocalizedText(i.nameSv, i.nameEn),
                    new LocalizedText(i.descriptionSv, i.descriptionEn), i.unit, i.direction, i.source,
                    i.sourceReference, i.frequency,
                    Arrays.stream(i.disaggregations).map(Disaggregation::valueOf).toList(),
                    OrganisationSummary.of(i.owner), List.of(i.ageGroups),
                    i.goals.stream().map(GoalSummary::of).toList(), Baseline.of(i),
                    i.targets.stream().map(TargetView::of).toList(), freshness);
        }
    }

    @Schema(name = "IndicatorBaseline", requiredProperties = { "period", "value", "demo" })
    public record Baseline(String period, double value,
            @Schema(description = "True for a demo baseline.") boolean demo) {

        static Baseline of(Indicator i) {
            return i.baselineValue == null ? null
                    : new Baseline(i.baselinePeriod, i.baselineValue.doubleValue(), i.baselineDemo);
        }
    }

    @Schema(name = "IndicatorTarget", requiredProperties = { "year", "value", "demo" })
    public record TargetView(int year, double value, @Schema(description = "True for a demo target.") boolean demo) {

        static TargetView of(IndicatorTarget t) {
            return new TargetView(t.year, t.value.doubleValue(), t.demo);
        }
    }

    @Schema(name = "IndicatorFreshness", description = "How fresh the indicator's values are.", requiredProperties = {
            "latestPeriod", "lastUpdated", "demo" })
    public record Freshness(
            @Schema(description = "The latest period with a value; null when there are none.", nullable = true) String latestPeriod,
            @Schema(description = "When a value was last recorded; null when there are none.", nullable = true) OffsetDateTime lastUpdated,
            @Schema(description = "True when any of its values is a demo figure.") boolean demo) {

        static final Freshness NONE = new Freshness(null, null, false);
    }

    @Schema(name = "IndicatorSummary", requiredProperties = { "id", "code", "name", "unit", "direction" })
    public record IndicatorSummary(long id, String code, @Schema(ref = "LocalizedName") LocalizedText name, IndicatorUnit unit,
            IndicatorDirection direction) {

        public static IndicatorSummary of(Indicator i) {
            return new IndicatorSummary(i.id, i.code, new LocalizedText(i.nameSv, i.nameEn), i.unit, i.direction);
        }
    }

    @Schema(name = "IndicatorPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record IndicatorPage(List<IndicatorView> items, long total, int limit, int offset) {
    }

    @Schema(name = "IndicatorInput", description = "An indicator's definition as a coordinator keeps it.",
            requiredProperties = { "code", "name", "description", "unit", "direction", "source", "frequency" })
    public record IndicatorInput(
            @Schema(description = "Stable code: capital letters, digits and `_`, e.g. `TILLIT`.", pattern = "^[A-Z0-9_]{2,64}$") String code,
            @Schema(ref = "LocalizedName") LocalizedText name,
            @Schema(description = "The definition.") LocalizedText description,
            @Schema(enumeration = { "percent", "count", "ratePer1000", "ratePer100k", "index" }) String unit,
            @Schema(enumeration = { "higherIsBetter", "lowerIsBetter" }) String direction,
            @Schema(enumeration = { "kolada", "bra", "police", "residentSurvey", "schoolSurvey", "municipality" }) String source,
            @Schema(description = "The source's own id, e.g. a Kolada KPI id such as `N15428`.", nullable = true) String sourceReference,
            @Schema(enumeration = { "yearly", "halfYearly", "quarterly", "monthly" }) String frequency,
            @Schema(description = "The splits values may have: `area`, `sex`, `ageGroup`; default none.") List<String> disaggregations,
            @Schema(description = "Age group codes values may be split into; needs `ageGroup` among the splits.") List<String> ageGroups,
            @Schema(description = "Code of the owning organisation, e.g. `barn-utbildning`.", nullable = true) String owner,
            @Schema(description = "Ids of the goals the indicator follows; it is added last to each new goal's list.") List<Long> goals,
            @Schema(description = "The value the indicator is measured against.", nullable = true) BaselineInput baseline,
            @Schema(description = "Targets by year; replaces the stored ones.") List<TargetInput> targets) {
    }

    @Schema(name = "IndicatorBaselineInput", requiredProperties = { "period", "value" })
    public record BaselineInput(@Schema(description = "Period code of the indicator's frequency, e.g. `2019`.") String period,
            java.math.BigDecimal value) {
    }

    @Schema(name = "IndicatorTargetInput", requiredProperties = { "year", "value" })
    public record TargetInput(Integer year, java.math.BigDecimal value) {
    }
}
