package se.varna.area;

import java.io.InputStream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.caching.CachedAnswer;
import se.varna.area.AreaDtos.AreaTree;
import se.varna.area.BoundaryDtos.BoundaryCollection;
import se.varna.area.BoundaryDtos.BoundaryFeature;
import se.varna.area.BoundaryDtos.Geometry;
import se.varna.area.BoundaryDtos.ImportReport;
import se.varna.area.BoundaryDtos.InputFeature;
import se.varna.area.BoundaryDtos.Upload;
import se.varna.common.Limits;
import se.varna.common.Problem;
import se.varna.common.Roles;

@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas")
public class AreaResource {

    private static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";
    /** The longest `parent` code of a boundary listing (the contract's maxLength; area codes are at most 64). */
    static final int PARENT_MAX = 64;
    /** The years population figures may be asked for. */
    static final int YEAR_MIN = 1900;
    static final int YEAR_MAX = 2100;

    @Inject
    AreaService areas;

    @Inject
    BoundaryService boundaries;

    @GET
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listAreas", summary = "The area hierarchy with population",
            description = "The municipality with its districts as children. Each area carries its population for "
                    + "one year, by sex and age group; a parent's population is the sum of its children's. "
                    + "Without `year`, the latest year with population figures.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The area tree",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaTree.class)))
    @CachedAnswer
    public AreaTree listAreas(
            @Parameter(name = "year", in = ParameterIn.QUERY, description = "Year of the population figures.")
            @Min(value = YEAR_MIN, message = "{varna.year}") @Max(value = YEAR_MAX, message = "{varna.year}")
            @QueryParam("year") Integer year) {
        return areas.areaTree(year);
    }

    @GET
    @Path("/boundaries")
    @Produces({ BoundaryDtos.GEO_JSON, MediaType.APPLICATION_JSON })
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listAreaBoundaries", summary = "The boundaries of an area's children, as GeoJSON",
            description = "A GeoJSON FeatureCollection with one Feature per child area of `parent` (for `1980`: "
                    + "Västerås' districts and localities), in the order `GET /api/v1/areas` lists them. "
                    + "`properties.demo` is true for a schematic demo boundary, which is not the area's real "
                    + "border. An area without a boundary is still listed, with `geometry: null` (a GeoJSON "
                    + "Feature without location), so a map can say which areas it cannot draw.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The child areas' boundaries", content = {
            @Content(mediaType = BoundaryDtos.GEO_JSON, schema = @Schema(implementation = BoundaryCollection.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoundaryCollection.class)) })
    @APIResponse(responseCode = "404", description = "No area has the code `parent`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @CachedAnswer
    public BoundaryCollection listAreaBoundaries(
            @Parameter(name = "parent", in = ParameterIn.QUERY, required = true,
                    description = "Code of the area whose children are answered, e.g. `1980`.",
                    // @NotBlank alone shows as `pattern: \S`; the contract has always said minLength 1 too.
                    schema = @Schema(type = SchemaType.STRING, minLength = 1))
            @NotBlank(message = "{varna.area.parent}") @Size(max = PARENT_MAX) @QueryParam("parent") String parent) {
        return boundaries.childBoundaries(parent.trim());
    }

    @PUT
    @Path("/boundaries")
    @Consumes({ MediaType.APPLICATION_JSON, BoundaryDtos.GEO_JSON })
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replaceAreaBoundaries", summary = "Load many areas' boundaries from one GeoJSON file",
            description = "A GeoJSON FeatureCollection (at most 20 MB and 1000 features) with one Feature per "
                    + "area, matched by `properties.code`; each geometry a Polygon or MultiPolygon in WGS 84 "
                    + "(longitude, latitude) within Sweden, every ring closed with at least 4 positions. All or "
                    + "nothing: when any feature is invalid, no boundary is stored and the 422 problem lists "
                    + "every error with the feature's position (`row`, counting from 1) and JSON path "
                    + "(`field`, e.g. `features[2].geometry.coordinates[0]`). Stored boundaries are real "
                    + "(`demo: false`); areas the file does not name keep theirs.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Upload.class)),
            @Content(mediaType = BoundaryDtos.GEO_JSON, schema = @Schema(implementation = Upload.class)) })
    @APIResponse(responseCode = "200", description = "What was stored, feature by feature",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The body is not a GeoJSON FeatureCollection of features; "
            + "`errors` names the member.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "FileTooLarge")
    @APIResponse(responseCode = "422", ref = "ImportRejected")
    public ImportReport replaceAreaBoundaries(
            @Parameter(name = "dryRun", in = ParameterIn.QUERY, description = "Validate and report only; store nothing.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("dryRun") boolean dryRun,
            InputStream body) {
        return boundaries.replaceBoundaries(body, dryRun);
    }

    @PUT
    @Path("/{code}/boundary")
    @Consumes({ MediaType.APPLICATION_JSON, BoundaryDtos.GEO_JSON })
    @Produces({ BoundaryDtos.GEO_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replaceAreaBoundary", summary = "Replace one area's boundary",
            description = "The body is a GeoJSON Polygon or MultiPolygon geometry, or a Feature with one (whose "
                    + "`properties.code`, when given, must be the path's code), at most 2 MB: WGS 84 "
                    + "(longitude, latitude) within Sweden, every ring closed with at least 4 positions. The "
                    + "boundary becomes real (`demo: false`). Answers the area as a Feature.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = { Geometry.class, InputFeature.class })),
            @Content(mediaType = BoundaryDtos.GEO_JSON, schema = @Schema(oneOf = { Geometry.class, InputFeature.class })) })
    @APIResponse(responseCode = "200", description = "The area with its new boundary", content = {
            @Content(mediaType = BoundaryDtos.GEO_JSON, schema = @Schema(implementation = BoundaryFeature.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoundaryFeature.class)) })
    @APIResponse(responseCode = "400", description = "The geometry is not valid; `errors` names each wrong member "
            + "by its JSON path, e.g. `coordinates[0][3]` or `geometry.type`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", description = "The body is larger than 2 MB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BoundaryFeature replaceAreaBoundary(
            @Parameter(name = "code", in = ParameterIn.PATH, description = "The area's code, e.g. `1980-centrum`.")
            @Size(max = Limits.CODE) @PathParam("code") String code,
            InputStream body) {
        return boundaries.replaceBoundary(code, body);
    }

    @DELETE
    @Path("/{code}/boundary")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "deleteAreaBoundary", summary = "Remove one area's boundary",
            description = "The area keeps its figures; maps list it without a boundary. Removing a boundary "
                    + "that is not there also answers 204.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "204", description = "The area has no boundary")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void deleteAreaBoundary(
            @Parameter(name = "code", in = ParameterIn.PATH, description = "The area's code, e.g. `1980-centrum`.")
            @Size(max = Limits.CODE) @PathParam("code") String code) {
        boundaries.removeBoundary(code);
    }
}
