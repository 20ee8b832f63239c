package se.varna.goal;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.Limits;
import se.varna.common.LocalizedText;
import se.varna.indicator.Indicator;
import se.varna.indicator.IndicatorDirection;
import se.varna.indicator.IndicatorDtos.Baseline;
import se.varna.indicator.IndicatorDtos.TargetView;
import se.varna.indicator.IndicatorUnit;

/**
 * The goal API model.
 */
public final class GoalDtos {

    private GoalDtos() {
    }

    @Schema(name = "Goal", requiredProperties = { "id", "policyId", "number", "title", "description", "sdgs",
            "targets", "indicators", "measures" })
    public record GoalView(
            @Schema(minimum = "0") long id,
            @Schema(minimum = "0") long policyId,
            @Schema(description = "The goal's place in its policy, from 1.") int number,
            @Schema(ref = "LocalizedName") LocalizedText title,
            LocalizedText description,
            @Schema(description = "Agenda 2030 goals (1–17) the goal contributes to.") List<Integer> sdgs,
            @Schema(description = "Agenda 2030 targets (*delmål*) the goal contributes to, e.g. `16.1`.")
            List<@Size(max = 8) String> targets,
            @Schema(maxItems = 1_000_000, description = "The indicators that follow the goal, in the policy's order, "
                    + "each with the baseline and targets its policy sets for its period.")
            List<GoalIndicatorView> indicators,
            @Schema(description = "The measures listed under the goal: those linked to it and those linked to a goal "
                    + "of an earlier policy that the crosswalk maps to it.") GoalMeasureCounts measures) {

        static GoalView of(Goal g, java.util.function.Function<Indicator, GoalIndicatorView> indicator,
                GoalMeasureCounts measures) {
            return new GoalView(g.id, g.policy.id, g.number, new LocalizedText(g.titleSv, g.titleEn),
                    new LocalizedText(g.descriptionSv, g.descriptionEn), Arrays.asList(g.sdgs), Arrays.asList(g.targets),
                    g.indicators.stream().map(indicator).toList(), measures);
        }
    }

    @Schema(name = "GoalIndicator", description = "An indicator that follows a goal, with the baseline and yearly "
            + "targets the goal's policy sets for its period.", requiredProperties = { "id", "code", "name", "unit",
                    "direction", "baseline", "targets", "carriedOverFrom" })
    public record GoalIndicatorView(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = Limits.CODE) String code,
            @Schema(ref = "LocalizedName") LocalizedText name,
            IndicatorUnit unit,
            IndicatorDirection direction,
            @Schema(description = "The baseline for the policy's period; null when none is set.", nullable = true)
            Baseline baseline,
            @Schema(description = "Targets by year within the policy's period, oldest first.") List<TargetView> targets,
            @Schema(description = "The goal of an earlier policy the indicator was carried over from; null when "
                    + "linked afresh.", nullable = true) GoalSummary carriedOverFrom) {
    }

    @Schema(name = "GoalMeasureCounts", description = "How many measures are listed under a goal, each counted once.",
            requiredProperties = { "total", "linked", "viaCrosswalk" })
    public record GoalMeasureCounts(
            @Schema(minimum = "0", description = "Distinct measures under the goal: a measure linked to the goal and "
                    + "to an old goal mapped to it, or to two old goals mapped to it, counts once.") long total,
            @Schema(minimum = "0", description = "Of those, the measures linked to the goal itself.") long linked,
            @Schema(minimum = "0", description = "Of those, the measures listed only because the crosswalk maps a "
                    + "goal of an earlier policy they are linked to onto this goal (`total` = `linked` + "
                    + "`viaCrosswalk`).") long viaCrosswalk) {
    }

    @Schema(name = "GoalSummary", requiredProperties = { "id", "number", "title" })
    public record GoalSummary(
            @Schema(minimum = "0") long id,
            @Schema(description = "The goal's place in its policy, from 1.") int number,
            @Schema(ref = "LocalizedName") LocalizedText title) {

        public static GoalSummary of(Goal g) {
            return new GoalSummary(g.id, g.number, new LocalizedText(g.titleSv, g.titleEn));
        }
    }

    @Schema(name = "GoalPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record GoalPage(List<GoalView> items, @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit, @Schema(minimum = "0") int offset) {
    }
}
