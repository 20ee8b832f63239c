package se.varna.agreement;

import static se.varna.common.Limits.TITLE_MAX;
import static se.varna.common.Limits.TEXT_MAX;
import static se.varna.common.Limits.TITLE_ANSWER;
import static se.varna.common.Limits.TEXT_ANSWER;
import static se.varna.common.Limits.USERNAME_ANSWER;
import static se.varna.common.Limits.NAME_ANSWER;
import static se.varna.common.Limits.DATE_TIME_ANSWER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.Limits;
import se.varna.common.Parameters;
import se.varna.governance.ForumDecisionDtos.ForumDecisionView;
import se.varna.safetyanalysis.SafetyAnalysisDtos.MeasureRef;
import se.varna.area.AreaDtos.AreaSummary;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;

/**
 * The agreement API model. The request records carry their limits as constraints (checked
 * before the service runs, and written into the contract from the same annotations); the
 * response records' bounds are what a partner may size its buffers by, above what any request
 * can store.
 */
public final class AgreementDtos {

    private AgreementDtos() {
    }

    @Schema(name = "CommitmentCounts", description = "How many of the agreement's commitments have each status.",
            requiredProperties = { "notStarted", "ongoing", "fulfilled", "notFulfilled" })
    public record CommitmentCounts(long notStarted, long ongoing, long fulfilled, long notFulfilled) {
    }

    @Schema(name = "AgreementSummary", description = "An agreement in a list.",
            requiredProperties = { "id", "type", "title", "area", "startDate", "parties", "commitmentCounts", "demo" })
    public record AgreementSummary(
            @Schema(minimum = "0") long id,
            AgreementType type,
            @Schema(maxLength = TITLE_ANSWER) String title,
            AreaSummary area,
            LocalDate startDate,
            @Schema(nullable = true, maxLength = Parameters.DATE_LENGTH) LocalDate endDate,
            List<OrganisationSummary> parties,
            CommitmentCounts commitmentCounts,
            boolean demo) {
    }

    @Schema(name = "AgreementPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record AgreementPage(
            List<AgreementSummary> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }

