package se.varna.safetyanalysis;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.factor.Factor;
import se.varna.area.AreaDtos.AreaSummary;
import se.varna.factor.FactorDtos.FactorView;
import se.varna.measure.MeasureStatus;

/** The safety-analysis API model. */
public final class SafetyAnalysisDtos {

    private SafetyAnalysisDtos() {
    }

    @Schema(name = "SafetyAnalysisSummary", description = "A safety analysis in a list.",
            requiredProperties = { "id", "area", "date", "title", "factorCount", "highRiskCount", "placeCount",
                    "measureCount", "demo" })
    public record SafetyAnalysisSummary(
            long id,
            AreaSummary area,
            LocalDate date,
            String title,
            @Schema(description = "Number of assessed factors.") int factorCount,
            @Schema(description = "Number of risk factors assessed as high.") int highRiskCount,
            @Schema(description = "Number of places of concern.") int placeCount,
            @Schema(description = "Number of measures proposed or started.") int measureCount,
            boolean demo) {
    }

    @Schema(name = "SafetyAnalysisPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record SafetyAnalysisPage(List<SafetyAnalysisSummary> items, long total, int limit, int offset) {
    }

    @Schema(name = "AssessedFactor", description = "A risk or protective factor as the analysis assesses it.",
            requiredProperties = { "kind", "factor", "level", "trend" })
    public record AssessedFactorView(
            @Schema(enumeration = { "risk", "protective" }, type = SchemaType.STRING) String kind,
            FactorView factor,
            FactorAssessmentLevel level,
            FactorTrend trend,
            @Schema(nullable = true) String comment) {
    }

    @Schema(name = "PlaceOfConcern", description = "A place that feels unsafe or where problems gather; the point "
            + "(WGS84) is optional.", requiredProperties = { "name" })
    public record PlaceView(
            String name,
            @Schema(nullable = true) String description,
            @Schema(nullable = true) Double latitude,
            @Schema(nullable = true) Double longitude) {
    }

    @Schema(name = "MeasureRef", description = "A measure named by another resource.",
            requiredProperties = { "id", "title", "status" })
    public record MeasureRef(long id, String title, MeasureStatus status) {
    }

    @Schema(name = "AnalysisMeasure", description = "A measure the analysis proposes or that has started.",
            requiredProperties = { "measure", "stage" })
    public record AnalysisMeasureView(MeasureRef measure, MeasureStage stage) {
    }

    @Schema(name = "SafetyAnalysis", description = "A safety analysis (*trygghetsanalys*) of one district at one date.",
            requiredProperties = { "id", "version", "area", "date", "title", "factors", "placesOfConcern", "measures",
                    "demo", "createdAt", "createdBy", "updatedAt", "updatedBy" })
    public record SafetyAnalysisView(
            long id,
            @Schema(description = "Version for optimistic locking; the `ETag` carries it.") long version,
            AreaSummary area,
            @Schema(description = "The date of the analysis.") LocalDate date,
            String title,
            @Schema(nullable = true) String summary,
            @Schema(description = "Risk factors first, then protective factors, in the order given.")
            List<AssessedFactorView> factors,
            List<PlaceView> placesOfConcern,
            List<AnalysisMeasureView> measures,
            boolean demo,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @Schema(name = "AssessedFactorInput", requiredProperties = { "factor", "level", "trend" })
    public record AssessedFactorInput(
            @Schema(description = "Code of a risk or protective factor, e.g. `BROTTSBELASTADE_KAMRATER`.") String factor,
            FactorAssessmentLevel level,
            FactorTrend trend,
            @Schema(nullable = true) String comment) {
    }

    @Schema(name = "PlaceOfConcernInput", requiredProperties = { "name" })
    public record PlaceInput(
            String name,
            @Schema(nullable = true) String description,
            @Schema(nullable = true, description = "Both or neither of latitude and longitude.") Double latitude,
            @Schema(nullable = true) Double longitude) {
    }

    @Schema(name = "AnalysisMeasureInput", requiredProperties = { "measure", "stage" })
    public record AnalysisMeasureInput(
            @Schema(description = "Id of the measure.") Long measure,
            MeasureStage stage) {
    }

    @Schema(name = "SafetyAnalysisInput", description = "A new or changed safety analysis.",
            requiredProperties = { "area", "date", "title" })
    public record SafetyAnalysisInput(
            @Schema(description = "Code of the district (or other area), e.g. `1980-backby`.") String area,
            LocalDate date,
            String title,
            @Schema(nullable = true) String summary,
            @Schema(description = "Each factor at most once.") List<AssessedFactorInput> factors,
            List<PlaceInput> placesOfConcern,
            @Schema(description = "Each measure at most once.") List<AnalysisMeasureInput> measures) {
    }

    @Schema(name = "SafetyAnalysisHistoryEntry", description = "One change to a safety analysis.",
            requiredProperties = { "id", "changedAt", "changedBy", "action", "version", "changedFields" })
    public record HistoryEntryView(
            long id,
            OffsetDateTime changedAt,
            @Schema(description = "Username of whoever made the change.") String changedBy,
            @Schema(nullable = true) String changedByName,
            @Schema(enumeration = { "created", "updated" }, type = SchemaType.STRING) String action,
            @Schema(description = "The analysis's version after the change.") long version,
            @Schema(description = "Names of the fields whose value changed.") List<String> changedFields,
            @Schema(description = "The analysis before the change; null for a creation.",
                    type = SchemaType.OBJECT, nullable = true) Map<String, Object> before,
            @Schema(description = "The analysis after the change.",
                    type = SchemaType.OBJECT, nullable = true) Map<String, Object> after) {
    }

    @Schema(name = "SafetyAnalysisHistoryPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record HistoryPage(List<HistoryEntryView> items, long total, int limit, int offset) {
    }

    static String kind(Factor f) {
        return f.kind.name();
    }
}
