package se.varna.situation;

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
import se.varna.situation.SituationDtos.AdoptionInput;
import se.varna.situation.SituationDtos.HistoryPage;
import se.varna.situation.SituationDtos.SituationPictureCreateInput;
import se.varna.situation.SituationDtos.SituationPictureInput;
import se.varna.situation.SituationDtos.SituationPicturePage;
import se.varna.situation.SituationDtos.SituationPictureView;

@Path("/api/v1/situation-pictures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Situation pictures", description = "Lägesbilder (lag 2023:196 § 4): the mapping of crime and its "
        + "context, other information, the analysis and the problems it names; adopted by a decision")
public class SituationResource {

    static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";
    static final String X_ROLES_READERS = "[\"viewer\",\"editor\",\"coordinator\"]";

    @Inject
    SituationService situations;

    @GET
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listSituationPictures", summary = "List lägesbilder",
            description = "Lägesbilder, latest period first. Viewers, editors and the coordinator see drafts too; "
                    + "everyone else the adopted ones.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of lägesbilder",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SituationPicturePage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SituationPicturePage listSituationPictures(@Valid @BeanParam PageParams page) {
        return situations.list(page.toPageRequest());
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "createSituationPicture", summary = "Start a lägesbild",
            description = "Starts a draft lägesbild for the months `from`–`to`; Värna drafts its mapping from its own "
                    + "data at once (crime by category group and district, the trend, indicator status per goal, the "
                    + "safety analyses' high or worsening risk factors).")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SituationPictureCreateInput.class)))
    @APIResponse(responseCode = "201", description = "The new draft; `Location` names it, `ETag` carries its version.",
            headers = {
                    @Header(name = "Location", description = "The new lägesbild's path.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The lägesbild's version.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SituationPictureView.class)))
    @APIResponse(responseCode = "400", description = "The input is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createSituationPicture(@Valid SituationPictureCreateInput input) {
        SituationPictureView created = situations.create(input);
        return Response.created(URI.create("/api/v1/situation-pictures/" + created.id()))
                .header(HttpHeaders.ETAG, VersionedDocuments.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getSituationPicture", summary = "Read a lägesbild",
            description = "One lägesbild with its mapping, sections and problems. Residents and partners read adopted "
                    + "ones only, their public sections and problems only, and every figure through the disclosure "
                    + "control (small counts are not shown exactly).")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The lägesbild",
            headers = @Header(name = "ETag", description = "The lägesbild's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SituationPictureView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getSituationPicture(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        SituationPictureView p = situations.get(Parameters.id("id", id));
        return Response.ok(p).header(HttpHeaders.ETAG, VersionedDocuments.etag(p.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replaceSituationPicture", summary = "Change a draft lägesbild",
            description = "Replaces the draft's title, analysis, sections and problems. Each problem's evidence must "
                    + "name known crime categories, areas, indicators and factors (400 naming each that does not, and "
                    + "nothing is stored). 409 once adopted. Needs `If-Match`: 428 without, 412 when stale.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SituationPictureInput.class)))
    @APIResponse(responseCode = "200", description = "The changed lägesbild",
            headers = @Header(name = "ETag", description = "The lägesbild's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SituationPictureView.class)))
    @APIResponse(responseCode = "400", description = "The input is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The lägesbild is adopted and can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The lägesbild has changed since the version `If-Match` names.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceSituationPicture(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid SituationPictureInput input) {
        SituationPictureView p = situations.replace(Parameters.id("id", id), ifMatch, input);
        return Response.ok(p).header(HttpHeaders.ETAG, VersionedDocuments.etag(p.version())).build();
    }

    @POST
    @Path("/{id}/mapping")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "refreshSituationMapping", summary = "Draft a lägesbild's mapping again",
            description = "Drafts the mapping of a draft lägesbild again from today's data (after a new delivery of "
                    + "crime statistics, say). 409 once adopted: an adopted mapping is frozen. Needs `If-Match`.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The lägesbild with its new mapping",
            headers = @Header(name = "ETag", description = "The lägesbild's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SituationPictureView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The lägesbild is adopted and can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The lägesbild has changed since the version `If-Match` names.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response refreshSituationMapping(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch) {
        SituationPictureView p = situations.refreshMapping(Parameters.id("id", id), ifMatch);
        return Response.ok(p).header(HttpHeaders.ETAG, VersionedDocuments.etag(p.version())).build();
    }

    @POST
    @Path("/{id}/adoption")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "adoptSituationPicture", summary = "Adopt a lägesbild",
            description = "Records the decision that adopts the draft (body and date required) and freezes it, its "
                    + "mapping included. 409 when already adopted.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdoptionInput.class)))
    @APIResponse(responseCode = "200", description = "The adopted lägesbild",
            headers = @Header(name = "ETag", description = "The lägesbild's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SituationPictureView.class)))
    @APIResponse(responseCode = "400", description = "The decision is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The lägesbild is already adopted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response adoptSituationPicture(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Valid AdoptionInput input) {
        SituationPictureView p = situations.adopt(Parameters.id("id", id), input);
        return Response.ok(p).header(HttpHeaders.ETAG, VersionedDocuments.etag(p.version())).build();
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "newSituationPictureVersion", summary = "Start a new version of an adopted lägesbild",
            description = "A change of an adopted lägesbild is a new version: a draft copy of its texts, sections, "
                    + "problems and mapping, with `predecessor` naming it. The adopted one stays as it is (read-only, "
                    + "listed in `versions`), and every plan based on it stays based on it. 409 when the lägesbild "
                    + "is a draft, or when it already has a newer version (change that one).")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "The new draft",
            headers = { @Header(name = "Location", description = "The new draft.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The draft's version.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SituationPictureView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The lägesbild is a draft, or already has a newer version.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response newSituationPictureVersion(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        SituationPictureView p = situations.newVersion(Parameters.id("id", id));
        return Response.created(URI.create("/api/v1/situation-pictures/" + p.id())).entity(p)
                .header(HttpHeaders.ETAG, VersionedDocuments.etag(p.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_READERS, parseValue = true),
            operationId = "getSituationPictureHistory", summary = "A lägesbild's history",
            description = "Every change to the lägesbild, newest first: who, when, which fields, before and after.")
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
    public HistoryPage getSituationPictureHistory(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return situations.history(Parameters.id("id", id), page.toPageRequest());
    }

    @GET
    @Path("/{id}/export")
    @PermitAll
    @Produces({ DocumentFormat.PDF, DocumentFormat.DOCX })
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "exportSituationPicture", summary = "Export a lägesbild",
            description = "The lägesbild as an accessible PDF (PDF/UA-1 and PDF/A-2u: tagged, in Swedish, its font "
                    + "embedded) or as a Word document (DOCX, with Word's heading styles) to edit before it goes to "
                    + "the committee: analysis, problems, other information and the mapping's tables. Who may export "
                    + "what, and which figures are exact or protected, follows `getSituationPicture`: residents and "
                    + "partners get the public parts of adopted ones only.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The document; `Content-Disposition` names a file.",
            headers = @Header(name = "Content-Disposition", description = "`attachment; filename=\"lagesbild-12.pdf\"`.",
                    schema = @Schema(type = SchemaType.STRING)),
            // binary documents: no schema (OpenAPI 3.1), as no string length would describe them
            content = { @Content(mediaType = DocumentFormat.PDF), @Content(mediaType = DocumentFormat.DOCX) })
    @APIResponse(responseCode = "400", description = "`format` is missing or unknown, or `id` is not valid; "
            + "`errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportSituationPicture(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "format", in = ParameterIn.QUERY,
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "pdf", "docx" }))
            @NotNull @QueryParam("format") String format) {
        long pictureId = Parameters.id("id", id);
        DocumentFormat f = DocumentFormat.of(format);
        SituationPictureView p = situations.get(pictureId);
        var stamp = p.adoptedAt() != null ? p.adoptedAt() : p.updatedAt();
        byte[] document = f.write(SituationDocument.of(p), stamp,
                "situation|" + p.id() + "|" + p.version() + "|" + stamp + "|" + p.problems().size());
        return Response.ok(document, f.mediaType)
                .header("Content-Disposition", "attachment; filename=\"lagesbild-" + p.id() + "." + f.name() + "\"")
                .build();
    }
}
