package se.varna.policy;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.LocalizedText;
import se.varna.goal.GoalDtos.GoalSummary;

/**
 * The policy API model.
 */
public final class PolicyDtos {

    private PolicyDtos() {
    }

    @Schema(name = "Policy", requiredProperties = { "id", "code", "title", "validFrom", "validTo", "adoptedBy",
            "current", "goals" })
    public record PolicyView(
            @Schema(minimum = "0") long id,
            @Schema(description = "Short code of the policy version, e.g. `2020-2025`.", maxLength = 200) String code,
            @Schema(ref = "LocalizedName") LocalizedText title,
            @Schema(description = "First year the policy applies.") int validFrom,
            @Schema(description = "Last year the policy applies.") int validTo,
            @Schema(description = "The body that adopted it, e.g. *Kommunfullmäktige*.", maxLength = 2000) String adoptedBy,
            @Schema(description = "Whether this is the policy in force.") boolean current,
            List<GoalSummary> goals) {

        static PolicyView of(Policy p) {
            return new PolicyView(p.id, p.code, new LocalizedText(p.titleSv, p.titleEn), p.validFrom, p.validTo,
                    p.adoptedBy, p.current, p.goals.stream().map(GoalSummary::of).toList());
        }
    }

    @Schema(name = "PolicyPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record PolicyPage(List<PolicyView> items, @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit, @Schema(minimum = "0") int offset) {
    }
}
