package se.varna.me;

import java.util.List;

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

import io.quarkus.security.Authenticated;
import se.varna.tasks.KnownUsers;
import se.varna.common.CurrentCaller;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.me.MeDtos.Me;
import se.varna.organisation.OrganisationService;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    OrganisationService organisations;

    @Inject
    KnownUsers knownUsers;

    @GET
    @Authenticated
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_AUTHENTICATED, parseValue = true),
            operationId = "getMe", summary = "Who the caller is",
            description = "The user or partner client behind the token, its roles and organisation.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    public Me getMe() {
        // the web app asks at every sign-in: whom the weekly digest can reach (docs/tasks.md)
        knownUsers.record();
        return new Me(caller.username(), caller.name().orElse(null), caller.email().orElse(null),
                List.copyOf(caller.roles()),
                caller.organisationCode().flatMap(organisations::findOrganisationByCode).orElse(null),
                caller.isServiceAccount());
    }
}
