package se.varna.policy;

import jakarta.validation.Valid;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.PageParams;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.policy.PolicyDtos.PolicyPage;

@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policies")
public class PolicyResource {

    @Inject
    PolicyService policies;

    @GET
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listPolicies", summary = "List policies", description = "Policy versions, newest period first.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of policies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyPage.class)))
    public PolicyPage listPolicies(@Valid @BeanParam PageParams page) {
        return policies.listPolicies(page.toPageRequest());
    }
}
