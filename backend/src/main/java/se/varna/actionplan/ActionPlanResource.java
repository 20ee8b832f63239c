package se.varna.actionplan;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import se.varna.common.Parameters;
import se.varna.common.PreconditionProblem;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.common.Snapshots;
import se.varna.common.document.VersionedDocuments;
import se.varna.common.document.export.DocumentFormat;
import se.varna.actionplan.ActionPlanDtos.ActionInput;
import se.varna.actionplan.ActionPlanDtos.ActionPlanInput;
import se.varna.actionplan.ActionPlanDtos.ActionPlanPage;
import se.varna.actionplan.ActionPlanDtos.ActionPlanView;
import se.varna.actionplan.ActionPlanDtos.ChangesView;
import se.varna.actionplan.ActionPlanDtos.GapsView;
import se.varna.actionplan.ActionPlanDtos.HistoryPage;
import se.varna.situation.SituationDtos.AdoptionInput;

@Path("/api/v1/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans", description = "Åtgärdsplaner (lag 2023:196 § 5), each based on an adopted lägesbild: "
        + "actions traced to its problems and to the measures that carry them out, consultations, and the gaps")
public class ActionPlanResource {

    static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";
    static final String X_ROLES_READERS = "[\"viewer\",\"editor\",\"coordinator\"]";

    @Inject
    ActionPlanService plans;

