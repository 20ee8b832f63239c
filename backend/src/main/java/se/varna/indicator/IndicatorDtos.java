package se.varna.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.Limits;
import se.varna.common.LocalizedNameInput;
import se.varna.common.LocalizedText;
import se.varna.common.LocalizedTextInput;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;

/**
 * The indicator API model.
 */
public final class IndicatorDtos {

    private IndicatorDtos() {
    }

    /** The longest code of an indicator; the pattern says it, the maxLength repeats it for the contract's readers. */
    static final int CODE_MAX_LENGTH = 64;
    static final String CODE_PATTERN = "^[A-Z0-9_]{2," + CODE_MAX_LENGTH + "}$";
    /** The longest reference to the source, e.g. a Kolada KPI id (the column's length). */
    static final int SOURCE_REFERENCE_MAX_LENGTH = 255;
    /** The years a target may be for. */
    static final int TARGET_YEAR_MIN = 1900;
    static final int TARGET_YEAR_MAX = 2100;

    @Schema(name = "Indicator", requiredProperties = { "id", "code", "name", "description", "unit", "direction",
            "source", "frequency", "disaggregations", "ageGroups", "goals", "baseline", "targets", "freshness", "policies" })
    public record IndicatorView(
            @Schema(minimum = "0") long id,
            @Schema(description = "Stable code, e.g. `TILLIT`.", maxLength = Limits.CODE) String code,
            @Schema(ref = "LocalizedName") LocalizedText name,
            LocalizedText description,
            IndicatorUnit unit,
            IndicatorDirection direction,
            @Schema(description = "Where the figures come from.") IndicatorSource source,
            @Schema(description = "The source's own id of the figure, e.g. a Kolada KPI id.", nullable = true,
                    maxLength = SOURCE_REFERENCE_MAX_LENGTH) String sourceReference,
            IndicatorFrequency frequency,
            @Schema(description = "The splits the indicator's values support.") List<Disaggregation> disaggregations,
            @Schema(description = "The organisation that reports the indicator's values.", nullable = true) OrganisationSummary owner,
            @Schema(description = "The age bands values may be split into (age group codes); empty when not split by age.")
            List<@jakarta.validation.constraints.Size(max = 200) String> ageGroups,
            List<GoalSummary> goals,
            @Schema(description = "The value the indicator is measured against.", nullable = true) Baseline baseline,
            @Schema(description = "Targets by year, in the unit of the indicator's periods, oldest first.") List<TargetView> targets,
            Freshness freshness,
            @Schema(description = "How the values are computed, for an indicator whose values Värna computes on read "
                    + "from its own data; null for one whose values are recorded or imported. A computed "
                    + "indicator's values can be neither recorded nor imported (422).", nullable = true)
            Computation computation,
            @Schema(description = "Per policy whose goals the indicator follows (a draft's for Värna's roles only), "
                    + "newest period first: those goals, and the baseline and yearly targets the policy sets for "
                    + "its period. The indicator's own `baseline` and `targets` are what its status is measured "
                    + "against.") List<IndicatorPolicyFigures> policies) {

        static IndicatorView of(Indicator i, Freshness freshness, List<IndicatorPolicyFigures> policies) {
            return new IndicatorView(i.id, i.code, new LocalizedText(i.nameSv, i.nameEn),
                    new LocalizedText(i.descriptionSv, i.descriptionEn), i.unit, i.direction, i.source,
                    i.sourceReference, i.frequency,
                    Arrays.stream(i.disaggregations).map(Disaggregation::valueOf).toList(),
                    OrganisationSummary.of(i.owner), List.of(i.ageGroups),
                    i.goals.stream().map(GoalSummary::of).toList(), Baseline.of(i),
                    i.targets.stream().map(TargetView::of).toList(), freshness, Computation.of(i), policies);
        }
    }

