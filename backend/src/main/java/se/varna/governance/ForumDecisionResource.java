package se.varna.governance;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import se.varna.common.Limits;
import se.varna.common.PageParams;
import se.varna.common.Parameters;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.governance.ForumDecisionDtos.ForumDecisionInput;
import se.varna.governance.ForumDecisionDtos.ForumDecisionPage;
import se.varna.governance.ForumDecisionDtos.ForumDecisionView;
import se.varna.organisation.OrganisationDtos.GovernanceLevelInput;
import se.varna.organisation.OrganisationDtos.OrganisationPage;
import se.varna.organisation.OrganisationDtos.OrganisationView;
import se.varna.organisation.OrganisationService;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Governance", description = "The policy's organisation (\"Organisation och ansvar\"): the forums and "
        + "the decisions they take, which measures and agreements carry out")
public class ForumDecisionResource {

    static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";
    static final String X_ROLES_SIGNED_IN = "[\"viewer\",\"partner\",\"editor\",\"coordinator\"]";

    @Inject
    ForumDecisionService decisions;

    @Inject
    OrganisationService organisations;

    @GET
    @Path("/forums")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listForums", summary = "List forums",
            description = "The forums of the policy's organisation (the organisations of type `forum`, e.g. "
                    + "Samordningsarenan), ordered by name, each with its governance level.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of forums",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganisationPage listForums(@Valid @BeanParam PageParams page) {
        return decisions.listForums(page.toPageRequest());
    }

    @PUT
    @Path("/forums/{code}/governance-level")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "putForumGovernanceLevel", summary = "Set a forum's governance level",
            description = "As `PUT /api/v1/organisations/{code}/governance-level`, for a forum only (an "
                    + "organisation that is not a forum is 404 here).")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GovernanceLevelInput.class)))
    @APIResponse(responseCode = "200", description = "The forum with its new level",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "No body, or a malformed one.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No forum has the code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A level the policy does not have; `errors` names `level` "
            + "(`urn:varna:problem:governance-level`). Nothing changes.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganisationView putForumGovernanceLevel(@PathParam("code") @Size(max = Limits.CODE) String code,
            GovernanceLevelInput input) {
        return organisations.changeGovernanceLevel(code, input, true);
    }

    @GET
    @Path("/forum-decisions")
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "listForumDecisions", summary = "List forum decisions",
            description = "Decisions of the forums, newest first; `forum` keeps one forum's.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "One page of forum decisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ForumDecisionPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid (e.g. `forum` names no forum); "
            + "`errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller has none of Värna's roles.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ForumDecisionPage listForumDecisions(
            @Parameter(description = "Code of a forum, e.g. `samordningsarenan`.")
            @QueryParam("forum") @Size(max = Limits.CODE) String forum,
            @Valid @BeanParam PageParams page) {
        return decisions.list(Parameters.optionalText(forum), page.toPageRequest());
    }

    @POST
    @Path("/forum-decisions")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "createForumDecision", summary = "Record a forum decision",
            description = "Records a decision a forum took: its date (not in the future), the forum, the text in "
                    + "Swedish (English optional) and the reference it is filed under. A record: it is not changed "
                    + "afterwards.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ForumDecisionInput.class)))
    @APIResponse(responseCode = "201", description = "The decision; `Location` names it.",
            headers = @Header(name = "Location", description = "The new decision's path.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ForumDecisionView.class)))
    @APIResponse(responseCode = "400", description = "The input is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createForumDecision(@Valid ForumDecisionInput input) {
        ForumDecisionView created = decisions.create(input);
        return Response.created(URI.create("/api/v1/forum-decisions/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/forum-decisions/{id}")
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "getForumDecision", summary = "Read a forum decision")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ForumDecisionView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller has none of Värna's roles.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ForumDecisionView getForumDecision(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        return decisions.get(Parameters.id("id", id));
    }
}