    @GET
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listActionPlans", summary = "List action plans",
            description = "Action plans, latest changed first. Viewers, editors and the coordinator see drafts too; everyone else the adopted ones.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of action plans",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPlanPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ActionPlanPage listActionPlans(@Valid @BeanParam PageParams page) {
        return plans.list(page.toPageRequest());
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "createActionPlan", summary = "Start an action plan",
            description = "Starts a draft plan on an adopted lägesbild (a draft one answers 400 naming `situationPicture`). Each action names problems of that lägesbild, organisations by code and measures by id; an unknown one answers 400 naming the field, and nothing is stored. An action with no problem is allowed, and listed as a gap.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionPlanInput.class)))
    @APIResponse(responseCode = "201", description = "The new draft; `Location` names it, `ETag` carries its version.",
            headers = {
                    @Header(name = "Location", description = "The new plan's path.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The plan's version.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPlanView.class)))
    @APIResponse(responseCode = "400", description = "The input is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createActionPlan(@Valid ActionPlanInput input) {
        ActionPlanView created = plans.create(input);
        return Response.created(URI.create("/api/v1/action-plans/" + created.id()))
                .header(HttpHeaders.ETAG, VersionedDocuments.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getActionPlan", summary = "Read an action plan",
            description = "One plan with its actions and consultations. Residents and partners read adopted plans only, and see public problems and published measures only.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The action plan",
            headers = @Header(name = "ETag", description = "The plan's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPlanView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getActionPlan(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        ActionPlanView p = plans.get(Parameters.id("id", id));
        return Response.ok(p).header(HttpHeaders.ETAG, VersionedDocuments.etag(p.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replaceActionPlan", summary = "Change a draft action plan",
            description = "Replaces the draft plan (its lägesbild, actions and consultations), with the same checks as a new one. 409 once adopted. Needs `If-Match`: 428 without, 412 when stale.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionPlanInput.class)))
    @APIResponse(responseCode = "200", description = "The changed plan",
            headers = @Header(name = "ETag", description = "The plan's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPlanView.class)))
    @APIResponse(responseCode = "400", description = "The input is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is adopted and can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The plan has changed since the version `If-Match` names.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceActionPlan(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid ActionPlanInput input) {
        ActionPlanView p = plans.replace(Parameters.id("id", id), ifMatch, input);
        return Response.ok(p).header(HttpHeaders.ETAG, VersionedDocuments.etag(p.version())).build();
    }

    @POST
    @Path("/{id}/adoption")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "adoptActionPlan", summary = "Adopt an action plan",
            description = "Records the decision that adopts the draft plan (body and date required) and freezes it. 409 when already adopted.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdoptionInput.class)))
    @APIResponse(responseCode = "200", description = "The adopted plan",
            headers = @Header(name = "ETag", description = "The plan's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPlanView.class)))
    @APIResponse(responseCode = "400", description = "The decision is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is already adopted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response adoptActionPlan(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Valid AdoptionInput input) {
        ActionPlanView p = plans.adopt(Parameters.id("id", id), input);
        return Response.ok(p).header(HttpHeaders.ETAG, VersionedDocuments.etag(p.version())).build();
    }

    @GET
    @Path("/{id}/gaps")
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_READERS, parseValue = true),
            operationId = "getActionPlanGaps", summary = "Where an action plan breaks",
            description = "Problems of the lägesbild with no action, actions with no problem, actions with no measure, and measures of the actions without a progress update in the last six months (the measures board’s rule).")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The gaps",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GapsView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a viewer, editor or the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GapsView getActionPlanGaps(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        return plans.gaps(Parameters.id("id", id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_READERS, parseValue = true),
            operationId = "getActionPlanHistory", summary = "An action plan’s history",
            description = "Every change to the plan, newest first: who, when, which fields, before and after.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "One page of history entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a viewer, editor or the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HistoryPage getActionPlanHistory(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return plans.history(Parameters.id("id", id), page.toPageRequest());
    }

    @GET
    @Path("/{id}/export")
    @PermitAll
    @Produces({ DocumentFormat.PDF, DocumentFormat.DOCX })
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "exportActionPlan", summary = "Export an åtgärdsplan",
            description = "The åtgärdsplan as an accessible PDF (PDF/UA-1 and PDF/A-2u: tagged, in Swedish, its font "
                    + "embedded) or as a Word document (DOCX, with Word's heading styles) to edit before it goes to "
                    + "the committee: its actions with their problems, responsible organisations, measures, time "
                    + "frames and result measures, and the consultations. Who may export what follows "
                    + "`getActionPlan`: residents and partners get adopted plans only, with public problems and "
                    + "published measures.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The document; `Content-Disposition` names a file.",
            headers = @Header(name = "Content-Disposition", description = "`attachment; filename=\"atgardsplan-12.pdf\"`.",
                    schema = @Schema(type = SchemaType.STRING)),
            // binary documents: no schema (OpenAPI 3.1), as no string length would describe them
            content = { @Content(mediaType = DocumentFormat.PDF), @Content(mediaType = DocumentFormat.DOCX) })
    @APIResponse(responseCode = "400", description = "`format` is missing or unknown, or `id` is not valid; "
            + "`errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportActionPlan(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "format", in = ParameterIn.QUERY,
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "pdf", "docx" }))
            @NotNull @QueryParam("format") String format) {
        long planId = Parameters.id("id", id);
        DocumentFormat f = DocumentFormat.of(format);
        ActionPlanView p = plans.get(planId);
        var stamp = p.adoptedAt() != null ? p.adoptedAt() : p.updatedAt();
        byte[] document = f.write(ActionPlanDocument.of(p), stamp, "actionPlan|" + p.id() + "|" + p.version() + "|" + stamp);
        return Response.ok(document, f.mediaType)
                .header("Content-Disposition", "attachment; filename=\"atgardsplan-" + p.id() + "." + f.name() + "\"")
                .build();
    }

    static final String X_ROLES_PROPOSERS = "[\"editor\",\"coordinator\"]";

    @POST
    @Path("/{id}/proposals")
    @RolesAllowed({ Roles.EDITOR, Roles.COORDINATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = { @Extension(name = "x-roles", value = X_ROLES_PROPOSERS, parseValue = true),
            @Extension(name = "x-owner-scoped", value = "true", parseValue = true) },
            operationId = "proposeAction", summary = "Propose an action for your own organisation",
            description = "An editor proposes an action on a draft plan with their own organisation responsible "
                    + "(the default when `organisations` is empty); another organisation → 403. It is listed with "
                    + "`status: proposed` and `proposedBy` until the coordinator accepts or rejects it, is not the "
                    + "plan's in its gaps, and a plan with a proposal waiting cannot be adopted (400).")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionInput.class)))
    @APIResponse(responseCode = "201", description = "The plan with the proposal",
            headers = @Header(name = "ETag", description = "The plan's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPlanView.class)))
    @APIResponse(responseCode = "400", description = "The action is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor or the coordinator, or another organisation named.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is adopted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response proposeAction(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Valid ActionInput input) {
        ActionPlanView p = plans.propose(Parameters.id("id", id), input);
        return Response.status(Response.Status.CREATED).entity(p)
                .header(HttpHeaders.ETAG, VersionedDocuments.etag(p.version())).build();
    }

    @POST
    @Path("/{id}/proposals/{actionId}/acceptance")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "acceptProposedAction", summary = "Accept a proposed action",
            description = "The proposal becomes one of the plan's actions. 404 when the plan has no such proposal, "
                    + "409 when the plan is adopted.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The plan",
            headers = @Header(name = "ETag", description = "The plan's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPlanView.class)))
    @APIResponse(responseCode = "400", description = "An id is not a number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is adopted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response acceptProposedAction(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "actionId", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("actionId") String actionId) {
        ActionPlanView p = plans.decideProposal(Parameters.id("id", id), Parameters.id("actionId", actionId), true);
        return Response.ok(p).header(HttpHeaders.ETAG, VersionedDocuments.etag(p.version())).build();
    }

    @POST
    @Path("/{id}/proposals/{actionId}/rejection")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "rejectProposedAction", summary = "Reject a proposed action",
            description = "The proposal is removed from the plan (its history keeps it). 404 when the plan has no "
                    + "such proposal, 409 when the plan is adopted.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The plan",
            headers = @Header(name = "ETag", description = "The plan's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPlanView.class)))
    @APIResponse(responseCode = "400", description = "An id is not a number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is adopted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rejectProposedAction(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "actionId", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("actionId") String actionId) {
        ActionPlanView p = plans.decideProposal(Parameters.id("id", id), Parameters.id("actionId", actionId), false);
        return Response.ok(p).header(HttpHeaders.ETAG, VersionedDocuments.etag(p.version())).build();
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "newActionPlanVersion", summary = "Start a new version of an adopted action plan",
            description = "A change of an adopted plan is a new version: a draft copy of its actions and "
                    + "consultations on the same lägesbild, with `predecessor` naming it. The adopted plan stays as "
                    + "it is (and in force) until the new version is adopted. 409 when the plan is still a draft, or "
                    + "when it already has a newer version (change that one).")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "The new draft",
            headers = { @Header(name = "Location", description = "The new draft.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The draft's version.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPlanView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is a draft: it is changed as it is.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response newActionPlanVersion(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        ActionPlanView p = plans.newVersion(Parameters.id("id", id));
        return Response.created(java.net.URI.create("/api/v1/action-plans/" + p.id())).entity(p)
                .header(HttpHeaders.ETAG, VersionedDocuments.etag(p.version())).build();
    }

    @GET
    @Path("/{id}/changes")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getActionPlanChanges", summary = "What a new version changed",
            description = "The actions added, removed and changed against the plan's predecessor, matched by title. "
                    + "Readers as for the plan itself; 404 for a first version.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangesView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan the caller may read, or a first version.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangesView getActionPlanChanges(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        return plans.changes(Parameters.id("id", id));
    }
}
