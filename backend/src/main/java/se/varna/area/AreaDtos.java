package se.varna.area;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The area API model.
 */
public final class AreaDtos {

    private AreaDtos() {
    }

    @Schema(name = "AreaTree", requiredProperties = { "year", "years", "items" })
    public record AreaTree(
            @Schema(description = "The year of the population figures; null when there are none.", nullable = true,
                    minimum = "1900", maximum = "2100") Integer year,
            // The items' bounds are type-use constraints: @Schema cannot annotate a list's item type.
            @Schema(description = "Every year that has population figures, oldest first.") List<@Min(1900) @Max(2100) Integer> years,
            @Schema(description = "The top areas (the municipality), each with its children.") List<AreaView> items) {
    }

    @Schema(name = "Area", requiredProperties = { "id", "code", "name", "type", "children" })
    public record AreaView(
            @Schema(minimum = "0") long id,
            @Schema(description = "Area code; the municipality's is its official code, e.g. `1980`.", maxLength = 200) String code,
            @Schema(maxLength = 500) String name,
            @Schema(enumeration = { "municipality", "district", "locality" }) AreaType type,
            @Schema(nullable = true, minimum = "0") Long parentId,
            @Schema(description = "Population in the answer's year; null when unknown.", nullable = true) PopulationView population,
            List<AreaView> children) {
    }

    @Schema(name = "Population", requiredProperties = { "total", "female", "male", "demo", "ageGroups" })
    public record PopulationView(
            @Schema(minimum = "0") long total,
            long female,
            long male,
            @Schema(description = "True when any figure behind it is demo data, not official statistics.") boolean demo,
            List<AgeGroupPopulation> ageGroups) {
    }

    @Schema(name = "AgeGroupPopulation", requiredProperties = { "ageGroup", "total", "female", "male" })
    public record AgeGroupPopulation(
            @Schema(description = "Age band, e.g. `15-17` or `65plus`.", maxLength = 200) String ageGroup,
            @Schema(minimum = "0") long total,
            long female,
            long male) {
    }

    @Schema(name = "AreaSummary", requiredProperties = { "id", "code", "name" })
    public record AreaSummary(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = 200) String code,
            @Schema(maxLength = 500) String name) {

        public static AreaSummary of(Area a) {
            return new AreaSummary(a.id, a.code, a.name);
        }
    }
}
