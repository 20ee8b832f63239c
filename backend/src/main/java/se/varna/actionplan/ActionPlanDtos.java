package se.varna.actionplan;

import static se.varna.common.Limits.NAME_ANSWER;
import static se.varna.common.Limits.TEXT_MAX;
import static se.varna.common.Limits.TITLE_MAX;
import static se.varna.common.Limits.USERNAME_ANSWER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.Limits;
import se.varna.common.document.AdoptionStatus;
import se.varna.common.document.DecisionDtos.DecisionView;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;
import se.varna.measure.EvaluationDtos.EstimateView;
import se.varna.measure.EvaluationDtos.Reason;
import se.varna.measure.MeasureDtos.LastProgressUpdate;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;
import se.varna.safetyanalysis.SafetyAnalysisDtos.MeasureRef;
import se.varna.situation.ProblemPriority;

/** The action plan's API model. Request limits are the records' constraints. */
public final class ActionPlanDtos {

    private ActionPlanDtos() {
    }

    // ---- input ---------------------------------------------------------------------------

    @Schema(name = "ActionPlanInput", description = "A new or changed draft action plan.",
            requiredProperties = { "title", "situationPicture" })
    public record ActionPlanInput(
            @Schema(examples = "Åtgärdsplan 2026–2027") @NotBlank @Size(max = TITLE_MAX) String title,
            @Schema(description = "Id of the adopted lägesbild the plan is based on.")
            @NotNull(message = "{varna.situationPicture.required}") @Min(0) Long situationPicture,
            @Size(max = Limits.ITEMS, message = "{varna.items.max}") List<@NotNull @Valid ActionInput> actions,
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            List<@NotNull @Valid ConsultationInput> consultations) {
    }

    @Schema(name = "ActionInput", description = "An action; one with no problem is allowed, and listed as a gap.",
            requiredProperties = { "title" })
    public record ActionInput(
            @NotBlank @Size(max = TITLE_MAX) String title,
            @Schema(nullable = true) @Size(max = TEXT_MAX) String description,
            @Schema(description = "Ids of problems of the plan's lägesbild.")
            @Size(max = 200) List<@NotNull @Min(0) Long> problems,
            @Schema(description = "Codes of the responsible organisations.")
            @Size(max = 200) List<@NotNull @Size(max = Limits.CODE) String> organisations,
            @Schema(description = "Ids of the measures (insatser) that carry it out.")
            @Size(max = 1000) List<@NotNull @Min(0) Long> measures,
            @Schema(nullable = true) LocalDate from,
            @Schema(nullable = true) LocalDate to,
            @Schema(nullable = true, description = "Id of the indicator that will show the result.") @Min(0) Long resultIndicator,
            @Schema(nullable = true, description = "Or the code of the crime category or group that will.")
            @Size(max = Limits.CODE) String resultCrimeCategory) {
    }

    @Schema(name = "ConsultationInput", description = "A consultation (samråd).",
            requiredProperties = { "date", "parties", "summary" })
    public record ConsultationInput(
            @NotNull LocalDate date,
            @Schema(description = "Codes of the organisations consulted, e.g. `polisen`.")
            @NotNull @Size(max = 200) List<@NotNull @Size(max = Limits.CODE) String> parties,
            @NotBlank @Size(max = TEXT_MAX) String summary) {
    }

    // ---- views ---------------------------------------------------------------------------

    @Schema(name = "SituationPictureRef", requiredProperties = { "id", "title", "from", "to", "status" })
    public record PictureRef(@Schema(minimum = "0") long id, @Schema(maxLength = TITLE_MAX) String title,
            @Schema(maxLength = 7) String from, @Schema(maxLength = 7) String to, AdoptionStatus status) {
    }

    @Schema(name = "ProblemRef", requiredProperties = { "id", "title", "priority" })
    public record ProblemRef(@Schema(minimum = "0") long id, @Schema(maxLength = TITLE_MAX) String title,
            ProblemPriority priority) {
    }

