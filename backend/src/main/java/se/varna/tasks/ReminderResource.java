package se.varna.tasks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.tasks.TaskDtos.ReminderSettings;
import se.varna.tasks.TaskDtos.ReminderSettingsInput;

/** The caller's to-dos, their reminder settings, and the indicators' publication lags (docs/tasks.md). */
/** The caller's choice of the weekly reminder digest (docs/tasks.md). */
@Path("/api/v1/me/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class ReminderResource {

    static final String X_ROLES_REMINDERS = "[\"editor\",\"coordinator\"]";

    @Inject
    KnownUsers users;

    @GET
    @RolesAllowed({ Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_REMINDERS, parseValue = true),
            operationId = "getMyReminders", summary = "The caller's reminder settings",
            description = "Whether the caller gets the weekly e-mail digest of their organisation's to-dos, and "
                    + "whether one can reach them (an editor with an e-mail address and an organisation).")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReminderSettings.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only editors and the coordinator have reminders.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReminderSettings getMyReminders() {
        users.record();
        return users.settings();
    }

    @PUT
    @RolesAllowed({ Roles.EDITOR, Roles.COORDINATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_REMINDERS, parseValue = true),
            operationId = "replaceMyReminders", summary = "Turn the weekly digest on or off",
            description = "The caller's own choice; nobody else's can be changed.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReminderSettingsInput.class)))
    @APIResponse(responseCode = "200", description = "The settings after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReminderSettings.class)))
    @APIResponse(responseCode = "400", description = "`weeklyDigest` is missing or not true or false.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only editors and the coordinator have reminders.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReminderSettings replaceMyReminders(@NotNull @Valid ReminderSettingsInput input) {
        return users.choose(input.weeklyDigest());
    }
}
