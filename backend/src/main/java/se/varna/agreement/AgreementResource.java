package se.varna.agreement;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import se.varna.agreement.AgreementDtos.AgreementInput;
import se.varna.agreement.AgreementDtos.AgreementPage;
import se.varna.agreement.AgreementDtos.AgreementView;
import se.varna.agreement.AgreementDtos.CommitmentStatusInput;
import se.varna.agreement.AgreementDtos.HistoryPage;
import se.varna.common.Limits;
import se.varna.common.PageParams;
import se.varna.common.Parameters;
import se.varna.common.PreconditionProblem;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.common.Snapshots;
import se.varna.common.document.VersionedDocuments;

@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Citizen promises (*medborgarlöften*) and collaboration agreements "
        + "(*samverkansöverenskommelser*) between the municipality and the police, with their commitments")
public class AgreementResource {

    static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";
    static final String X_ROLES_FOLLOW_UP = "[\"partner\",\"editor\",\"coordinator\"]";
    static final String X_ROLES_SIGNED_IN = "[\"viewer\",\"partner\",\"editor\",\"coordinator\"]";

    @Inject
    AgreementService agreements;

    @GET
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listAgreements", summary = "List agreements",
            description = "Agreements, newest first. Public documents: anyone may read them.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of agreements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementPage listAgreements(
            @Parameter(description = "Code of an area: the agreements of that area and of the areas containing it "
                    + "(a Västerås-wide promise covers each district).")
            @QueryParam("area") @Size(max = Limits.CODE) String area,
            @Parameter(name = "type", in = ParameterIn.QUERY,
                    schema = @Schema(implementation = AgreementType.class)) @QueryParam("type") String type,
            @Parameter(name = "status", in = ParameterIn.QUERY,
                    description = "Agreements with at least one commitment of this status.",
                    schema = @Schema(implementation = CommitmentStatus.class)) @QueryParam("status") String status,
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "Agreements in force on or after this day.",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = Parameters.DATE_LENGTH)) @QueryParam("from") String from,
            @Parameter(name = "to", in = ParameterIn.QUERY, description = "Agreements in force on or before this day.",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = Parameters.DATE_LENGTH)) @QueryParam("to") String to,
            @Valid @BeanParam PageParams page) {
        Parameters.DateRange dates = Parameters.dateRange("from", from, "to", to);
        return agreements.list(Parameters.optionalText(area), Parameters.optionalEnum("type", type, AgreementType.class),
                Parameters.optionalEnum("status", status, CommitmentStatus.class), dates.from(), dates.to(),
                page.toPageRequest());
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "createAgreement", summary = "Record an agreement",
            description = "Records an agreement with its parties and commitments. Organisations and areas are named "
                    + "by code, measures by id; an unknown one answers 400 naming the field, and nothing is stored.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgreementInput.class)))
    @APIResponse(responseCode = "201", description = "The new agreement; `Location` names it, `ETag` carries its version.",
            headers = {
                    @Header(name = "Location", description = "The new agreement's path.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The agreement's version.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "The agreement is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createAgreement(@Valid AgreementInput input) {
        AgreementView created = agreements.create(input);
        return Response.created(URI.create("/api/v1/agreements/" + created.id()))
                .header(HttpHeaders.ETAG, VersionedDocuments.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getAgreement", summary = "Read an agreement",
            description = "One agreement with its parties and commitments. The `ETag` header carries its version, "
                    + "for `If-Match` on a change. Anonymous readers see no usernames and only published measures.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The agreement",
            headers = @Header(name = "ETag", description = "The agreement's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getAgreement(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        AgreementView agreement = agreements.get(Parameters.id("id", id));
        return Response.ok(agreement).header(HttpHeaders.ETAG, VersionedDocuments.etag(agreement.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replaceAgreement", summary = "Change an agreement",
            description = "Replaces the agreement. Commitments that name their `id` are kept (and changed), those "
                    + "without are new, those left out are removed. Needs `If-Match` with the ETag of the version "
                    + "read: 428 without it, 412 when the agreement has changed since (a commitment's follow-up "
                    + "changes it too). Recorded in the history.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgreementInput.class)))
    @APIResponse(responseCode = "200", description = "The changed agreement",
            headers = @Header(name = "ETag", description = "The agreement's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "The agreement is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412",
            description = "The agreement has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceAgreement(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid AgreementInput input) {
        AgreementView changed = agreements.replace(Parameters.id("id", id), ifMatch, input);
        return Response.ok(changed).header(HttpHeaders.ETAG, VersionedDocuments.etag(changed.version())).build();
    }

    @PUT
    @Path("/{id}/commitments/{commitmentId}/status")
    @RolesAllowed({ Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = { @Extension(name = "x-roles", value = X_ROLES_FOLLOW_UP, parseValue = true),
            @Extension(name = "x-owner-scoped", value = "true", parseValue = true) },
            operationId = "updateCommitmentStatus", summary = "Follow up a commitment",
            description = "Sets a commitment's follow-up status and comment. The coordinator may follow up any "
                    + "commitment; a partner or editor only those of their own organisation (e.g. the police their "
                    + "own), 403 otherwise and nothing changes. The agreement's version moves on. Recorded in the "
                    + "history.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CommitmentStatusInput.class)))
    @APIResponse(responseCode = "200", description = "The agreement after the follow-up",
            headers = @Header(name = "ETag", description = "The agreement's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "The follow-up is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller may not follow up this commitment.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateCommitmentStatus(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "commitmentId", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("commitmentId") String commitmentId,
            @Valid CommitmentStatusInput input) {
        AgreementView changed = agreements.updateCommitmentStatus(Parameters.id("id", id),
                Parameters.id("commitmentId", commitmentId), input);
        return Response.ok(changed).header(HttpHeaders.ETAG, VersionedDocuments.etag(changed.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "getAgreementHistory", summary = "An agreement's history",
            description = "Every change to the agreement and its commitments' follow-ups, newest first: who, when, "
                    + "which fields, and the state before and after.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "One page of history entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller has none of Värna's roles.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HistoryPage getAgreementHistory(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return agreements.history(Parameters.id("id", id), page.toPageRequest());
    }

}
