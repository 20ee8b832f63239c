package se.varna.safetyanalysis;

import static se.varna.common.Limits.TITLE_MAX;
import static se.varna.common.Limits.TEXT_MAX;
import static se.varna.common.Limits.TITLE_ANSWER;
import static se.varna.common.Limits.TEXT_ANSWER;
import static se.varna.common.Limits.USERNAME_ANSWER;
import static se.varna.common.Limits.NAME_ANSWER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.Limits;
import se.varna.factor.Factor;
import se.varna.area.AreaDtos.AreaSummary;
import se.varna.factor.FactorDtos.FactorView;
import se.varna.measure.MeasureStatus;

/**
 * The safety-analysis API model. The request records carry their limits as constraints
 * (checked before the service runs, and written into the contract from the same
 * annotations); the response records' bounds are what a partner may size its buffers by,
 * above what any request can store.
 */
public final class SafetyAnalysisDtos {

    private SafetyAnalysisDtos() {
    }

    @Schema(name = "SafetyAnalysisSummary", description = "A safety analysis in a list.",
            requiredProperties = { "id", "area", "date", "title", "factorCount", "highRiskCount", "placeCount",
                    "measureCount", "demo" })
    public record SafetyAnalysisSummary(
            @Schema(minimum = "0") long id,
            AreaSummary area,
            LocalDate date,
            @Schema(maxLength = TITLE_ANSWER) String title,
            @Schema(minimum = "0", description = "Number of assessed factors.") int factorCount,
            @Schema(minimum = "0", description = "Number of risk factors assessed as high.") int highRiskCount,
            @Schema(minimum = "0", description = "Number of places of concern.") int placeCount,
            @Schema(minimum = "0", description = "Number of measures proposed or started.") int measureCount,
            boolean demo) {
    }

    @Schema(name = "SafetyAnalysisPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record SafetyAnalysisPage(
            List<SafetyAnalysisSummary> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }

    @Schema(name = "AssessedFactor", description = "A risk or protective factor as the analysis assesses it.",
            requiredProperties = { "kind", "factor", "level", "trend" })
    public record AssessedFactorView(
            @Schema(enumeration = { "risk", "protective" }, type = SchemaType.STRING) String kind,
            FactorView factor,
            FactorAssessmentLevel level,
            FactorTrend trend,
            @Schema(nullable = true, maxLength = TEXT_ANSWER) String comment) {
    }

    @Schema(name = "PlaceOfConcern", description = "A place that feels unsafe or where problems gather; the point "
            + "(WGS84) is optional.", requiredProperties = { "name" })
    public record PlaceView(
            @Schema(maxLength = TITLE_ANSWER) String name,
            @Schema(nullable = true, maxLength = TEXT_ANSWER) String description,
            @Schema(nullable = true) Double latitude,
            @Schema(nullable = true) Double longitude) {
    }

