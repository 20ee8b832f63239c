package se.varna.measure;

import static se.varna.common.Limits.TITLE_MAX;
import static se.varna.common.Limits.TEXT_MAX;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.area.AreaDtos.AreaSummary;
import se.varna.common.Limits;
import se.varna.factor.FactorDtos.FactorView;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.governance.ForumDecisionDtos.ForumDecisionView;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;

/**
 * The measure API model: measures, their progress updates and history. A request record's
 * limits are its bean-validation constraints (checked before the service runs, and written into
 * the contract from the same annotations); a response record's are its {@code @Schema}s.
 */
public final class MeasureDtos {

    private MeasureDtos() {
    }

    @Schema(name = "LastProgressUpdate", description = "The date and assessment of a measure's latest progress update.",
            requiredProperties = { "date", "assessment" })
    public record LastProgressUpdate(LocalDate date, Assessment assessment) {
    }

    @Schema(name = "MeasureSummary", description = "A measure in a list.",
            requiredProperties = { "id", "title", "responsibleOrganisation", "goals", "districts", "status",
                    "preventionType", "preventionLevel", "startDate", "published", "demo", "needsFollowUp",
                    "viaCrosswalk" })
    public record MeasureSummary(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = 500) String title,
            OrganisationSummary responsibleOrganisation,
            List<GoalSummary> goals,
            List<AreaSummary> districts,
            MeasureStatus status,
            PreventionType preventionType,
            PreventionLevel preventionLevel,
            LocalDate startDate,
            @Schema(nullable = true, maxLength = 10) LocalDate endDate,
            boolean published,
            @Schema(description = "True for demo measures, not the municipality's own.") boolean demo,
            @Schema(description = "The latest progress update; null when there is none.", nullable = true)
            LastProgressUpdate lastUpdate,
            @Schema(description = "True for an ongoing measure whose latest progress update (or, without one, "
                    + "its start) is older than the follow-up rule's months (`varna.tasks.follow-up-months`, six by default).") boolean needsFollowUp,
            @Schema(description = "In a list by `goal`: the goals of earlier policies through which the measure "
                    + "is listed under that goal, because the crosswalk maps them to it and the measure is not "
                    + "linked to the goal itself; empty otherwise.") List<GoalSummary> viaCrosswalk) {
    }

    @Schema(name = "MeasureStatusCounts", description = "How many measures have each status.",
            requiredProperties = { "planned", "ongoing", "completed", "cancelled" })
    public record StatusCounts(long planned, long ongoing, long completed, long cancelled) {
    }

    @Schema(name = "MeasurePage", requiredProperties = { "items", "total", "limit", "offset", "statusCounts",
            "viaCrosswalk" })
    public record MeasurePage(
            List<MeasureSummary> items,
            @Schema(minimum = "0", description = "How many measures match, each counted once: a measure linked to "
                    + "several goals that lead to the goal asked for counts once.") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset,
            @Schema(description = "Counts per status of the measures every filter except `status` selects.")
            StatusCounts statusCounts,
            @Schema(minimum = "0", description = "With `goal`: how many of `total` are listed only because the "
                    + "crosswalk maps a goal of an earlier policy they are linked to onto this goal; 0 otherwise.")
            long viaCrosswalk) {
    }

    @Schema(name = "Measure", description = "A measure (*insats*) with everything it aims at.",
            requiredProperties = { "id", "version", "title", "responsibleOrganisation", "partnerOrganisations",
                    "goals", "indicators", "districts", "targetGroups", "preventionType", "preventionLevel",
                    "riskFactors", "protectiveFactors", "crimeTriangle", "forumDecisions", "status", "startDate",
                    "published", "demo", "needsFollowUp", "canEdit", "createdAt", "updatedAt" })
    public record MeasureView(
            @Schema(minimum = "0") long id,
            @Schema(description = "Increases with every change; the `ETag` header carries it.") long version,
            @Schema(maxLength = 500) String title,
            @Schema(nullable = true, maxLength = 20_000) String description,
            OrganisationSummary responsibleOrganisation,
            List<OrganisationSummary> partnerOrganisations,
            List<GoalSummary> goals,
            List<IndicatorSummary> indicators,
            List<AreaSummary> districts,
            List<TargetGroup> targetGroups,
            PreventionType preventionType,
            PreventionLevel preventionLevel,
            List<FactorView> riskFactors,
            List<FactorView> protectiveFactors,
            List<CrimeTriangleSide> crimeTriangle,
            @Schema(description = "The forum decisions the measure carries out, newest first; an internal field, "
                    + "empty for anonymous readers.") List<ForumDecisionView> forumDecisions,
            @Schema(description = "What the method builds on, in words.", nullable = true, maxLength = 5000)
            String knowledgeBasis,
            @Schema(nullable = true) KnowledgeLevel knowledgeLevel,
            MeasureStatus status,
            LocalDate startDate,
            @Schema(nullable = true, maxLength = 10) LocalDate endDate,
            @Schema(description = "Budget in SEK; an internal field, null for anonymous readers.", nullable = true,
                    minimum = "0") Long budget,
            @Schema(description = "Whether anonymous readers see the measure.") boolean published,
            @Schema(description = "True for demo measures, not the municipality's own.") boolean demo,
            @Schema(nullable = true) LastProgressUpdate lastUpdate,
            @Schema(description = "True for an ongoing measure whose latest progress update (or, without one, "
                    + "its start) is older than the follow-up rule's months (`varna.tasks.follow-up-months`, six by default).") boolean needsFollowUp,
            @Schema(description = "Whether the caller may change the measure and report on it.") boolean canEdit,
            OffsetDateTime createdAt,
            @Schema(description = "Who created it; an internal field, null for anonymous readers.", nullable = true,
                    maxLength = 2000) String createdBy,
            OffsetDateTime updatedAt,
            @Schema(description = "Who changed it last; an internal field, null for anonymous readers.",
                    nullable = true, maxLength = 2000) String updatedBy) {
    }

    /**
     * A measure as the caller creates or replaces it. Its limits and required fields are
     * constraints; what needs the data (known codes, the end on or after the start) the service
     * checks. Lengths count the text as sent, before the service trims it.
     */
    @Schema(name = "MeasureInput", description = "A measure as the caller creates or replaces it.",
            requiredProperties = { "title", "preventionType", "preventionLevel", "status", "startDate" })
    public record MeasureInput(
            @Schema(description = "1–300 characters.") @NotBlank @Size(max = TITLE_MAX) String title,
            @Schema(nullable = true) @Size(max = TEXT_MAX) String description,
            @Schema(description = "Code of the responsible organisation. An editor's measure is always their own "
                    + "organisation's (absent means the caller's own).", nullable = true)
            @Size(max = Limits.CODE) String responsibleOrganisation,
            @Schema(description = "Codes of partner organisations.", nullable = true)
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            List<@Size(max = Limits.CODE) String> partnerOrganisations,
            @Schema(description = "Ids of goals the measure aims at.", nullable = true)
            @Size(max = Limits.ITEMS, message = "{varna.items.max}") List<Long> goals,
            @Schema(description = "Codes of indicators the measure aims to move.", nullable = true)
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            List<@Size(max = Limits.CODE) String> indicators,
            @Schema(description = "Codes of the districts the measure targets, e.g. `1980-backby`.", nullable = true)
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            List<@Size(max = Limits.CODE) String> districts,
            @Schema(nullable = true)
            @Size(max = Limits.ITEMS, message = "{varna.items.max}") List<TargetGroup> targetGroups,
            @NotNull PreventionType preventionType,
            @NotNull PreventionLevel preventionLevel,
            @Schema(description = "Codes of risk factors the measure lowers.", nullable = true)
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            List<@Size(max = Limits.CODE) String> riskFactors,
            @Schema(description = "Codes of protective factors the measure strengthens.", nullable = true)
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            List<@Size(max = Limits.CODE) String> protectiveFactors,
            @Schema(nullable = true)
            @Size(max = Limits.ITEMS, message = "{varna.items.max}") List<CrimeTriangleSide> crimeTriangle,
            @Schema(description = "Ids of the forum decisions the measure carries out (absent: none).", nullable = true)
            @Size(max = Limits.ITEMS, message = "{varna.items.max}") List<Long> forumDecisions,
            @Schema(nullable = true) @Size(max = TEXT_MAX) String knowledgeBasis,
            @Schema(nullable = true) KnowledgeLevel knowledgeLevel,
            @NotNull MeasureStatus status,
            @NotNull LocalDate startDate,
            @Schema(description = "On or after `startDate`.", nullable = true, maxLength = 10) LocalDate endDate,
            @Schema(description = "Budget in SEK, 0 or more.", nullable = true)
            @Min(value = 0, message = "{varna.notNegative}") Long budget,
            @Schema(description = "Whether anonymous readers see the measure; false when absent.", nullable = true)
            Boolean published) {
    }

    @Schema(name = "ProgressUpdate", description = "A progress update (*lägesuppdatering*) of a measure.",
            requiredProperties = { "id", "measureId", "date", "text", "assessment", "demo", "createdAt" })
    public record ProgressUpdateView(
            @Schema(minimum = "0") long id,
            @Schema(minimum = "0") long measureId,
            LocalDate date,
            @Schema(maxLength = 20_000) String text,
            Assessment assessment,
            @Schema(description = "Number of participants reached.", nullable = true, minimum = "0")
            Integer participants,
            @Schema(description = "Number of places (e.g. meeting places, sites) covered.", nullable = true,
                    minimum = "0") Integer places,
            @Schema(description = "Hours of work or activity.", nullable = true, minimum = "0") Integer hours,
            @Schema(description = "Username of the author; null for anonymous readers.", nullable = true,
                    maxLength = 500) String author,
            @Schema(description = "Name of the author; null for anonymous readers.", nullable = true,
                    maxLength = 500) String authorName,
            boolean demo,
            OffsetDateTime createdAt) {
    }

    @Schema(name = "ProgressUpdatePage", requiredProperties = { "items", "total", "limit", "offset" })
    public record ProgressUpdatePage(
            List<ProgressUpdateView> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }

    /** A progress update as the caller reports or corrects it; the service checks that its date is not in the future. */
    @Schema(name = "ProgressUpdateInput", requiredProperties = { "date", "text", "assessment" })
    public record ProgressUpdateInput(
            @Schema(description = "Not in the future.") @NotNull LocalDate date,
            @Schema(description = "1–5000 characters.") @NotBlank @Size(max = TEXT_MAX) String text,
            @NotNull Assessment assessment,
            @Schema(description = "0 or more.", nullable = true)
            @Min(value = 0, message = "{varna.notNegative}") Integer participants,
            @Schema(description = "0 or more.", nullable = true)
            @Min(value = 0, message = "{varna.notNegative}") Integer places,
            @Schema(description = "0 or more.", nullable = true)
            @Min(value = 0, message = "{varna.notNegative}") Integer hours) {
    }

    @Schema(name = "MeasureHistoryEntry", description = "One audited change: who, when, what before and after.",
            requiredProperties = { "id", "changedAt", "changedBy", "action", "measureVersion", "changedFields" })
    public record HistoryEntryView(
            @Schema(minimum = "0") long id,
            OffsetDateTime changedAt,
            @Schema(description = "Username of whoever made the change.", maxLength = 2000) String changedBy,
            @Schema(nullable = true, maxLength = 500) String changedByName,
            HistoryAction action,
            @Schema(description = "The measure's version after the change.") long measureVersion,
            @Schema(description = "The progress update the change concerns.", nullable = true, minimum = "0")
            Long updateId,
            // the items' bound as a constraint: @Schema cannot annotate a list's items
            @Schema(description = "Names of the fields whose value changed.") List<@Size(max = 200) String> changedFields,
            @Schema(description = "The measure (or progress update) before the change; null for a creation.",
                    type = SchemaType.OBJECT, nullable = true) Map<String, Object> before,
            @Schema(description = "The measure (or progress update) after the change; null for a removal.",
                    type = SchemaType.OBJECT, nullable = true) Map<String, Object> after) {
    }

    @Schema(name = "MeasureHistoryPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record HistoryPage(
            List<HistoryEntryView> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }
}
