package se.varna.area;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.Limits;

/**
 * The API model of area boundaries: GeoJSON (RFC 7946) feature collections whose features
 * are areas. The upload records ({@link Upload}, {@link InputFeature}, {@link InputProperties})
 * only describe the body: {@link BoundaryService} reads it node by node, because an invalid
 * feature is reported with every other one in a 422 (all or nothing), not as a 400 of bean
 * validation. Their limits are therefore {@code @Schema} here and checked there.
 */
public final class BoundaryDtos {

    public static final String GEO_JSON = "application/geo+json";

    private BoundaryDtos() {
    }

    @Schema(name = "AreaBoundaryCollection", description = "A GeoJSON FeatureCollection: one feature per area.",
            requiredProperties = { "type", "features" })
    public record BoundaryCollection(
            @Schema(enumeration = { "FeatureCollection" }) String type,
            @Schema(description = "The areas in the same order as `GET /api/v1/areas` lists them.",
                    maxItems = 1_000_000) List<BoundaryFeature> features) {

        public BoundaryCollection(List<BoundaryFeature> features) {
            this("FeatureCollection", features);
        }
    }

    @Schema(name = "AreaBoundaryFeature", description = "A GeoJSON Feature: one area and its boundary.",
            requiredProperties = { "type", "id", "properties", "geometry" })
    public record BoundaryFeature(
            @Schema(enumeration = { "Feature" }) String type,
            @Schema(description = "The area's code, as in `properties.code`.", maxLength = 200) String id,
            BoundaryProperties properties,
            @Schema(nullable = true, description = "The boundary; null when the area has none yet.") Geometry geometry) {

        public BoundaryFeature(String id, BoundaryProperties properties, Geometry geometry) {
            this("Feature", id, properties, geometry);
        }
    }

    @Schema(name = "AreaBoundaryProperties", requiredProperties = { "code", "name", "type", "demo" })
    public record BoundaryProperties(
            @Schema(description = "Area code, e.g. `1980-centrum`.", maxLength = 200) String code,
            @Schema(maxLength = 500) String name,
            @Schema(enumeration = { "municipality", "district", "locality" }) AreaType type,
            @Schema(description = "True for a schematic demo boundary, not the area's real border; false for a "
                    + "boundary the coordinator loaded, and for an area without boundary.") boolean demo) {
    }

    @Schema(name = "GeoJsonGeometry", description = "A GeoJSON Polygon or MultiPolygon in WGS 84: positions are "
            + "[longitude, latitude]; every ring is closed (its last position repeats its first) and has at least "
            + "4 positions; exterior rings counter-clockwise, holes clockwise (RFC 7946).",
            requiredProperties = { "type", "coordinates" })
    public record Geometry(
            @Schema(enumeration = { "Polygon", "MultiPolygon" }) String type,
            @Schema(type = SchemaType.ARRAY, implementation = Object.class, description = "Polygon: an array of rings, the first the exterior; "
                    + "MultiPolygon: an array of polygons.", maxItems = 1_000_000) Object coordinates) {
    }

    @Schema(name = "AreaBoundaryInputFeature", description = "A GeoJSON Feature carrying an area's boundary; "
            + "`properties.code` names the area.", requiredProperties = { "type", "properties", "geometry" })
    public record InputFeature(
            @Schema(enumeration = { "Feature" }) String type,
            InputProperties properties,
            Geometry geometry) {
    }

    @Schema(name = "AreaBoundaryInputProperties", description = "Other properties are ignored.",
            requiredProperties = { "code" })
    public record InputProperties(
            @Schema(description = "The area's code, e.g. `1980-centrum`.", maxLength = Limits.CODE) String code) {
    }

    @Schema(name = "AreaBoundaryUpload", description = "A GeoJSON FeatureCollection of boundaries, one feature per "
            + "area, matched by `properties.code`.", requiredProperties = { "type", "features" })
    public record Upload(
            @Schema(enumeration = { "FeatureCollection" }) String type,
            @Schema(maxItems = BoundaryService.MAX_FEATURES) List<InputFeature> features) {
    }

    @Schema(name = "AreaBoundaryImportReport", description = "What an upload of boundaries did, feature by feature.",
            requiredProperties = { "dryRun", "featuresRead", "areasStored", "areasUnchanged", "items" })
    public record ImportReport(
            @Schema(description = "True when nothing was stored because the upload was a dry run.") boolean dryRun,
            @Schema(description = "Features in the file.") int featuresRead,
            @Schema(description = "Areas whose boundary was new or changed (0 on a dry run).") int areasStored,
            @Schema(description = "Areas that already had exactly this real boundary.") int areasUnchanged,
            @Schema(description = "One item per feature, in the file's order.") List<ImportItem> items) {
    }

    @Schema(name = "AreaBoundaryImportItem", requiredProperties = { "row", "code", "name", "result", "replacedDemo" })
    public record ImportItem(
            @Schema(description = "The feature's position in `features`, counting from 1.", minimum = "1") int row,
            @Schema(maxLength = 200) String code,
            @Schema(maxLength = 500) String name,
            @Schema(description = "`stored`: the boundary is new or changed (on a dry run: would be); "
                    + "`unchanged`: the area already had this real boundary.", enumeration = { "stored",
                            "unchanged" }) String result,
            @Schema(description = "True when it replaces a schematic demo boundary.") boolean replacedDemo) {
    }
}
