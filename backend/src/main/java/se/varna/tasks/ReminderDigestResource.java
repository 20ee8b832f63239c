package se.varna.tasks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.varna.common.Messages;
import se.varna.common.Problem;
import se.varna.common.ProblemMappers;
import se.varna.common.Roles;
import se.varna.tasks.RecipientDirectory.DirectoryUnavailableException;
import se.varna.tasks.TaskDtos.ReminderDigestRun;

/**
 * The coordinator's "send now" of the weekly digest (docs/tasks.md): the same run as Monday's, for
 * this ISO week, so that a run that failed can be repeated at once, and the e2e test can see a
 * digest arrive. Nobody gets a second mail in a week.
 */
@Path("/api/v1/reminder-digest-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class ReminderDigestResource {

    static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";

    @Inject
    ReminderDigest digest;

    @Inject
    TaskClock clock;

    @Inject
    ObjectMapper objectMapper;

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "runReminderDigest", summary = "Send this week's reminder digest now",
            description = "Runs the weekly digest at once: every enabled editor in Keycloak of an organisation with "
                    + "something due, with an e-mail address, who has not turned it off and has not had this ISO "
                    + "week's digest yet, gets it. When Keycloak cannot name the editors, nothing is sent and the "
                    + "answer is 503.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReminderDigestRun.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the coordinator runs the digest.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Keycloak could not name the editors; nothing was sent.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReminderDigestRun runReminderDigest() {
        ReminderDigest.Run run = digest.send(clock.today());
        return new ReminderDigestRun(run.week(), run.sent(), run.recipients());
    }

    @ServerExceptionMapper
    public Response directoryUnavailable(DirectoryUnavailableException e, UriInfo uri) {
        return ProblemMappers.answer(objectMapper, new Problem(Problem.ABOUT_BLANK,
                Messages.text("problem.unavailable.title"), 503, Messages.text("problem.directoryUnavailable.detail"),
                uri.getRequestUri().getPath(), null)).header(HttpHeaders.RETRY_AFTER, "60").build();
    }
}
