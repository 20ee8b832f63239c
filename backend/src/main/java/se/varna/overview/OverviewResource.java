package se.varna.overview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.Roles;
import se.varna.overview.OverviewDtos.Overview;

@Path("/api/v1/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overview")
public class OverviewResource {

    static final String X_ROLES_SIGNED_IN = "[\"viewer\",\"partner\",\"editor\",\"coordinator\"]";

    @Inject
    OverviewService overview;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "getOverview", summary = "Where things stand at a glance",
            description = "The start page in one request: per goal of the policy in force its indicators' status "
                    + "counts with the worst named, the trend of its crime group and the measures needing a "
                    + "follow-up; for the municipality the next status report's deadline and state, the adopted "
                    + "action plan's gaps (viewers, editors, coordinator) and the imports that failed (partners, "
                    + "coordinator). Each count is what the operation named in its field answers the same caller; "
                    + "figures are published for the caller as those operations publish them.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Overview getOverview() {
        return overview.overview();
    }
}
