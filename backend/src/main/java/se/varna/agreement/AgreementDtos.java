package se.varna.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.safetyanalysis.SafetyAnalysisDtos.MeasureRef;
import se.varna.area.AreaDtos.AreaSummary;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;

/** The agreement API model. */
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
            long id,
            AgreementType type,
            String title,
            AreaSummary area,
            LocalDate startDate,
            @Schema(nullable = true) LocalDate endDate,
            List<OrganisationSummary> parties,
            CommitmentCounts commitmentCounts,
            boolean demo) {
    }

    @Schema(name = "AgreementPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record AgreementPage(List<AgreementSummary> items, long total, int limit, int offset) {
    }

    @Schema(name = "Commitment", description = "A commitment (*åtagande*) of an agreement.",
            requiredProperties = { "id", "text", "responsibleOrganisation", "status", "measures", "canUpdateStatus" })
    public record CommitmentView(
            long id,
            String text,
            @Schema(description = "The organisation that does it.") OrganisationSummary responsibleOrganisation,
            CommitmentStatus status,
            @Schema(nullable = true, description = "What the latest follow-up said.") String statusComment,
            @Schema(nullable = true) OffsetDateTime statusUpdatedAt,
            @Schema(nullable = true, description = "Who followed up last; null for anonymous readers.")
            String statusUpdatedBy,
            @Schema(description = "The measures that fulfil it.") List<MeasureRef> measures,
            @Schema(description = "Whether the caller may follow up its status.") boolean canUpdateStatus) {
    }

    @Schema(name = "Agreement", description = "A citizen promise (*medborgarlöfte*) or collaboration agreement "
            + "(*samverkansöverenskommelse*) between the municipality and the police.",
            requiredProperties = { "id", "version", "type", "title", "area", "startDate", "parties", "commitments",
                    "demo", "canEdit", "createdAt", "updatedAt" })
    public record AgreementView(
            long id,
            @Schema(description = "Version for optimistic locking; the `ETag` carries it.") long version,
            AgreementType type,
            String title,
            @Schema(nullable = true) String description,
            AreaSummary area,
            LocalDate startDate,
            @Schema(nullable = true) LocalDate endDate,
            List<OrganisationSummary> parties,
            List<CommitmentView> commitments,
            boolean demo,
            @Schema(description = "Whether the caller may change the agreement.") boolean canEdit,
            OffsetDateTime createdAt,
            @Schema(nullable = true, description = "Null for anonymous readers.") String createdBy,
            OffsetDateTime updatedAt,
            @Schema(nullable = true, description = "Null for anonymous readers.") String updatedBy) {
    }

    @Schema(name = "CommitmentInput", requiredProperties = { "text", "responsibleOrganisation", "status" })
    public record CommitmentInput(
            @Schema(nullable = true, description = "Id of an existing commitment of this agreement to keep (on a "
                    + "change); leave out for a new one.") Long id,
            String text,
            @Schema(description = "Code of the organisation that does it, e.g. `polisen`.") String responsibleOrganisation,
            CommitmentStatus status,
            @Schema(nullable = true) String statusComment,
            @Schema(description = "Ids of the measures that fulfil it.") List<Long> measures) {
    }

    @Schema(name = "AgreementInput", description = "A new or changed agreement.",
            requiredProperties = { "type", "title", "area", "startDate", "parties" })
    public record AgreementInput(
            AgreementType type,
            String title,
            @Schema(nullable = true) String description,
            @Schema(description = "Code of the area, e.g. `1980` (Västerås) or `1980-backby`.") String area,
            LocalDate startDate,
            @Schema(nullable = true) LocalDate endDate,
            @Schema(description = "Codes of the parties' organisations, at least one.") List<String> parties,
            List<CommitmentInput> commitments) {
    }

    @Schema(name = "CommitmentStatusInput", description = "A follow-up of one commitment.",
            requiredProperties = { "status" })
    public record CommitmentStatusInput(
            CommitmentStatus status,
            @Schema(nullable = true) String comment) {
    }

    @Schema(name = "AgreementHistoryEntry", description = "One change to an agreement.",
            requiredProperties = { "id", "changedAt", "changedBy", "action", "version", "changedFields" })
    public record HistoryEntryView(
            long id,
            OffsetDateTime changedAt,
            @Schema(description = "Username of whoever made the change.") String changedBy,
            @Schema(nullable = true) String changedByName,
            @Schema(enumeration = { "created", "updated", "commitmentStatusChanged" }, type = SchemaType.STRING)
            String action,
            @Schema(description = "The agreement's version after the change.") long version,
            @Schema(nullable = true, description = "The commitment a status change concerns.") Long commitmentId,
            @Schema(description = "Names of the fields whose value changed.") List<String> changedFields,
            @Schema(description = "The state before the change; null for a creation.",
                    type = SchemaType.OBJECT, nullable = true) Map<String, Object> before,
            @Schema(description = "The state after the change.",
                    type = SchemaType.OBJECT, nullable = true) Map<String, Object> after) {
    }

    @Schema(name = "AgreementHistoryPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record HistoryPage(List<HistoryEntryView> items, long total, int limit, int offset) {
    }
}
