package se.varna.organisation;

import jakarta.validation.Valid;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.Limits;
import se.varna.common.PageParams;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.organisation.OrganisationDtos.GovernanceLevelInput;
import se.varna.organisation.OrganisationDtos.OrganisationPage;
import se.varna.organisation.OrganisationDtos.OrganisationView;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {

    public static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";

    @Inject
    OrganisationService organisations;

    @GET
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listOrganisations", summary = "List organisations",
            description = "Organisations ordered by name.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of organisations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationPage.class)))
    public OrganisationPage listOrganisations(@Valid @BeanParam PageParams page) {
        return organisations.listOrganisations(page.toPageRequest());
    }

    @PUT
    @Path("/{code}/governance-level")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "putOrganisationGovernanceLevel", summary = "Set an organisation's governance level",
            description = "The coordinator places an organisation (a forum too) on a level of the policy's "
                    + "organisation, or on none with `null`. Reference data: no version, no history.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GovernanceLevelInput.class)))
    @APIResponse(responseCode = "200", description = "The organisation with its new level",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "No body, or a malformed one.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organisation has the code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A level the policy does not have; `errors` names `level` "
            + "(`urn:varna:problem:governance-level`). Nothing changes.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganisationView putOrganisationGovernanceLevel(
            @PathParam("code") @Size(max = Limits.CODE) String code, GovernanceLevelInput input) {
        return organisations.changeGovernanceLevel(code, input, false);
    }
}