    @Schema(name = "Commitment", description = "A commitment (*åtagande*) of an agreement.",
            requiredProperties = { "id", "text", "responsibleOrganisation", "status", "measures", "canUpdateStatus" })
    public record CommitmentView(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = TEXT_ANSWER) String text,
            @Schema(description = "The organisation that does it.") OrganisationSummary responsibleOrganisation,
            CommitmentStatus status,
            @Schema(nullable = true, maxLength = TEXT_ANSWER, description = "What the latest follow-up said.")
            String statusComment,
            @Schema(nullable = true, maxLength = DATE_TIME_ANSWER) OffsetDateTime statusUpdatedAt,
            @Schema(nullable = true, maxLength = USERNAME_ANSWER,
                    description = "Who followed up last; null for anonymous readers.")
            String statusUpdatedBy,
            @Schema(description = "The measures that fulfil it.") List<MeasureRef> measures,
            @Schema(description = "Whether the caller may follow up its status.") boolean canUpdateStatus,
            @Schema(nullable = true, maxLength = Parameters.DATE_LENGTH, description = "When its next follow-up is due: the "
                    + "follow-up rule's months (`varna.tasks.follow-up-months`, six by default) after the latest follow-up "
                    + "or, without one, after the agreement's start; null once it is fulfilled or not fulfilled.")
            LocalDate followUpDue) {
    }

    @Schema(name = "Agreement", description = "A citizen promise (*medborgarlöfte*) or collaboration agreement "
            + "(*samverkansöverenskommelse*) between the municipality and the police.",
            requiredProperties = { "id", "version", "type", "title", "area", "startDate", "parties", "commitments",
                    "forumDecisions", "demo", "canEdit", "createdAt", "updatedAt" })
    public record AgreementView(
            @Schema(minimum = "0") long id,
            @Schema(description = "Version for optimistic locking; the `ETag` carries it.") long version,
            AgreementType type,
            @Schema(maxLength = TITLE_ANSWER) String title,
            @Schema(nullable = true, maxLength = TEXT_ANSWER) String description,
            AreaSummary area,
            LocalDate startDate,
            @Schema(nullable = true, maxLength = Parameters.DATE_LENGTH) LocalDate endDate,
            List<OrganisationSummary> parties,
            List<CommitmentView> commitments,
            @Schema(description = "The forum decisions the agreement carries out, newest first; an internal field, "
                    + "empty for anonymous readers.") List<ForumDecisionView> forumDecisions,
            boolean demo,
            @Schema(description = "Whether the caller may change the agreement.") boolean canEdit,
            OffsetDateTime createdAt,
            @Schema(nullable = true, maxLength = USERNAME_ANSWER, description = "Null for anonymous readers.")
            String createdBy,
            OffsetDateTime updatedAt,
            @Schema(nullable = true, maxLength = USERNAME_ANSWER, description = "Null for anonymous readers.")
            String updatedBy) {
    }

    @Schema(name = "CommitmentInput", requiredProperties = { "text", "responsibleOrganisation", "status" })
    public record CommitmentInput(
            @Schema(nullable = true, description = "Id of an existing commitment of this agreement to keep (on a "
                    + "change); leave out for a new one.") @Min(0) Long id,
            @NotBlank @Size(max = TEXT_MAX) String text,
            @Schema(description = "Code of the organisation that does it, e.g. `polisen`.")
            @NotBlank @Size(max = Limits.CODE) String responsibleOrganisation,
            @NotNull(message = "{varna.required.commitmentStatus}") CommitmentStatus status,
            @Schema(nullable = true) @Size(max = TEXT_MAX) String statusComment,
            @Schema(description = "Ids of the measures that fulfil it.")
            @Size(max = Limits.ITEMS, message = "{varna.items.max}") List<Long> measures) {
    }

    @Schema(name = "AgreementInput", description = "A new or changed agreement.",
            requiredProperties = { "type", "title", "area", "startDate", "parties" })
    public record AgreementInput(
            @NotNull(message = "{varna.required.agreementType}") AgreementType type,
            @NotBlank @Size(max = TITLE_MAX) String title,
            @Schema(nullable = true) @Size(max = TEXT_MAX) String description,
            @Schema(description = "Code of the area, e.g. `1980` (Västerås) or `1980-backby`.")
            @NotBlank @Size(max = Limits.CODE) String area,
            @NotNull LocalDate startDate,
            @Schema(nullable = true, maxLength = Parameters.DATE_LENGTH) LocalDate endDate,
            @Schema(description = "Codes of the parties' organisations, at least one.")
            @NotEmpty(message = "{varna.parties.none}")
            @Size(max = Limits.ITEMS, message = "{varna.items.max}") List<@Size(max = Limits.CODE) String> parties,
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            List<@NotNull @Valid CommitmentInput> commitments,
            @Schema(description = "Ids of the forum decisions the agreement carries out (absent: none).", nullable = true)
            @Size(max = Limits.ITEMS, message = "{varna.items.max}") List<Long> forumDecisions) {
    }

    @Schema(name = "CommitmentStatusInput", description = "A follow-up of one commitment.",
            requiredProperties = { "status" })
    public record CommitmentStatusInput(
            @NotNull(message = "{varna.required.commitmentStatus}") CommitmentStatus status,
            @Schema(nullable = true) @Size(max = TEXT_MAX) String comment) {
    }

    @Schema(name = "AgreementHistoryEntry", description = "One change to an agreement.",
            requiredProperties = { "id", "changedAt", "changedBy", "action", "version", "changedFields" })
    public record HistoryEntryView(
            @Schema(minimum = "0") long id,
            OffsetDateTime changedAt,
            @Schema(maxLength = USERNAME_ANSWER, description = "Username of whoever made the change.") String changedBy,
            @Schema(nullable = true, maxLength = NAME_ANSWER) String changedByName,
            @Schema(enumeration = { "created", "updated", "commitmentStatusChanged" }, type = SchemaType.STRING)
            String action,
            @Schema(description = "The agreement's version after the change.") long version,
            @Schema(nullable = true, minimum = "0", description = "The commitment a status change concerns.")
            Long commitmentId,
            @Schema(description = "Names of the fields whose value changed.") List<@jakarta.validation.constraints.Size(max = 200) String> changedFields,
            @Schema(description = "The state before the change; null for a creation.",
                    type = SchemaType.OBJECT, nullable = true) Map<String, Object> before,
            @Schema(description = "The state after the change.",
                    type = SchemaType.OBJECT, nullable = true) Map<String, Object> after) {
    }

    @Schema(name = "AgreementHistoryPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record HistoryPage(
            List<HistoryEntryView> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }
}