    @Schema(name = "Action", requiredProperties = { "id", "title", "description", "problems", "organisations",
            "measures", "from", "to", "resultIndicator", "resultCrimeCategory", "effects", "followUp", "status",
            "proposedBy" })
    public record ActionView(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = TITLE_MAX) String title,
            @Schema(nullable = true, maxLength = TEXT_MAX) String description,
            @Schema(description = "Readers without a signed-in role see the public problems only.") List<ProblemRef> problems,
            List<OrganisationSummary> organisations,
            @Schema(description = "Readers without a signed-in role see published measures only.") List<MeasureRef> measures,
            @Schema(nullable = true) LocalDate from,
            @Schema(nullable = true) LocalDate to,
            @Schema(nullable = true) IndicatorSummary resultIndicator,
            @Schema(nullable = true, maxLength = Limits.CODE) String resultCrimeCategory,
            @Schema(description = "The effect follow-up of each of its measures that has one, as the reader may "
                    + "see it (docs/effect-evaluation.md).") List<MeasureEffect> effects,
            @Schema(description = "How the action is doing today, from its measures' latest assessments and its "
                    + "result figure's trend.") FollowUpView followUp,
            @Schema(description = "`accepted`, or `proposed` by an editor of `proposedBy` until the coordinator "
                    + "accepts or rejects it.", enumeration = { "accepted", "proposed" }, type = SchemaType.STRING)
            String status,
            @Schema(nullable = true, description = "The organisation whose editor proposed the action.")
            OrganisationSummary proposedBy) {
    }

    @Schema(name = "ActionFollowUpStatus", description = "`offTrack` when any of the action's measures was last "
            + "assessed red; `atRisk` when any amber, or all green while the result figure worsens; `onTrack` when "
            + "all green; `notStarted` when no measure has a progress update yet; `noMeasures` when no measure "
            + "carries the action out.")
    public enum FollowUpStatus {
        onTrack, atRisk, offTrack, notStarted, noMeasures
    }

    @Schema(name = "ActionResultTrendDirection", description = "Where the result figure is heading: by the "
            + "indicator's direction, and for reported crimes fewer is better; `unknown` without two figures.")
    public enum ResultTrend {
        improving, worsening, unchanged, unknown
    }

    @Schema(name = "ActionFollowUp", description = "An action's follow-up as of a day (today for the plan, the "
            + "half-year's last day in a status report): docs/situation-pictures.md, Follow-up.",
            requiredProperties = { "status", "measures", "measuresAssessed", "latestUpdate", "resultTrend" })
    public record FollowUpView(
            FollowUpStatus status,
            @Schema(description = "The measures that carry the action out.", minimum = "0") int measures,
            @Schema(description = "Those with a progress update.", minimum = "0") int measuresAssessed,
            @Schema(nullable = true, description = "The newest progress update of its measures.") LocalDate latestUpdate,
            @Schema(nullable = true, description = "Null when the action names no result figure.")
            ResultTrendView resultTrend) {
    }

    @Schema(name = "ActionResultTrend", description = "The result figure's latest value against the one before, "
            + "as the reader may see them (through the disclosure control): an indicator's latest value for the "
            + "municipality, or the crime category's reported crimes in the municipality over the last twelve "
            + "months delivered against the twelve before.", requiredProperties = { "source", "code", "trend",
                    "period", "value", "previousPeriod", "previousValue" })
    public record ResultTrendView(
            @Schema(enumeration = { "indicator", "crimeCategory" }, type = SchemaType.STRING) String source,
            @Schema(description = "The indicator's id or the category's code.", maxLength = Limits.CODE) String code,
            ResultTrend trend,
            @Schema(nullable = true, maxLength = Limits.CODE, description = "The latest period; months "
                    + "`YYYY-MM/YYYY-MM` for crimes.") String period,
            @Schema(nullable = true, format = "double") Double value,
            @Schema(nullable = true, maxLength = Limits.CODE) String previousPeriod,
            @Schema(nullable = true, format = "double") Double previousValue) {
    }

    @Schema(name = "MeasureEffect", description = "A measure's effect follow-up in words: the relative change of "
            + "its outcome in the target districts against the comparison districts, or why there is none.",
            requiredProperties = { "measureId", "measureTitle", "outcome", "retrospective", "estimate",
                    "insufficientData", "sentence" })
    public record MeasureEffect(
            @Schema(minimum = "0") long measureId,
            @Schema(maxLength = TITLE_MAX) String measureTitle,
            @Schema(description = "The outcome's name in the reader's language.", maxLength = 500) String outcome,
            @Schema(description = "Registered after the intervention started: a retrospective assessment "
                    + "(efterhandsbedömning).") boolean retrospective,
            @Schema(nullable = true) EstimateView estimate,
            @Schema(nullable = true) Reason insufficientData,
            @Schema(description = "The estimate in words, or why there is none, in the reader's language.",
                    maxLength = 1000) String sentence) {
    }

    @Schema(name = "Consultation", requiredProperties = { "date", "parties", "summary" })
    public record ConsultationView(LocalDate date, List<OrganisationSummary> parties,
            @Schema(maxLength = TEXT_MAX) String summary) {
    }

    @Schema(name = "ActionPlan", description = "An åtgärdsplan (lag 2023:196 § 5).",
            requiredProperties = { "id", "version", "title", "situationPicture", "status", "actions", "consultations",
                    "decision", "adoptedAt", "adoptedBy", "demo", "createdAt", "createdBy", "updatedAt", "updatedBy",
                    "predecessor" })
    public record ActionPlanView(
            @Schema(minimum = "0") long id,
            @Schema(description = "Version for optimistic locking; the `ETag` carries it.") long version,
            @Schema(maxLength = TITLE_MAX) String title,
            PictureRef situationPicture,
            AdoptionStatus status,
            List<ActionView> actions,
            List<ConsultationView> consultations,
            @Schema(nullable = true) DecisionView decision,
            @Schema(nullable = true) OffsetDateTime adoptedAt,
            @Schema(nullable = true, maxLength = USERNAME_ANSWER) String adoptedBy,
            boolean demo,
            OffsetDateTime createdAt,
            @Schema(nullable = true, maxLength = USERNAME_ANSWER) String createdBy,
            OffsetDateTime updatedAt,
            @Schema(nullable = true, maxLength = USERNAME_ANSWER) String updatedBy,
            @Schema(nullable = true, description = "The adopted plan this is a new version of "
                    + "(`GET …/{id}/changes` shows what changed).") ActionRef predecessor) {
    }

    @Schema(name = "ActionPlanChanges", description = "What a new version changed against its predecessor. "
            + "Actions are matched by title: a renamed action is one removed and one added.",
            requiredProperties = { "predecessor", "added", "removed", "changed" })
    public record ChangesView(
            @Schema(description = "The plan revised; its `title` is the plan's.") ActionRef predecessor,
            @Schema(description = "Actions of this version the predecessor did not have.") List<ActionRef> added,
            @Schema(description = "Actions of the predecessor this version no longer has.") List<ActionRef> removed,
            @Schema(description = "Actions of both whose problems, organisations, measures, time frame, "
                    + "description or result figure differ.") List<ActionChange> changed) {
    }

    @Schema(name = "ActionChange", requiredProperties = { "action", "fields" })
    public record ActionChange(@Schema(description = "The action in this version.") ActionRef action,
            @Schema(description = "The fields that differ, e.g. `measures`.") List<@Size(max = 200) String> fields) {
    }

    @Schema(name = "ActionPlanSummary", requiredProperties = { "id", "title", "situationPicture", "status",
            "actionCount", "decision", "demo", "updatedAt" })
    public record ActionPlanSummary(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = TITLE_MAX) String title,
            PictureRef situationPicture,
            AdoptionStatus status,
            @Schema(minimum = "0") int actionCount,
            @Schema(nullable = true) DecisionView decision,
            boolean demo,
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "ActionPlanPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record ActionPlanPage(
            List<ActionPlanSummary> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }

    @Schema(name = "PlanInForce", description = "The action plan in force for a period (the adopted plan with "
            + "the latest decision on or before the period's last day) with each action's follow-up as of that "
            + "day: what the half-year status report cites.", requiredProperties = { "id", "title", "decision",
                    "situationPicture", "asOf", "actions" })
    public record PlanInForce(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = TITLE_MAX) String title,
            @Schema(nullable = true) DecisionView decision,
            PictureRef situationPicture,
            @Schema(description = "The day the follow-up is as of.") LocalDate asOf,
            @Schema(maxItems = 1_000_000) List<PlanInForceAction> actions) {
    }

    @Schema(name = "PlanInForceAction", requiredProperties = { "id", "title", "problems", "organisations",
            "followUp" })
    public record PlanInForceAction(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = TITLE_MAX) String title,
            @Schema(description = "Readers without a signed-in role see the public problems only.")
            List<PlanInForceProblem> problems,
            List<OrganisationSummary> organisations,
            FollowUpView followUp) {
    }

    @Schema(name = "PlanInForceProblem", requiredProperties = { "id", "title", "priority", "internal" })
    public record PlanInForceProblem(@Schema(minimum = "0") long id, @Schema(maxLength = TITLE_MAX) String title,
            ProblemPriority priority, @Schema(description = "Marked internal in the lägesbild.") boolean internal) {
    }

    @Schema(name = "ActionRef", requiredProperties = { "id", "title" })
    public record ActionRef(@Schema(minimum = "0") long id, @Schema(maxLength = TITLE_MAX) String title) {
    }

    @Schema(name = "MeasureFollowUpGap", description = "A measure of the plan's actions whose latest progress update "
            + "(or start, without one) is more than six months old, by the measures board's rule.",
            requiredProperties = { "measure", "lastUpdate", "actions" })
    public record MeasureGap(MeasureRef measure, @Schema(nullable = true) LastProgressUpdate lastUpdate,
            @Schema(description = "The plan's actions it carries out.") List<ActionRef> actions) {
    }

    @Schema(name = "ActionPlanGaps", description = "Where the chain problem → action → measure → follow-up breaks.",
            requiredProperties = { "problemsWithoutAction", "actionsWithoutProblem", "actionsWithoutMeasure",
                    "measuresWithoutRecentUpdate" })
    public record GapsView(
            @Schema(description = "Problems of the lägesbild no action answers.") List<ProblemRef> problemsWithoutAction,
            @Schema(description = "Actions linked to no problem.") List<ActionRef> actionsWithoutProblem,
            @Schema(description = "Actions no measure carries out.") List<ActionRef> actionsWithoutMeasure,
            List<MeasureGap> measuresWithoutRecentUpdate) {
    }

    @Schema(name = "ActionPlanHistoryEntry", requiredProperties = { "id", "changedAt", "changedBy", "changedByName",
            "action", "version", "changedFields", "before", "after" })
    public record HistoryEntryView(
            @Schema(minimum = "0") long id,
            OffsetDateTime changedAt,
            @Schema(maxLength = USERNAME_ANSWER) String changedBy,
            @Schema(nullable = true, maxLength = NAME_ANSWER) String changedByName,
            @Schema(enumeration = { "created", "updated", "proposed", "proposalAccepted", "proposalRejected",
                    "adopted" }, type = SchemaType.STRING) String action,
            long version,
            List<@Size(max = 200) String> changedFields,
            @Schema(type = SchemaType.OBJECT, nullable = true) Map<String, Object> before,
            @Schema(type = SchemaType.OBJECT, nullable = true) Map<String, Object> after) {
    }

    @Schema(name = "ActionPlanHistoryPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record HistoryPage(
            List<HistoryEntryView> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }
}
