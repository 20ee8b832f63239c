package se.varna.crimestatistics;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Size;

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
            @Schema(minimum = "0") long id,
            @Schema(description = "Stable code, used in imports and queries, e.g. `misshandel`.", maxLength = 200) String code,
            @Schema(ref = "LocalizedName") LocalizedText name,
            @Schema(description = "The parent category's code; null for a top category.", nullable = true, maxLength = 200) String parentCode,
            @Schema(description = "First month the category is used, `YYYY-MM`.", maxLength = 200) String validFrom,
            @Schema(description = "Last month the category is used, `YYYY-MM`; null while in use.", nullable = true,
                    maxLength = 200) String validTo,
            List<CrimeCategoryView> children) {
    }

    @Schema(name = "CrimeCategoryGroup", requiredProperties = { "id", "code", "name", "description", "sourceReference",
            "members" })
    public record CrimeCategoryGroupView(
            @Schema(minimum = "0") long id,
            @Schema(description = "Stable code, usable wherever a category code is, e.g. `valdsbrott`.", maxLength = 200) String code,
            @Schema(ref = "LocalizedName") LocalizedText name,
            LocalizedText description,
            @Schema(description = "The definition it follows, e.g. Kolada's KPI `N07403`.", nullable = true,
                    maxLength = 200) String sourceReference,
            @Schema(description = "Codes of the categories it counts (with their descendants).") List<@Size(max = 2000) String> members) {
    }

    @Schema(name = "CrimeStatistics", requiredProperties = { "from", "to", "measure", "groupBy", "exact", "threshold",
            "demo", "areas", "categories", "cells" })
    public record CrimeStatistics(
            @Schema(description = "First month, `YYYY-MM`.", maxLength = 200) String from,
            @Schema(description = "Last month, `YYYY-MM`.", maxLength = 200) String to,
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
            @Schema(description = "One cell per combination of the `groupBy` dimensions with its values.",
                    maxItems = 1_000_000) List<CrimeStatisticsCell> cells) {
    }

    @Schema(name = "CrimeStatisticsArea", requiredProperties = { "code", "name", "parentCode" })
    public record CrimeStatisticsArea(@Schema(maxLength = 200) String code, @Schema(maxLength = 500) String name,
            @Schema(nullable = true, maxLength = 200) String parentCode) {
    }

    @Schema(name = "CrimeStatisticsCategory", requiredProperties = { "code", "name", "group" })
    public record CrimeStatisticsCategory(@Schema(maxLength = 200) String code, @Schema(ref = "LocalizedName") LocalizedText name,
            @Schema(description = "True for a composite group.") boolean group) {
    }

    @Schema(name = "CrimeStatisticsCell", requiredProperties = { "area", "category", "period", "sex", "ageGroup",
            "count", "value", "disclosure", "suppressed", "suppressionReason", "population", "populationYear",
            "previous", "yearEarlier" })
    public record CrimeStatisticsCell(
            @Schema(description = "Area code; null when not split by area.", nullable = true, maxLength = 200) String area,
            @Schema(description = "Category or group code; null when not split by category.", nullable = true, maxLength = 200) String category,
            @Schema(description = "`2024`, `2024-H1`, `2024-Q3` or `2024-05`; null when not split by time.", nullable = true, maxLength = 200) String period,
            @Schema(description = "`female`, `male`, `notRecorded` (crimes delivered without the victim's sex, "
                    + "*uppgift saknas*) or `all` (the real total: the three together); null when not split by sex. "
                    + "`total` is the deprecated name of `notRecorded`, answered only for `unsplit=total`.",
                    nullable = true, maxLength = 200) String sex,
            @Schema(description = "Age-group code, `notRecorded` (delivered without an age) or `all` (the real "
                    + "total); null when not split by age group. `total` is the deprecated name of `notRecorded`, "
                    + "answered only for `unsplit=total`.", nullable = true, maxLength = 200) String ageGroup,
            @Schema(description = "Reported crimes, exact or perturbed as `disclosure` says; null when suppressed.", nullable = true,
                    minimum = "0") Long count,
            @Schema(description = "The figure in the answer's measure, a rate computed from the published count; null "
                    + "when suppressed.", nullable = true, format = "double") Double value,
            Disclosure disclosure,
            @Schema(description = "True when `disclosure` is `suppressed`.") boolean suppressed,
            @Schema(description = "Why the figure is suppressed; null when it is not.", nullable = true) CrimeSuppressionReason suppressionReason,
            @Schema(description = "The population a rate is computed from; null for counts.", nullable = true,
                    minimum = "0") Long population,
            @Schema(description = "The year of that population; null for counts.", nullable = true, minimum = "1900",
                    maximum = "2100") Integer populationYear,
            @Schema(description = "The previous period's figure.", nullable = true) CrimeFigure previous,
            @Schema(description = "The same period a year earlier.", nullable = true) CrimeFigure yearEarlier) {
    }

    @Schema(name = "CrimeFigure", requiredProperties = { "period", "count", "value", "disclosure", "suppressed",
            "suppressionReason" })
    public record CrimeFigure(
            @Schema(description = "The period compared.", maxLength = 200) String period,
            @Schema(nullable = true, minimum = "0") Long count,
            @Schema(nullable = true, format = "double") Double value,
            Disclosure disclosure,
            boolean suppressed,
            @Schema(nullable = true) CrimeSuppressionReason suppressionReason) {
    }

    @Schema(name = "CrimeStatisticsImport", requiredProperties = { "id", "state", "source", "dryRun", "mode",
            "createdBy", "createdAt", "startedAt", "finishedAt", "rowsExpected", "rowsRead", "progress", "months",
            "report", "detail" })
    public record CrimeStatisticsImport(
            @Schema(minimum = "0") long id,
            CrimeStatisticsImportState state,
            @Schema(description = "Organisation code of the figures' source, e.g. `polisen`.", maxLength = 200) String source,
            boolean dryRun,
            @Schema(enumeration = { "all-or-nothing", "skip-invalid" }) String mode,
            @Schema(description = "User name of the caller who started the import.", maxLength = 2000) String createdBy,
            OffsetDateTime createdAt,
            @Schema(nullable = true, maxLength = 40) OffsetDateTime startedAt,
            @Schema(nullable = true, maxLength = 40) OffsetDateTime finishedAt,
            @Schema(description = "Data rows in the file, counted when it was received.", minimum = "0") int rowsExpected,
            @Schema(description = "Rows read and validated so far.", minimum = "0") int rowsRead,
            @Schema(description = "How far the job is, from 0 to 1.", type = SchemaType.NUMBER, format = "double") double progress,
            @Schema(description = "The months (`YYYY-MM`) whose figures the import replaces.",
                    maxItems = 13_200) List<@Size(max = 2000) String> months,
            @Schema(description = "What the import did; null until it has finished reading the file.", nullable = true) ImportReport report,
            @Schema(description = "Why the job was rejected or failed, for a person.", nullable = true,
                    maxLength = 20_000) String detail) {
    }

    @Schema(name = "CrimeStatisticsImportPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record CrimeStatisticsImportPage(List<CrimeStatisticsImport> items, @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit, @Schema(minimum = "0") int offset) {
    }
}
