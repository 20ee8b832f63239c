package se.varna.factor;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.PageParams;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.factor.FactorDtos.FactorInput;
import se.varna.factor.FactorDtos.FactorPage;
import se.varna.factor.FactorDtos.FactorView;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Factors")
public class FactorResource {

    static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";

    @Inject
    FactorService factors;

    @GET
    @Path("/risk-factors")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listRiskFactors", summary = "List risk factors",
            description = "Risk factors for crime on the individual, social and structural levels, in the order "
                    + "the policy lists them.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of risk factors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FactorPage.class)))
    public FactorPage listRiskFactors(@Valid @BeanParam PageParams page) {
        return factors.listFactors(Factor.Kind.risk, page.toPageRequest());
    }

    @POST
    @Path("/risk-factors")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "createRiskFactor", summary = "Add a risk factor",
            description = "Adds a risk factor at the end of the list. Only the coordinator keeps the taxonomy.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FactorInput.class)))
    @APIResponse(responseCode = "201", description = "The new risk factor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FactorView.class)))
    @APIResponse(responseCode = "400", description = "The factor is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createRiskFactor(@Valid FactorInput input) {
        FactorView created = factors.createFactor(Factor.Kind.risk, input);
        return Response.created(URI.create("/api/v1/risk-factors")).entity(created).build();
    }

    @GET
    @Path("/protective-factors")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listProtectiveFactors", summary = "List protective factors",
            description = "Protective factors against crime on the individual, social and structural levels, in the "
                    + "order the policy lists them.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of protective factors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FactorPage.class)))
    public FactorPage listProtectiveFactors(@Valid @BeanParam PageParams page) {
        return factors.listFactors(Factor.Kind.protective, page.toPageRequest());
    }

    @POST
    @Path("/protective-factors")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "createProtectiveFactor", summary = "Add a protective factor",
            description = "Adds a protective factor at the end of the list. Only the coordinator keeps the taxonomy.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FactorInput.class)))
    @APIResponse(responseCode = "201", description = "The new protective factor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FactorView.class)))
    @APIResponse(responseCode = "400", description = "The factor is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createProtectiveFactor(@Valid FactorInput input) {
        FactorView created = factors.createFactor(Factor.Kind.protective, input);
        return Response.created(URI.create("/api/v1/protective-factors")).entity(created).build();
    }
}
