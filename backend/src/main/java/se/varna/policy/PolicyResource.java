package se.varna.policy;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.PageParams;
import se.varna.common.PreconditionProblem;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.common.Snapshots;
import se.varna.common.document.VersionedDocuments;
import se.varna.policy.PolicyDtos.AdoptionInput;
import se.varna.policy.PolicyDtos.CrosswalkInput;
import se.varna.policy.PolicyDtos.CrosswalkView;
import se.varna.goal.GoalDtos.GoalIndicatorView;
import se.varna.policy.PolicyDtos.GoalIndicatorFiguresInput;
import se.varna.policy.PolicyDtos.GoalIndicatorInput;
import se.varna.policy.PolicyDtos.GoalInput;
import se.varna.policy.PolicyDtos.PolicyHistoryPage;
import se.varna.policy.PolicyDtos.PolicyInput;
import se.varna.policy.PolicyDtos.PolicyPage;
import se.varna.policy.PolicyDtos.PolicyView;

@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policies")
public class PolicyResource {

    static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";
    static final String X_ROLES_SIGNED_IN = "[\"viewer\",\"partner\",\"editor\",\"coordinator\"]";

    @Inject
    PolicyService policies;

    @Inject
    PolicyIndicatorService indicators;

    @GET
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listPolicies", summary = "List policies",
            description = "Policy versions, newest period first. Adopted policies are public; drafts are listed only to callers with a Värna role (viewer, partner, editor, coordinator). `current` marks the policy in force today: the adopted one with the latest effective date up to today, which stays in force until its successor's effective date.")
    @APIResponse(responseCode = "200", description = "One page of policies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyPage.class)))
    public PolicyPage listPolicies(@Valid @BeanParam PageParams page) {
        return policies.listPolicies(page.toPageRequest());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getPolicy", summary = "Get a policy",
            description = "One policy version with its period, state, effective dates, decision and goals in brief. A draft only for callers with a Värna role (404 otherwise). The `ETag` header carries its version, for `If-Match` on a change.")
    @APIResponse(responseCode = "200", description = "The policy",
            headers = @Header(name = "ETag", description = "The policy's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getPolicy(@PathParam("id") long id) {
        return withEtag(Response.ok(), policies.getPolicy(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "createPolicy", summary = "Draft a policy",
            description = "Starts a draft of a new policy version: title, period and the body that is to adopt it. A draft is visible to Värna's roles only and changes nothing in force. Its period may not overlap another policy's (422 `urn:varna:problem:policy-period-overlap`, naming `validFrom`).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PolicyInput.class)))
    @APIResponse(responseCode = "201", description = "The new draft; `Location` names it, `ETag` carries its version.",
            headers = {
                    @Header(name = "Location", description = "The new policy's path.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The policy's version.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "422", description = "The period overlaps another policy's, or ends before it starts; `errors` names the field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createPolicy(@Valid @NotNull PolicyInput input) {
        PolicyView created = policies.create(input);
        return withEtag(Response.created(URI.create("/api/v1/policies/" + created.id())), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replacePolicy", summary = "Change a policy draft",
            description = "Replaces a draft's title, period and adopting body. Needs `If-Match` with the ETag read: 428 without it, 412 when the policy has changed since. An adopted policy cannot be changed (409); a correction is a new version. Recorded in the history.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PolicyInput.class)))
    @APIResponse(responseCode = "200", description = "The changed draft",
            headers = @Header(name = "ETag", description = "The policy's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The policy is adopted: it and its goals can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The policy has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The period overlaps another policy's, or ends before it starts; `errors` names the field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replacePolicy(@PathParam("id") long id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PolicyInput input) {
        return withEtag(Response.ok(), policies.replace(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "addPolicyGoal", summary = "Add a goal to a policy draft",
            description = "Adds a goal to a draft: number, titles and descriptions in Swedish and English, Agenda 2030 goals and targets. A number the draft already has answers 422 (`urn:varna:problem:policy-goal-number-taken`, naming `number`). Needs `If-Match` with the policy's ETag; the policy's version moves on. Recorded in the policy's history.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GoalInput.class)))
    @APIResponse(responseCode = "201", description = "The draft with its new goal; `Location` names the goal.",
            headers = {
                    @Header(name = "Location", description = "The new goal's path.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The policy's new version.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The policy is adopted: it and its goals can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The policy has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The goal number is taken in this policy; `errors` names `number`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addPolicyGoal(@PathParam("id") long id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull GoalInput input) {
        PolicyView changed = policies.addGoal(id, ifMatch, input);
        long goalId = changed.goals().stream().filter(g -> g.number() == input.number()).findFirst().orElseThrow().id();
        return withEtag(Response.created(URI.create("/api/v1/goals/" + goalId)), changed);
    }

    @PUT
    @Path("/{id}/goals/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replacePolicyGoal", summary = "Change a goal of a policy draft",
            description = "Replaces the draft's goal with this number (its number too; a number the draft already has answers 422 naming `number`). Needs `If-Match` with the policy's ETag; the policy's version moves on. The goals of an adopted policy cannot be changed (409). Recorded in the policy's history.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GoalInput.class)))
    @APIResponse(responseCode = "200", description = "The draft with the changed goal",
            headers = @Header(name = "ETag", description = "The policy's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The policy is adopted: it and its goals can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The policy has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The new goal number is taken in this policy; `errors` names `number`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replacePolicyGoal(@PathParam("id") long id,
            @Parameter(description = "The goal's number in the policy.") @PathParam("number") @Min(1) @Max(PolicyDtos.GOAL_NUMBER_MAX) int number,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull GoalInput input) {
        return withEtag(Response.ok(), policies.replaceGoal(id, number, ifMatch, input));
    }

    @POST
    @Path("/{id}/goals/{number}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "linkPolicyGoalIndicator", summary = "Link or carry over an indicator to a draft's goal",
            description = "Links an indicator to the draft's goal (last in its list) with the baseline and yearly targets for the policy's period. With `carryOverFrom`, a goal of an earlier policy the indicator follows, it is carried over in this one request: that policy's baseline for it and those of its targets within this policy's period are copied, what the request sends replaces them, and the earlier policy is left as it is. An unknown indicator or one the goal already follows (`indicator`), a `carryOverFrom` that is not a goal of an earlier policy following the indicator (`carryOverFrom`), a baseline period not of the indicator's frequency (`baseline.period`) or a target year outside the period (`targets[0].year`) answers 422 (`urn:varna:problem:policy-indicator`) naming each, and nothing is stored. Needs `If-Match` with the policy's ETag; the policy's version moves on. Recorded in the policy's history.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GoalIndicatorInput.class)))
    @APIResponse(responseCode = "201", description = "The indicator as the goal now lists it; `Location` names it.",
            headers = {
                    @Header(name = "Location", description = "The goal's indicator's path.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The policy's new version.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalIndicatorView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The policy is adopted: it and its goals can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The policy has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The indicator, the goal to carry over from, the baseline or a target is not valid; `errors` names each.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response linkPolicyGoalIndicator(@PathParam("id") long id,
            @Parameter(description = "The goal's number in the policy.") @PathParam("number") @Min(1) @Max(PolicyDtos.GOAL_NUMBER_MAX) int number,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull GoalIndicatorInput input) {
        GoalIndicatorView linked = indicators.link(id, number, ifMatch, input);
        return withEtag(Response.created(URI.create("/api/v1/policies/" + id + "/goals/" + number + "/indicators/"
                + linked.id())), id, linked);
    }

    @GET
    @Path("/{id}/goals/{number}/indicators/{indicator}")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getPolicyGoalIndicator", summary = "An indicator of a policy's goal",
            description = "The indicator as the goal lists it, with the baseline and yearly targets its policy sets for its period, and the goal it was carried over from. As the policy itself, a draft's only for callers with a Värna role (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The goal's indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalIndicatorView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public GoalIndicatorView getPolicyGoalIndicator(@PathParam("id") long id,
            @Parameter(description = "The goal's number in the policy.") @PathParam("number") @Min(1) @Max(PolicyDtos.GOAL_NUMBER_MAX) int number,
            @Parameter(description = "The indicator's id.") @PathParam("indicator") long indicator) {
        return indicators.getGoalIndicator(id, number, indicator);
    }

    @PUT
    @Path("/{id}/goals/{number}/indicators/{indicator}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replacePolicyGoalIndicator", summary = "Set the baseline and targets of a draft's indicator",
            description = "Replaces the baseline and yearly targets the draft sets for an indicator its goal follows (for every goal of the policy that follows it). A baseline period not of the indicator's frequency (`baseline.period`), a year named twice (`targets`) or outside the policy's period (`targets[0].year`) answers 422 (`urn:varna:problem:policy-indicator`), nothing stored. Needs `If-Match`; an adopted policy answers 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GoalIndicatorFiguresInput.class)))
    @APIResponse(responseCode = "200", description = "The goal's indicator with its new figures",
            headers = @Header(name = "ETag", description = "The policy's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalIndicatorView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The policy is adopted: it and its goals can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The policy has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The baseline or a target is not valid; `errors` names each.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replacePolicyGoalIndicator(@PathParam("id") long id,
            @Parameter(description = "The goal's number in the policy.") @PathParam("number") @Min(1) @Max(PolicyDtos.GOAL_NUMBER_MAX) int number,
            @Parameter(description = "The indicator's id.") @PathParam("indicator") long indicator,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull GoalIndicatorFiguresInput input) {
        return withEtag(Response.ok(), id, indicators.replaceFigures(id, number, indicator, ifMatch, input));
    }

    @DELETE
    @Path("/{id}/goals/{number}/indicators/{indicator}")
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "unlinkPolicyGoalIndicator", summary = "Unlink an indicator from a draft's goal",
            description = "The draft's goal no longer follows the indicator; the policy's baseline and targets for it go when no other of its goals follows it. Needs `If-Match`; an adopted policy answers 409.")
    @APIResponse(responseCode = "204", description = "Unlinked",
            headers = @Header(name = "ETag", description = "The policy's new version.", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The policy is adopted: it and its goals can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The policy has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unlinkPolicyGoalIndicator(@PathParam("id") long id,
            @Parameter(description = "The goal's number in the policy.") @PathParam("number") @Min(1) @Max(PolicyDtos.GOAL_NUMBER_MAX) int number,
            @Parameter(description = "The indicator's id.") @PathParam("indicator") long indicator,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch) {
        indicators.unlink(id, number, indicator, ifMatch);
        return Response.noContent().header(HttpHeaders.ETAG, VersionedDocuments.etag(policies.getPolicy(id).version()))
                .build();
    }

    @GET
    @Path("/{id}/crosswalk")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getPolicyCrosswalk", summary = "Get a policy's crosswalk",
            description = "How the goals of the policy's predecessor map to its goals: each old goal to one or more new goals, or to none with a reason; `unmapped` lists the old goals not yet covered. Measures linked to an old goal count under the new goals it maps to. As the policy itself, a draft's only for callers with a Värna role (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The crosswalk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrosswalkView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CrosswalkView getPolicyCrosswalk(@PathParam("id") long id) {
        return policies.getCrosswalk(id);
    }

    @PUT
    @Path("/{id}/crosswalk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replacePolicyCrosswalk", summary = "Replace a policy draft's crosswalk",
            description = "Replaces the draft's whole crosswalk. Each entry names a goal of the predecessor policy (once) and the draft's goals it maps to, or none with a `reason`. A goal of another policy, a repeated old goal or a missing reason answers 422 (`urn:varna:problem:policy-crosswalk`) naming each wrong field (`entries[0].to[1]`), and nothing is stored. Needs `If-Match` with the policy's ETag; the policy's version moves on.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CrosswalkInput.class)))
    @APIResponse(responseCode = "200", description = "The stored crosswalk",
            headers = @Header(name = "ETag", description = "The policy's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrosswalkView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The policy is adopted: it and its goals can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The policy has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An entry names a goal of the wrong policy, an old goal twice, or no new goal without a reason; `errors` names each.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replacePolicyCrosswalk(@PathParam("id") long id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CrosswalkInput input) {
        CrosswalkView changed = policies.replaceCrosswalk(id, ifMatch, input);
        return Response.ok(changed).header(HttpHeaders.ETAG, VersionedDocuments.etag(changed.version())).build();
    }

    @POST
    @Path("/{id}/adoption")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "adoptPolicy", summary = "Adopt a policy",
            description = "Records the decision that adopts the draft (body, date, paragraph, diary number) and the day it takes effect, which may lie in the past. From that day the policy is in force; its predecessor's last day is the day before. The policy needs goals (422 `urn:varna:problem:policy-without-goals`) and a crosswalk covering every goal of its predecessor (422 `urn:varna:problem:policy-crosswalk`); the effective date must come after that of every adopted policy with an earlier period and before that of every one with a later period (422 `urn:varna:problem:policy-effective-date`). Needs `If-Match`; adopting an adopted policy answers 409. Recorded in the history.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdoptionInput.class)))
    @APIResponse(responseCode = "200", description = "The adopted policy",
            headers = @Header(name = "ETag", description = "The policy's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The policy is adopted: it and its goals can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The policy has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The policy has no goals, its crosswalk is incomplete, or the effective date breaks the order of policies; `errors` names the field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response adoptPolicy(@PathParam("id") long id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AdoptionInput input) {
        return withEtag(Response.ok(), policies.adopt(id, ifMatch, input));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "getPolicyHistory", summary = "A policy's history",
            description = "Every change to the policy, newest first: its creation, each change of its details, "
                    + "goals and crosswalk, and its adoption, with who, when, which fields, and the state before "
                    + "and after.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "One page of history entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PolicyHistoryPage.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PolicyHistoryPage getPolicyHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return policies.history(id, page.toPageRequest());
    }

    /** A goal's indicator with the policy's new version as its ETag. */
    private Response withEtag(Response.ResponseBuilder response, long policyId, GoalIndicatorView indicator) {
        return response.header(HttpHeaders.ETAG, VersionedDocuments.etag(policies.getPolicy(policyId).version()))
                .entity(indicator).build();
    }

    private static Response withEtag(Response.ResponseBuilder response, PolicyView policy) {
        return response.header(HttpHeaders.ETAG, VersionedDocuments.etag(policy.version())).entity(policy).build();
    }
}
