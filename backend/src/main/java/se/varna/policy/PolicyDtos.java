package se.varna.policy;

import java.time.LocalDate;
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

import se.varna.common.Limits;
import se.varna.common.LocalizedNameInput;
import se.varna.common.LocalizedText;
import se.varna.common.LocalizedTextInput;
import se.varna.common.document.DecisionDtos.DecisionInput;
import se.varna.common.document.DecisionDtos.DecisionView;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.indicator.IndicatorDtos.BaselineInput;
import se.varna.indicator.IndicatorDtos.TargetInput;

/**
 * The policy API model. A request record's limits are its bean-validation constraints; what
 * needs the stored data (overlapping periods, goal numbers, the crosswalk's goals) the service
 * checks.
 */
public final class PolicyDtos {

    /** The years a policy period may name. */
    static final int YEAR_MIN = 2000;
    static final int YEAR_MAX = 2100;
    /** The longest adopting body, as the decision's body. */
    static final int BODY_MAX = 200;
    /** The longest reason why a goal maps to none of the new ones. */
    static final int REASON_MAX = 2000;
    /** A goal's number within its policy. */
    static final int GOAL_NUMBER_MAX = 99;
    /** An Agenda 2030 target: goal number, dot, target (`16.1`, `16.a`). */
    static final String TARGET_PATTERN = "^(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])$";

    private PolicyDtos() {
    }

    @Schema(name = "Policy", requiredProperties = { "id", "code", "title", "validFrom", "validTo", "adoptedBy",
            "status", "version", "effectiveFrom", "effectiveTo", "current", "predecessorId", "decision", "goals" })
    public record PolicyView(
            @Schema(minimum = "0") long id,
            @Schema(description = "Short code of the policy version, e.g. `2020-2025`.", maxLength = 200) String code,
            @Schema(ref = "LocalizedName") LocalizedText title,
            @Schema(description = "First year of the policy's period.") int validFrom,
            @Schema(description = "Last year of the policy's period.") int validTo,
            @Schema(description = "The body that adopts it, e.g. *Kommunfullmäktige*.", maxLength = 2000) String adoptedBy,
            PolicyStatus status,
            @Schema(description = "The policy's version, also its `ETag`; a change to its goals or crosswalk moves "
                    + "it on too.") long version,
            @Schema(description = "The day the adopted policy took or takes effect; null for a draft.", nullable = true)
            LocalDate effectiveFrom,
            @Schema(description = "Its last day in force: the day before its successor's effective date; null "
                    + "while no successor is adopted (it stays in force) and for a draft.", nullable = true)
            LocalDate effectiveTo,
            @Schema(description = "Whether this is the policy in force today.") boolean current,
            @Schema(description = "The adopted policy whose goals the crosswalk maps from: the one with the latest "
                    + "period before this one's; null when there is none.", nullable = true, minimum = "0")
            Long predecessorId,
            @Schema(description = "The decision that adopted it; null for a draft (and for a seeded policy whose "
                    + "decision is not recorded).", nullable = true) DecisionView decision,
            List<GoalSummary> goals) {
    }

    @Schema(name = "PolicyPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record PolicyPage(List<PolicyView> items, @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit, @Schema(minimum = "0") int offset) {
    }

    @Schema(name = "PolicyInput", description = "A policy draft's title, period and adopting body.",
            requiredProperties = { "title", "validFrom", "validTo", "adoptedBy" })
    public record PolicyInput(
            @NotNull(message = "{varna.bilingual.required}") @Valid @Schema(ref = "LocalizedName") LocalizedNameInput title,
            @Schema(description = "First year of the period, e.g. `2026`.")
            @NotNull @Min(YEAR_MIN) @Max(YEAR_MAX) Integer validFrom,
            @Schema(description = "Last year of the period, e.g. `2030`; not before `validFrom`.")
            @NotNull @Min(YEAR_MIN) @Max(YEAR_MAX) Integer validTo,
            @Schema(description = "The body that is to adopt it, e.g. `Kommunfullmäktige`.")
            @NotBlank @Size(max = BODY_MAX) String adoptedBy) {
    }

    @Schema(name = "PolicyGoalInput", description = "A goal of a policy draft.",
            requiredProperties = { "number", "title", "description" })
    public record GoalInput(
            @Schema(description = "The goal's place in its policy, from 1; unique within the policy.")
            @NotNull @Min(1) @Max(GOAL_NUMBER_MAX) Integer number,
            @NotNull(message = "{varna.bilingual.required}") @Valid @Schema(ref = "LocalizedName") LocalizedNameInput title,
            @NotNull(message = "{varna.bilingual.required}") @Valid
            @Schema(ref = "LocalizedText", type = SchemaType.OBJECT) LocalizedTextInput description,
            @Schema(description = "Agenda 2030 goals (1–17) the goal contributes to; default none.", nullable = true)
            @Size(max = 17, message = "{varna.items.max}") List<@NotNull @Min(1) @Max(17) Integer> sdgs,
            @Schema(description = "Agenda 2030 targets (*delmål*), e.g. `16.1`; default none.", nullable = true)
            @Size(max = 169, message = "{varna.items.max}")
            List<@NotNull @Pattern(regexp = TARGET_PATTERN, message = "{varna.policy.target}") @Size(max = 8) String> targets) {
    }

