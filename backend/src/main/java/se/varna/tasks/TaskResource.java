package se.varna.tasks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.PageParams;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.tasks.TaskDtos.TaskPage;

/** The caller's to-dos, their reminder settings, and the indicators' publication lags (docs/tasks.md). */
/** The caller's to-dos (docs/tasks.md). */
@Path("/api/v1/me/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TaskResource {

    static final String X_ROLES_TASKS = "[\"partner\",\"editor\",\"coordinator\"]";

    @Inject
    TaskService tasks;

    @Inject
    KnownUsers users;

    @GET
    @RolesAllowed({ Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_TASKS, parseValue = true),
            operationId = "listMyTasks", summary = "What the caller's organisation must do",
            description = "The to-dos of the caller's organisation, the overdue first and each group by due date: its "
                    + "indicators' next values (due the end of the month the publication lag after the period ends), "
                    + "its ongoing measures' progress updates and its open commitments' follow-ups (due the follow-up "
                    + "rule's months after the last one). A to-do is listed once it is overdue or due within the "
                    + "horizon (`varna.tasks.horizon-days`, 30 by default). The coordinator also sees every other "
                    + "organisation's overdue to-dos. Each names the API path to act on and the web app's page.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The to-dos",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskPage.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A viewer has no to-dos.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TaskPage listMyTasks(@Valid @BeanParam PageParams page) {
        users.record();
        return tasks.forCaller(page.toPageRequest());
    }
}
