package se.varna.tasks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.Parameters;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.tasks.TaskDtos.IndicatorDueRule;
import se.varna.tasks.TaskDtos.IndicatorDueRuleInput;

/** The caller's to-dos, their reminder settings, and the indicators' publication lags (docs/tasks.md). */
/** The publication lag of an indicator and when its next value is due (docs/tasks.md). */
@Path("/api/v1/indicators/{id}/due-rule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class IndicatorDueRuleResource {

    static final String X_ROLES_SIGNED_IN = "[\"viewer\",\"partner\",\"editor\",\"coordinator\"]";
    static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";

    @Inject
    IndicatorDueRules dueRules;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "getIndicatorDueRule", summary = "When an indicator's next value is due",
            description = "The indicator's publication lag, its next period without a value and the day that value "
                    + "is due (the end of the month the lag after the period ends).")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IndicatorDueRule.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token carries none of Värna's roles.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such indicator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IndicatorDueRule getIndicatorDueRule(@Parameter(name = "id", in = ParameterIn.PATH, required = true,
            schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        return dueRules.get(Parameters.id("id", id));
    }

    @PUT
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replaceIndicatorDueRule", summary = "Set an indicator's publication lag",
            description = "How many months after a period's end its value is due, e.g. 3 for a school survey "
                    + "published three months after the half-year.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorDueRuleInput.class)))
    @APIResponse(responseCode = "200", description = "The rule after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IndicatorDueRule.class)))
    @APIResponse(responseCode = "400", description = "`publicationLagMonths` is missing or not 0–24.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the coordinator sets publication lags.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such indicator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IndicatorDueRule replaceIndicatorDueRule(@Parameter(name = "id", in = ParameterIn.PATH, required = true,
            schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @NotNull @Valid IndicatorDueRuleInput input) {
        return dueRules.set(Parameters.id("id", id), input);
    }
}
