package se.varna.area;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The area API model.
 */
public final class AreaDtos {

    private AreaDtos() {
    }

    @Schema(name = "AreaTree", requiredProperties = { "year", "years", "items" })
    public record AreaTree(
            @Schema(description = "The year of the population figures; null when there are none.", nullable = true) Integer year,
            @Schema(description = "Every year that has population figures, oldest first.") List<Integer> years,
            @Schema(description = "The top areas (the municipality), each with its children.") List<AreaView> items) {
    }

    @Schema(name = "Area", requiredProperties = { "id", "code", "name", "type", "children" })
    public record AreaView(
            long id,
            @Schema(description = "Area code; the municipality's is its official code, e.g. `1980`.") String code,
            String name,
            @Schema(enumeration = { "municipality", "district", "locality" }) AreaType type,
            @Schema(nullable = true) Long parentId,
            @Schema(description = "Population in the answer's year; null when unknown.", nullable = true) PopulationView population,
            List<AreaView> children) {
    }

    @Schema(name = "Population", requiredProperties = { "total", "female", "male", "demo", "ageGroups" })
    public record PopulationView(
            long total,
            long female,
            long male,
            @Schema(description = "True when any figure behind it is demo data, not official statistics.") boolean demo,
            List<AgeGroupPopulation> ageGroups) {
    }

    @Schema(name = "AgeGroupPopulation", requiredProperties = { "ageGroup", "total", "female", "male" })
    public record AgeGroupPopulation(
            @Schema(description = "Age band, e.g. `15-17` or `65plus`.") String ageGroup,
            long total,
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
