package se.varna.crimestatistics;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.LocalizedText;
import se.varna.common.imports.ImportReport;
import se.varna.disclosure.Disclosure;

/**
 * The crime-statistics API model.
 */
public final class CrimeDtos {

    private CrimeDtos() {
    }

    @Schema(name = "CrimeCategoryTree", requiredProperties = { "items", "groups" })
    public record CrimeCategoryTree(
            @Schema(description = "The top categories, each with its subcategories, in the police's order.") List<CrimeCategoryView> items,
            @Schema(description = "Composite groups, each defined by a list of categories.") List<CrimeCategoryGroupView> groups) {
    }

    @Schema(name = "CrimeCategory", requiredProperties = { "id", "code", "name", "parentCode", "validFrom", "validTo",
            "children" })
    public record CrimeCategoryView(
            long id,
            @Schema(description = "Stable code, used in imports and queries, e.g. `misshandel`.") String code,
            @Schema(ref = "LocalizedName") LocalizedText name,
            @Schema(description = "The parent category's code; null for a top category.", nullable = true) String parentCode,
            @Schema(description = "First month the category is used, `YYYY-MM`.") String validFrom,
            @Schema(description = "Last month the category is used, `YYYY-MM`; null while in use.", nullable = true) String validTo,
            List<CrimeCategoryView> children) {
    }

    @Schema(name = "CrimeCategoryGroup", requiredProperties = { "id", "code", "name", "description", "sourceReference",
            "members" })
    public record CrimeCategoryGroupView(
            long id,
            @Schema(description = "Stable code, usable wherever a category code is, e.g. `valdsbrott`.") String code,
            @Schema(ref = "LocalizedName") LocalizedText name,
            LocalizedText description,
            @Schema(description = "The definition it follows, e.g. Kolada's KPI `N07403`.", nullable = true) String sourceReference,
            @Schema(description = "Codes of the categories it counts (with their descendants).") List<String> members) {
    }

    @Schema(name = "CrimeStatistics", requiredProperties = { "from", "to", "measure", "groupBy", "exact", "threshold",
            "demo", "areas", "categories", "cells" })
    public record CrimeStatistics(
            @Schema(description = "First month, `YYYY-MM`.") String from,
            @Schema(description = "Last month, `YYYY-MM`.") String to,
            @Schema(enumeration = { "count", "ratePer1000", "ratePer100k" }) String measure,
            List<CrimeStatisticsDimension> groupBy,
            @Schema(description = "True when every figure of the answer is exact (as it is for viewers, editors and "
                    + "coordinators, and for a partner whose own organisation delivered all of them); false when some "
                    + "are perturbed or suppressed.") boolean exact,
            @Schema(description = "A published count above 0 and below it is suppressed (\"fewer than 3\") for callers "
                    + "without exact figures.") int threshold,
            @Schema(description = "True when any figure in the answer's months is demo data, not the police's statistics.") boolean demo,
            @Schema(description = "The areas the answer covers, with names.") List<CrimeStatisticsArea> areas,
            @Schema(description = "The categories and groups the answer covers, with names.") List<CrimeStatisticsCategory> categories,
            @Schema(description = "One cell per combination of the `groupBy` dimensions with its values.") List<CrimeStatisticsCell> cells) {
    }

    @Schema(name = "CrimeStatisticsArea", requiredProperties = { "code", "name", "parentCode" })
    public record CrimeStatisticsArea(String code, String name, @Schema(nullable = true) String parentCode) {
    }

    @Schema(name = "CrimeStatisticsCategory", requiredProperties = { "code", "name", "group" })
    public record CrimeStatisticsCategory(String code, @Schema(ref = "LocalizedName") LocalizedText name,
            @Schema(description = "True for a composite group.") boolean group) {
    }

    @Schema(name = "CrimeStatisticsCell", requiredProperties = { "area", "category", "period", "sex", "ageGroup",
            "count", "value", "disclosure", "suppressed", "suppressionReason", "population", "populationYear",
            "previous", "yearEarlier" })
    public record CrimeStatisticsCell(
            @Schema(description = "Area code; null when not split by area.", nullable = true) String area,
            @Schema(description = "Category or group code; null when not split by category.", nullable = true) String category,
            @Schema(description = "`2024`, `2024-H1`, `2024-Q3` or `2024-05`; null when not split by time.", nullable = true) String period,
            @Schema(description = "`female`, `male` or `total`; null when not split by sex.", nullable = true) String sex,
            @Schema(description = "Age-group code or `total`; null when not split by age group.", nullable = true) String ageGroup,
            @Schema(description = "Reported crimes, exact or perturbed as `disclosure` says; null when suppressed.", nullable = true) Long count,
            @Schema(description = "The figure in the answer's measure, a rate computed from the published count; null "
                    + "when suppressed.", nullable = true, format = "double") Double value,
            Disclosure disclosure,
            @Schema(description = "True when `disclosure` is `suppressed`.") boolean suppressed,
            @Schema(description = "Why the figure is suppressed; null when it is not.", nullable = true) CrimeSuppressionReason suppressionReason,
            @Schema(description = "The population a rate is computed from; null for counts.", nullable = true) Long population,
            @Schema(description = "The year of that population; null for counts.", nullable = true) Integer populationYear,
            @Schema(description = "The previous period's figure.", nullable = true) CrimeFigure previous,
            @Schema(description = "The same period a year earlier.", nullable = true) CrimeFigure yearEarlier) {
    }

    @Schema(name = "CrimeFigure", requiredProperties = { "period", "count", "value", "disclosure", "suppressed",
            "suppressionReason" })
    public record CrimeFigure(
            @Schema(description = "The period compared.") String period,
            @Schema(nullable = true) Long count,
            @Schema(nullable = true, format = "double") Double value,
            Disclosure disclosure,
            boolean suppressed,
            @Schema(nullable = true) CrimeSuppressionReason suppressionReason) {
    }

    @Schema(name = "CrimeStatisticsImport", requiredProperties = { "id", "state", "source", "dryRun", "mode",
            "createdBy", "createdAt", "startedAt", "finishedAt", "rowsExpected", "rowsRead", "progress", "months",
            "report", "detail" })
    public record CrimeStatisticsImport(
            long id,
            CrimeStatisticsImportState state,
            @Schema(description = "Organisation code of the figures' source, e.g. `polisen`.") String source,
            boolean dryRun,
            @Schema(enumeration = { "all-or-nothing", "skip-invalid" }) String mode,
            @Schema(description = "User name of the caller who started the import.") String createdBy,
            OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime startedAt,
            @Schema(nullable = true) OffsetDateTime finishedAt,
            @Schema(description = "Data rows in the file, counted when it was received.") int rowsExpected,
            @Schema(description = "Rows read and validated so far.") int rowsRead,
            @Schema(description = "How far the job is, from 0 to 1.", type = SchemaType.NUMBER, format = "double") double progress,
            @Schema(description = "The months (`YYYY-MM`) whose figures the import replaces.") List<String> months,
            @Schema(description = "What the import did; null until it has finished reading the file.", nullable = true) ImportReport report,
            @Schema(description = "Why the job was rejected or failed, for a person.", nullable = true) String detail) {
    }

    @Schema(name = "CrimeStatisticsImportPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record CrimeStatisticsImportPage(List<CrimeStatisticsImport> items, long total, int limit, int offset) {
    }
}