    @Schema(name = "IndicatorPolicyFigures", description = "What one policy sets for an indicator its goals follow.",
            requiredProperties = { "policyId", "policyCode", "validFrom", "validTo", "goals", "baseline", "targets",
                    "carriedOverFrom" })
    public record IndicatorPolicyFigures(
            @Schema(minimum = "0") long policyId,
            @Schema(description = "The policy's code, its period: `2020-2025`.", maxLength = 200) String policyCode,
            @Schema(description = "First year of the policy's period.") int validFrom,
            @Schema(description = "Last year of the policy's period.") int validTo,
            @Schema(description = "The policy's goals the indicator follows.") List<GoalSummary> goals,
            @Schema(description = "The baseline for the policy's period.", nullable = true) Baseline baseline,
            @Schema(description = "Targets by year within the policy's period, oldest first.") List<TargetView> targets,
            @Schema(description = "The goal of an earlier policy it was carried over from; null when linked afresh.",
                    nullable = true) GoalSummary carriedOverFrom) {
    }

    @Schema(name = "IndicatorComputationRule", description = "How a computed indicator's values are computed.",
            requiredProperties = { "from", "category" })
    public record Computation(
            IndicatorComputation from,
            @Schema(description = "The crime category or group counted, by code, e.g. `narkotikabrott`; null for "
                    + "an indicator computed from the agreements.", nullable = true,
                    maxLength = Limits.CODE) String category) {

        static Computation of(Indicator i) {
            return i.computedFrom == null ? null : new Computation(i.computedFrom, i.crimeCategory);
        }
    }

    @Schema(name = "IndicatorComputationInput", description = "Makes the indicator computed. `crimeStatistics`: "
            + "its values come from the crime statistics of the category or group, counted (`unit: count`) or per "
            + "1 000 / 100 000 inhabitants (`ratePer1000`, `ratePer100k`), per area when `area` is among its splits. "
            + "`agreementCommitments`: the share of the agreements' commitments fulfilled or ongoing "
            + "(`unit: percent`, no splits, no category).",
            requiredProperties = { "from" })
    public record ComputationInput(
            @Schema(enumeration = { "crimeStatistics", "agreementCommitments" }) String from,
            @Size(max = Limits.CODE) @Schema(description = "A crime category or group code; required for "
                    + "`crimeStatistics`, absent for `agreementCommitments`.", nullable = true) String category) {
    }

    @Schema(name = "IndicatorBaseline", requiredProperties = { "period", "value", "demo" })
    public record Baseline(
            @Schema(description = "Period code of the baseline, e.g. `2019`.", maxLength = Limits.CODE) String period,
            double value,
            @Schema(description = "True for a demo baseline.") boolean demo) {

        static Baseline of(Indicator i) {
            return of(i.baselineValue, i.baselinePeriod, i.baselineDemo);
        }

        /** The baseline of these figures; null without a value. */
        public static Baseline of(BigDecimal value, String period, boolean demo) {
            return value == null ? null : new Baseline(period, value.doubleValue(), demo);
        }
    }

    @Schema(name = "IndicatorTarget", requiredProperties = { "year", "value", "demo" })
    public record TargetView(
            @Schema(minimum = "" + TARGET_YEAR_MIN, maximum = "" + TARGET_YEAR_MAX) int year,
            @Schema(description = "The target, in the unit of the indicator's own periods.") double value,
            @Schema(description = "True for a demo target.") boolean demo) {

        public static TargetView of(IndicatorTarget t) {
            return new TargetView(t.year, t.value.doubleValue(), t.demo);
        }
    }

    @Schema(name = "IndicatorFreshness", description = "How fresh the indicator's values are.", requiredProperties = {
            "latestPeriod", "lastUpdated", "demo" })
    public record Freshness(
            @Schema(description = "The latest period with a value; null when there are none.", nullable = true,
                    maxLength = Limits.CODE) String latestPeriod,
            @Schema(description = "When a value was last recorded; null when there are none.", nullable = true,
                    maxLength = 40) OffsetDateTime lastUpdated,
            @Schema(description = "True when any of its values is a demo figure.") boolean demo) {

        static final Freshness NONE = new Freshness(null, null, false);
    }

