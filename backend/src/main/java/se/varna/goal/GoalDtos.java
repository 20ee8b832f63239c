package se.varna.goal;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.LocalizedText;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;

/**
 * The goal API model.
 */
public final class GoalDtos {

    private GoalDtos() {
    }

    @Schema(name = "Goal", requiredProperties = { "id", "policyId", "number", "title", "description", "sdgs",
            "targets", "indicators" })
    public record GoalView(
            @Schema(minimum = "0") long id,
            @Schema(minimum = "0") long policyId,
            @Schema(description = "The goal's place in its policy, from 1.") int number,
            @Schema(ref = "LocalizedName") LocalizedText title,
            LocalizedText description,
            @Schema(description = "Agenda 2030 goals (1–17) the goal contributes to.") List<Integer> sdgs,
            @Schema(description = "Agenda 2030 targets (*delmål*) the goal contributes to, e.g. `16.1`.")
            List<@Size(max = 8) String> targets,
            @Schema(maxItems = 1_000_000) List<IndicatorSummary> indicators) {

        static GoalView of(Goal g) {
            return new GoalView(g.id, g.policy.id, g.number, new LocalizedText(g.titleSv, g.titleEn),
                    new LocalizedText(g.descriptionSv, g.descriptionEn), Arrays.asList(g.sdgs), Arrays.asList(g.targets),
                    g.indicators.stream().map(IndicatorSummary::of).toList());
        }
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
