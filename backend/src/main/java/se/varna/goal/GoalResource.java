package se.varna.goal;

import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.caching.CachedAnswer;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageParams;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.goal.GoalDtos.GoalPage;
import se.varna.goal.GoalDtos.GoalView;

@Path("/api/v1/goals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
public class GoalResource {

    @Inject
    GoalService goals;

    @GET
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listGoals", summary = "List goals",
            description = "The goals of one policy in their policy order, each with its indicators in brief. "
                    + "Without `policy`, the goals of the policy in force.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of goals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalPage.class)))
    @CachedAnswer
    public GoalPage listGoals(
            @Parameter(description = "Id of the policy whose goals to list; the policy in force when absent.")
            @QueryParam("policy") Long policy,
            @Valid @BeanParam PageParams page) {
        return goals.listGoals(policy, page.toPageRequest());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getGoal", summary = "Get a goal",
            description = "One goal with its description, Agenda 2030 goals and indicators in brief.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The goal with its indicators in brief",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @CachedAnswer
    public GoalView getGoal(@PathParam("id") long id) {
        return goals.findGoalById(id).orElseThrow(() -> new NotFoundProblem("goal", id));
    }
}