    @Schema(name = "IndicatorSummary", requiredProperties = { "id", "code", "name", "unit", "direction" })
    public record IndicatorSummary(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = Limits.CODE) String code,
            @Schema(ref = "LocalizedName") LocalizedText name,
            IndicatorUnit unit,
            IndicatorDirection direction) {

        public static IndicatorSummary of(Indicator i) {
            return new IndicatorSummary(i.id, i.code, new LocalizedText(i.nameSv, i.nameEn), i.unit, i.direction);
        }
    }

    @Schema(name = "IndicatorPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record IndicatorPage(List<IndicatorView> items, @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit, @Schema(minimum = "0") int offset) {
    }

    /**
     * An indicator's definition as sent. Its limits are its constraints; what needs the
     * database or another field (a code in use, known age groups, owner and goals, a baseline
     * period of the indicator's frequency, a target year named twice) {@link IndicatorAdminService}
     * checks. A code that is null or breaks the pattern gets the one message that says what a
     * code is (a code over 64 characters breaks the pattern, so it is named once).
     */
    @Schema(name = "IndicatorInput", description = "An indicator's definition as a coordinator keeps it.",
            requiredProperties = { "code", "name", "description", "unit", "direction", "source", "frequency" })
    public record IndicatorInput(
            @NotNull(message = "{varna.indicator.code}") @Pattern(regexp = CODE_PATTERN, message = "{varna.indicator.code}")
            @Schema(description = "Stable code: capital letters, digits and `_`, e.g. `TILLIT`.",
                    maxLength = CODE_MAX_LENGTH) String code,
            @NotNull(message = "{varna.bilingual.required}") @Valid @Schema(ref = "LocalizedName") LocalizedNameInput name,
            @NotNull(message = "{varna.bilingual.required}") @Valid
            @Schema(ref = "LocalizedText", type = SchemaType.OBJECT, description = "The definition.")
            LocalizedTextInput description,
            @Schema(enumeration = { "percent", "count", "ratePer1000", "ratePer100k", "index" }) String unit,
            @Schema(enumeration = { "higherIsBetter", "lowerIsBetter" }) String direction,
            @Schema(enumeration = { "kolada", "bra", "police", "residentSurvey", "schoolSurvey", "municipality" }) String source,
            @Size(max = SOURCE_REFERENCE_MAX_LENGTH)
            @Schema(description = "The source's own id, e.g. a Kolada KPI id such as `N15428`.", nullable = true) String sourceReference,
            @Schema(enumeration = { "yearly", "halfYearly", "quarterly", "monthly" }) String frequency,
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            @Schema(description = "The splits values may have: `area`, `sex`, `ageGroup`; default none.")
            List<@Size(max = Limits.CODE) String> disaggregations,
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            @Schema(description = "Age group codes values may be split into; needs `ageGroup` among the splits.")
            List<@Size(max = Limits.CODE) String> ageGroups,
            @Size(max = Limits.CODE)
            @Schema(description = "Code of the owning organisation, e.g. `barn-utbildning`.", nullable = true) String owner,
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            @Schema(description = "Ids of the goals the indicator follows; it is added last to each new goal's list.") List<Long> goals,
            @Valid @Schema(description = "The value the indicator is measured against.", nullable = true) BaselineInput baseline,
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            @Schema(description = "Targets by year; replaces the stored ones.")
            List<@NotNull(message = "{varna.indicator.target.year}") @Valid TargetInput> targets,
            @Valid @Schema(description = "Makes the indicator computed from Värna's own data; absent or null "
                    + "for an indicator whose values are recorded.", nullable = true) ComputationInput computation) {
    }

    @Schema(name = "IndicatorBaselineInput", requiredProperties = { "period", "value" })
    public record BaselineInput(
            @Size(max = Limits.CODE)
            @Schema(description = "Period code of the indicator's frequency, e.g. `2019`.") String period,
            @NotNull BigDecimal value) {
    }

    /** A target's year and value, each required; the message says what every target needs. */
    @Schema(name = "IndicatorTargetInput", requiredProperties = { "year", "value" })
    public record TargetInput(
            @NotNull(message = "{varna.indicator.target.year}")
            @Min(value = TARGET_YEAR_MIN, message = "{varna.indicator.target.year}")
            @Max(value = TARGET_YEAR_MAX, message = "{varna.indicator.target.year}") Integer year,
            @NotNull(message = "{varna.indicator.target.value}") BigDecimal value) {
    }
}