    @Schema(name = "PolicyGoalIndicatorInput", description = "Links an indicator to a goal of a policy draft, with "
            + "the baseline and yearly targets for the policy's period. With `carryOverFrom`, a goal of an earlier "
            + "policy the indicator follows, the indicator is carried over in this one request: its baseline and "
            + "those of its targets that fall in this policy's period are copied, and what the request sends "
            + "replaces them. The earlier policy is left as it is.", requiredProperties = { "indicator" })
    public record GoalIndicatorInput(
            @Schema(description = "Id of the indicator.", minimum = "1") @NotNull Long indicator,
            @Schema(description = "Id of the goal of an earlier policy to carry the indicator over from.",
                    nullable = true, minimum = "1") Long carryOverFrom,
            @Valid @Schema(description = "The baseline for the policy's period; with `carryOverFrom` absent or null "
                    + "keeps the copied one.", nullable = true) BaselineInput baseline,
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            @Schema(description = "Targets by year, each within the policy's period; absent or null keeps the "
                    + "copied (or, for an indicator another goal of the policy already follows, the stored) ones.",
                    nullable = true)
            List<@NotNull(message = "{varna.indicator.target.year}") @Valid TargetInput> targets) {
    }

    @Schema(name = "PolicyGoalIndicatorFiguresInput", description = "The baseline and yearly targets a policy draft "
            + "sets for an indicator its goals follow; they replace the stored ones.")
    public record GoalIndicatorFiguresInput(
            @Valid @Schema(description = "The baseline for the policy's period; null for none.", nullable = true)
            BaselineInput baseline,
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            @Schema(description = "Targets by year, each within the policy's period; absent or null for none.",
                    nullable = true)
            List<@NotNull(message = "{varna.indicator.target.year}") @Valid TargetInput> targets) {
    }

    @Schema(name = "CrosswalkInput", description = "The whole crosswalk of a policy draft: for goals of its "
            + "predecessor, the draft's goals each maps to, or none with a reason. It replaces what is stored.",
            requiredProperties = { "entries" })
    public record CrosswalkInput(
            @NotNull @Size(max = Limits.ITEMS, message = "{varna.items.max}") List<@NotNull @Valid CrosswalkEntryInput> entries) {
    }

    @Schema(name = "CrosswalkEntryInput", requiredProperties = { "from", "to" })
    public record CrosswalkEntryInput(
            @Schema(description = "Id of a goal of the predecessor policy.", minimum = "1") @NotNull Long from,
            @Schema(description = "Ids of the draft's goals it maps to; empty when it maps to none.")
            @NotNull @Size(max = Limits.ITEMS, message = "{varna.items.max}") List<@NotNull Long> to,
            @Schema(description = "Why it maps to none; required then.", nullable = true)
            @Size(max = REASON_MAX) String reason) {
    }

    @Schema(name = "Crosswalk", description = "How the predecessor's goals map to the policy's.",
            requiredProperties = { "policyId", "version", "predecessor", "entries", "unmapped" })
    public record CrosswalkView(
            @Schema(minimum = "0") long policyId,
            @Schema(description = "The policy's version, for `If-Match` on a change.") long version,
            @Schema(nullable = true) PolicyRef predecessor,
            List<CrosswalkEntryView> entries,
            @Schema(description = "The predecessor's goals the crosswalk says nothing about yet; a policy is "
                    + "adopted only when this is empty.") List<GoalSummary> unmapped) {
    }

    @Schema(name = "CrosswalkEntry", requiredProperties = { "from", "to", "reason" })
    public record CrosswalkEntryView(
            GoalSummary from,
            List<GoalSummary> to,
            @Schema(nullable = true, maxLength = REASON_MAX) String reason) {
    }

    @Schema(name = "PolicyRef", requiredProperties = { "id", "code", "title" })
    public record PolicyRef(@Schema(minimum = "0") long id, @Schema(maxLength = 200) String code,
            @Schema(ref = "LocalizedName") LocalizedText title) {
    }

    @Schema(name = "PolicyAdoptionInput", description = "The decision that adopts a draft, and the day it takes "
            + "effect (which may lie in the past).", requiredProperties = { "decision", "effectiveFrom" })
    public record AdoptionInput(
            @NotNull @Valid DecisionInput decision,
            @Schema(description = "The first day the policy is in force; its predecessor's last is the day before.")
            @NotNull LocalDate effectiveFrom) {
    }

    @Schema(name = "PolicyHistoryEntry", description = "One change to a policy, its goals or its crosswalk.",
            requiredProperties = { "id", "changedAt", "changedBy", "action", "version", "goalId", "changedFields" })
    public record PolicyHistoryEntry(
            @Schema(minimum = "0") long id,
            OffsetDateTime changedAt,
            @Schema(description = "Username of whoever made the change.", maxLength = 2000) String changedBy,
            @Schema(nullable = true, maxLength = 500) String changedByName,
            @Schema(enumeration = { "created", "updated", "goalAdded", "goalChanged", "crosswalkReplaced", "adopted",
                    "indicatorLinked", "indicatorChanged", "indicatorUnlinked" },
                    type = SchemaType.STRING) String action,
            @Schema(description = "The policy's version after the change.") long version,
            @Schema(description = "The goal the change concerns, for `goalAdded`, `goalChanged`, `indicatorLinked` "
                    + "and `indicatorUnlinked`.", nullable = true,
                    minimum = "0") Long goalId,
            @Schema(description = "Names of the fields whose value changed.") List<@Size(max = 200) String> changedFields,
            @Schema(description = "The policy's fields, goals and crosswalk before the change; null for a creation.",
                    type = SchemaType.OBJECT, nullable = true) Map<String, Object> before,
            @Schema(description = "The same after the change.", type = SchemaType.OBJECT, nullable = true)
            Map<String, Object> after) {
    }

    @Schema(name = "PolicyHistoryPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record PolicyHistoryPage(
            List<PolicyHistoryEntry> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }
}
