package se.varna.population;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.Limits;

/**
 * The population API model: what is loaded per year, and the DeSO → district mapping.
 */
public final class PopulationDtos {

    private PopulationDtos() {
    }

    @Schema(name = "PopulationYear", description = "The population figures of one year.",
            requiredProperties = { "year", "total", "areas", "demo" })
    public record PopulationYear(
            @Schema(minimum = "1900", maximum = "2100") int year,
            @Schema(description = "Inhabitants of the municipality.", minimum = "0") long total,
            @Schema(description = "Districts and localities with figures.", minimum = "0") int areas,
            @Schema(description = "True while the year's figures are demo figures, false once imported.") boolean demo) {
    }

    @Schema(name = "PopulationOverview", requiredProperties = { "years", "mappedRegions" })
    public record PopulationOverview(
            @Schema(description = "Every year with figures, oldest first. A rate of a year without figures uses the "
                    + "latest earlier year's (the answer's `populationYear` says which).", maxItems = 1000)
            List<PopulationYear> years,
            @Schema(description = "SCB regions (DeSO) mapped to districts.", minimum = "0") int mappedRegions) {
    }

    @Schema(name = "PopulationAreaMappingEntry", requiredProperties = { "region", "district", "districtName" })
    public record MappingEntry(
            @Schema(description = "SCB's region code, e.g. a DeSO code.", maxLength = Limits.CODE) String region,
            @Schema(description = "The district's (or locality's) code.", maxLength = Limits.CODE) String district,
            @Schema(maxLength = 500) String districtName) {
    }

    @Schema(name = "PopulationAreaMapping", requiredProperties = { "items" })
    public record Mapping(@Schema(maxItems = 100_000) List<MappingEntry> items) {
    }
}