    @Schema(name = "MeasureRef", description = "A measure named by another resource.",
            requiredProperties = { "id", "title", "status" })
    public record MeasureRef(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = TITLE_ANSWER) String title,
            MeasureStatus status) {
    }

    @Schema(name = "AnalysisMeasure", description = "A measure the analysis proposes or that has started.",
            requiredProperties = { "measure", "stage" })
    public record AnalysisMeasureView(MeasureRef measure, MeasureStage stage) {
    }

    @Schema(name = "SafetyAnalysis", description = "A safety analysis (*trygghetsanalys*) of one district at one date.",
            requiredProperties = { "id", "version", "area", "date", "title", "factors", "placesOfConcern", "measures",
                    "demo", "createdAt", "createdBy", "updatedAt", "updatedBy" })
    public record SafetyAnalysisView(
            @Schema(minimum = "0") long id,
            @Schema(description = "Version for optimistic locking; the `ETag` carries it.") long version,
            AreaSummary area,
            @Schema(description = "The date of the analysis.") LocalDate date,
            @Schema(maxLength = TITLE_ANSWER) String title,
            @Schema(nullable = true, maxLength = TEXT_ANSWER) String summary,
            @Schema(description = "Risk factors first, then protective factors, in the order given.")
            List<AssessedFactorView> factors,
            List<PlaceView> placesOfConcern,
            List<AnalysisMeasureView> measures,
            boolean demo,
            OffsetDateTime createdAt,
            @Schema(maxLength = USERNAME_ANSWER) String createdBy,
            OffsetDateTime updatedAt,
            @Schema(maxLength = USERNAME_ANSWER) String updatedBy) {
    }

    @Schema(name = "AssessedFactorInput", requiredProperties = { "factor", "level", "trend" })
    public record AssessedFactorInput(
            @Schema(description = "Code of a risk or protective factor, e.g. `BROTTSBELASTADE_KAMRATER`.")
            @NotBlank @Size(max = Limits.CODE) String factor,
            @NotNull(message = "{varna.required.level}") FactorAssessmentLevel level,
            @NotNull(message = "{varna.required.trend}") FactorTrend trend,
            @Schema(nullable = true) @Size(max = TEXT_MAX) String comment) {
    }

    @Schema(name = "PlaceOfConcernInput", requiredProperties = { "name" })
    public record PlaceInput(
            @NotBlank @Size(max = TITLE_MAX) String name,
            @Schema(nullable = true) @Size(max = TEXT_MAX) String description,
            @Schema(nullable = true, description = "Both or neither of latitude and longitude.")
            @DecimalMin(value = "-90", message = "{varna.latitude}")
            @DecimalMax(value = "90", message = "{varna.latitude}") Double latitude,
            @Schema(nullable = true)
            @DecimalMin(value = "-180", message = "{varna.longitude}")
            @DecimalMax(value = "180", message = "{varna.longitude}") Double longitude) {
    }

    @Schema(name = "AnalysisMeasureInput", requiredProperties = { "measure", "stage" })
    public record AnalysisMeasureInput(
            @Schema(description = "Id of the measure.") @NotNull Long measure,
            @NotNull(message = "{varna.required.stage}") MeasureStage stage) {
    }

    @Schema(name = "SafetyAnalysisInput", description = "A new or changed safety analysis.",
            requiredProperties = { "area", "date", "title" })
    public record SafetyAnalysisInput(
            @Schema(description = "Code of the district (or other area), e.g. `1980-backby`.")
            @NotBlank @Size(max = Limits.CODE) String area,
            @NotNull LocalDate date,
            @NotBlank @Size(max = TITLE_MAX) String title,
            @Schema(nullable = true) @Size(max = TEXT_MAX) String summary,
            @Schema(description = "Each factor at most once.")
            @Size(max = Limits.ITEMS, message = "{varna.items.max}") List<@NotNull @Valid AssessedFactorInput> factors,
            @Size(max = Limits.ITEMS, message = "{varna.items.max}") List<@NotNull @Valid PlaceInput> placesOfConcern,
            @Schema(description = "Each measure at most once.")
            @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            List<@NotNull @Valid AnalysisMeasureInput> measures) {
    }

    @Schema(name = "SafetyAnalysisHistoryEntry", description = "One change to a safety analysis.",
            requiredProperties = { "id", "changedAt", "changedBy", "action", "version", "changedFields" })
    public record HistoryEntryView(
            @Schema(minimum = "0") long id,
            OffsetDateTime changedAt,
            @Schema(maxLength = USERNAME_ANSWER, description = "Username of whoever made the change.") String changedBy,
            @Schema(nullable = true, maxLength = NAME_ANSWER) String changedByName,
            @Schema(enumeration = { "created", "updated" }, type = SchemaType.STRING) String action,
            @Schema(description = "The analysis's version after the change.") long version,
            @Schema(description = "Names of the fields whose value changed.") List<@jakarta.validation.constraints.Size(max = 200) String> changedFields,
            @Schema(description = "The analysis before the change; null for a creation.",
                    type = SchemaType.OBJECT, nullable = true) Map<String, Object> before,
            @Schema(description = "The analysis after the change.",
                    type = SchemaType.OBJECT, nullable = true) Map<String, Object> after) {
    }

    @Schema(name = "SafetyAnalysisHistoryPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record HistoryPage(
            List<HistoryEntryView> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }

    static String kind(Factor f) {
        return f.kind.name();
    }
}
