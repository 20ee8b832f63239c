package se.varna.area;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.area.AreaDtos.AreaTree;
import se.varna.common.Parameters;
import se.varna.common.Problem;
import se.varna.common.Roles;

@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "The municipality and its districts (*stadsdelar*), with population")
public class AreaResource {

    @Inject
    AreaService areas;

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
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AreaTree listAreas(
            @Parameter(name = "year", in = ParameterIn.QUERY, description = "Year of the population figures.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900",
                            maximum = "2100")) @QueryParam("year") String year) {
        return areas.areaTree(Parameters.optionalIntIn("year", year, 1900, 2100));
    }
}
