package se.varna.indicator;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.NotFoundProblem;
import se.varna.common.PageParams;
import se.varna.common.Parameters;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.indicator.IndicatorDtos.IndicatorPage;
import se.varna.indicator.IndicatorDtos.IndicatorView;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Indicators that tell where each goal stands (*indikatorer*)")
public class IndicatorResource {

    @Inject
    IndicatorService indicators;

    @GET
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listIndicators", summary = "List indicators",
            description = "Indicators ordered by code; with `goal`, only those that follow that goal, in the order "
                    + "the policy lists them.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IndicatorPage listIndicators(
            @Parameter(name = "goal", in = ParameterIn.QUERY, description = "Id of a goal; only indicators that follow it.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("goal") String goal,
            @BeanParam PageParams page) {
        return indicators.listIndicators(Parameters.optionalId("goal", goal), page.toPageRequest());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getIndicator", summary = "Get an indicator",
            description = "One indicator: its definition, unit, direction, source, frequency, the splits its values "
                    + "support, its owning organisation and the goals it follows.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IndicatorView getIndicator(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        long indicatorId = Parameters.id("id", id);
        return indicators.findIndicatorById(indicatorId).orElseThrow(() -> new NotFoundProblem("indicator", indicatorId));
    }
}
