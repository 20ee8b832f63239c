package se.varna.measure;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import se.varna.common.Limits;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageParams;
import se.varna.common.Parameters;
import se.varna.common.PreconditionProblem;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.common.Snapshots;
import se.varna.common.csv.CsvDialect;
import se.varna.common.document.VersionedDocuments;
import se.varna.measure.MeasureDtos.HistoryPage;
import se.varna.measure.MeasureDtos.MeasureInput;
import se.varna.measure.MeasureDtos.MeasurePage;
import se.varna.measure.MeasureDtos.MeasureView;
import se.varna.measure.MeasureDtos.ProgressUpdateInput;
import se.varna.measure.MeasureDtos.ProgressUpdatePage;
import se.varna.measure.MeasureDtos.ProgressUpdateView;

@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures")
public class MeasureResource {

    static final String X_ROLES_EDITOR = "[\"editor\",\"coordinator\"]";
    static final String X_ROLES_SIGNED_IN = "[\"viewer\",\"partner\",\"editor\",\"coordinator\"]";

    @Inject
    MeasureService measures;

    /** The CSV example of {@code listMeasures}. */
    static final String MEASURES_CSV_EXAMPLE = "id,title,responsibleOrganisation,goals,districts,status,preventionType,"
            + "preventionLevel,startDate,endDate,published,demo,lastUpdateDate,lastUpdateAssessment,needsFollowUp\r\n"
            + "12,Nattvandring,kultur-idrott-fritid,1 5,1980-backby,ongoing,situational,primary,2024-03-01,,true,false,"
            + "2025-10-02,green,false\r\n";

    @GET
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, CsvDialect.MEDIA_TYPE })
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listMeasures", summary = "List measures",
            description = "Measures narrowed by the filters, sorted and paged, with counts per status. Anonymous "
                    + "readers (and tokens without a Värna role) see only published measures.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of measures and the counts per status; as CSV, one "
            + "line per measure of the page.",
            headers = @Header(name = "Content-Disposition", ref = "Content-Disposition-Csv"),
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurePage.class)),
                    @Content(mediaType = CsvDialect.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            maxLength = 10_485_760, description = "The page's measures as CSV: id, title, "
                                    + "responsibleOrganisation (code), goals (numbers) and districts (codes) separated "
                                    + "by spaces, status, preventionType, preventionLevel, startDate, endDate, "
                                    + "published, demo, lastUpdateDate, lastUpdateAssessment, needsFollowUp."),
                            example = MEASURES_CSV_EXAMPLE) })
    public MeasurePage listMeasures(
            @Parameter(name = "goal", in = ParameterIn.QUERY, description = "Id of a goal the measure aims at.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("goal") String goal,
            @Parameter(name = "organisation", in = ParameterIn.QUERY,
                    description = "Code of the responsible organisation, e.g. `kultur-idrott-fritid`.")
            @Size(max = Limits.CODE) @QueryParam("organisation") String organisation,
            @Parameter(name = "district", in = ParameterIn.QUERY,
                    description = "Code of a targeted district, e.g. `1980-backby`.")
            @Size(max = Limits.CODE) @QueryParam("district") String district,
            @Parameter(name = "preventionType", in = ParameterIn.QUERY,
                    schema = @Schema(implementation = PreventionType.class)) @QueryParam("preventionType") String preventionType,
            @Parameter(name = "preventionLevel", in = ParameterIn.QUERY,
                    schema = @Schema(implementation = PreventionLevel.class)) @QueryParam("preventionLevel") String preventionLevel,
            @Parameter(name = "status", in = ParameterIn.QUERY,
                    schema = @Schema(implementation = MeasureStatus.class)) @QueryParam("status") String status,
            @Parameter(name = "riskFactor", in = ParameterIn.QUERY, description = "Code of a risk factor the measure lowers.")
            @Size(max = Limits.CODE) @QueryParam("riskFactor") String riskFactor,
            @Parameter(name = "protectiveFactor", in = ParameterIn.QUERY,
                    description = "Code of a protective factor the measure strengthens.")
            @Size(max = Limits.CODE) @QueryParam("protectiveFactor") String protectiveFactor,
            @Parameter(name = "targetGroup", in = ParameterIn.QUERY,
                    schema = @Schema(implementation = TargetGroup.class)) @QueryParam("targetGroup") String targetGroup,
            // named as the parameter is: a violation names the Java parameter
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to find in the title or description.")
            @Size(max = Limits.CODE) @QueryParam("q") String q,
            @Parameter(name = "needsFollowUp", in = ParameterIn.QUERY, description = "`true`: only the measures that "
                    + "need a follow-up (ongoing, and the latest progress update, or without one the start, more "
                    + "than six months old; the rule of `needsFollowUp`).",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("needsFollowUp") boolean needsFollowUp,
            @Parameter(name = "sort", in = ParameterIn.QUERY,
                    description = "Order: `title` (default), `startDate`, `endDate`, `status` or `updatedAt`; a "
                            + "leading `-` reverses it.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "title", "-title", "startDate",
                            "-startDate", "endDate", "-endDate", "status", "-status", "updatedAt", "-updatedAt" }))
            @QueryParam("sort") String sort,
            @Valid @BeanParam PageParams page) {
        MeasureFilter filter = new MeasureFilter(Parameters.optionalId("goal", goal),
                Parameters.optionalText(organisation), Parameters.optionalText(district),
                Parameters.optionalEnum("preventionType", preventionType, PreventionType.class),
                Parameters.optionalEnum("preventionLevel", preventionLevel, PreventionLevel.class),
                Parameters.optionalEnum("status", status, MeasureStatus.class),
                Parameters.optionalText(riskFactor), Parameters.optionalText(protectiveFactor),
                Parameters.optionalEnum("targetGroup", targetGroup, TargetGroup.class),
                Parameters.optionalText(q), needsFollowUp);
        return measures.listMeasures(filter, MeasureSort.parse(sort), page.toPageRequest());
    }

    @POST
    @RolesAllowed({ Roles.EDITOR, Roles.COORDINATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = { @Extension(name = "x-roles", value = X_ROLES_EDITOR, parseValue = true),
            @Extension(name = "x-owner-scoped", value = "true", parseValue = true) },
            operationId = "createMeasure", summary = "Create a measure",
            description = "Creates a measure. Needs at least `title`, `preventionType`, `preventionLevel`, `status` "
                    + "and `startDate`. An editor's measure is their own organisation's: naming another answers 403. "
                    + "The coordinator may name any organisation.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeasureInput.class)))
    @APIResponse(responseCode = "201", description = "The new measure; `Location` names it, `ETag` carries its version.",
            headers = {
                    @Header(name = "Location", description = "The new measure's path.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The measure's version.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "400", description = "The measure is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is neither editor nor coordinator, or an editor "
            + "named another organisation than their own.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createMeasure(@Valid MeasureInput input) {
        MeasureView created = measures.createMeasure(input);
        return Response.created(URI.create("/api/v1/measures/" + created.id()))
                .header(HttpHeaders.ETAG, VersionedDocuments.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getMeasure", summary = "Get a measure",
            description = "One measure with its goals, indicators, districts, factors and latest progress. The `ETag` "
                    + "header carries its version, for `If-Match` on a change. Anonymous readers see only published "
                    + "measures (404 otherwise), without internal fields.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The measure",
            headers = @Header(name = "ETag", description = "The measure's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getMeasure(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        long measureId = Parameters.id("id", id);
        MeasureView measure = measures.findMeasureById(measureId)
                .orElseThrow(() -> new NotFoundProblem("measure", measureId));
        return Response.ok(measure).header(HttpHeaders.ETAG, VersionedDocuments.etag(measure.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.EDITOR, Roles.COORDINATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = { @Extension(name = "x-roles", value = X_ROLES_EDITOR, parseValue = true),
            @Extension(name = "x-owner-scoped", value = "true", parseValue = true) },
            operationId = "replaceMeasure", summary = "Change a measure",
            description = "Replaces the measure's fields. Needs `If-Match` with the ETag of the version read: 428 "
                    + "without it, 412 when the measure has changed since. An editor may change only their own "
                    + "organisation's measures (403 otherwise, and nothing changes); the coordinator any. The change "
                    + "is recorded in the measure's history.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeasureInput.class)))
    @APIResponse(responseCode = "200", description = "The changed measure",
            headers = @Header(name = "ETag", description = "The measure's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "400", description = "The measure is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller may not change this measure: not an editor of "
            + "its organisation, nor the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412",
            description = "The measure has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceMeasure(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid MeasureInput input) {
        MeasureView changed = measures.replaceMeasure(Parameters.id("id", id), ifMatch, input);
        return Response.ok(changed).header(HttpHeaders.ETAG, VersionedDocuments.etag(changed.version())).build();
    }

    @GET
    @Path("/{id}/updates")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listMeasureUpdates", summary = "List a measure's progress updates",
            description = "The measure's progress log, newest first. Anonymous readers see only those of published "
                    + "measures, without the author.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of progress updates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressUpdatePage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ProgressUpdatePage listMeasureUpdates(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return measures.listUpdates(Parameters.id("id", id), page.toPageRequest());
    }

    @POST
    @Path("/{id}/updates")
    @RolesAllowed({ Roles.EDITOR, Roles.COORDINATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = { @Extension(name = "x-roles", value = X_ROLES_EDITOR, parseValue = true),
            @Extension(name = "x-owner-scoped", value = "true", parseValue = true) },
            operationId = "addMeasureUpdate", summary = "Report progress on a measure",
            description = "Adds a progress update. An editor may report only on their own organisation's measures "
                    + "(403 otherwise, and nothing is stored); the coordinator on any. Recorded in the history.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgressUpdateInput.class)))
    @APIResponse(responseCode = "201", description = "The new progress update",
            headers = @Header(name = "Location", description = "The new update's path.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressUpdateView.class)))
    @APIResponse(responseCode = "400", description = "The update is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller may not report on this measure: not an editor of "
            + "its organisation, nor the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response addMeasureUpdate(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Valid ProgressUpdateInput input) {
        ProgressUpdateView created = measures.addUpdate(Parameters.id("id", id), input);
        return Response.created(URI.create("/api/v1/measures/" + created.measureId() + "/updates/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id}/updates/{updateId}")
    @RolesAllowed({ Roles.EDITOR, Roles.COORDINATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = { @Extension(name = "x-roles", value = X_ROLES_EDITOR, parseValue = true),
            @Extension(name = "x-owner-scoped", value = "true", parseValue = true) },
            operationId = "replaceMeasureUpdate", summary = "Correct a progress update",
            description = "Replaces a progress update. An editor may correct only updates of their own "
                    + "organisation's measures (403 otherwise, and nothing changes); the coordinator any. Recorded "
                    + "in the history with the text before and after.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgressUpdateInput.class)))
    @APIResponse(responseCode = "200", description = "The corrected progress update",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressUpdateView.class)))
    @APIResponse(responseCode = "400", description = "The update is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller may not change this measure's updates: not an "
            + "editor of its organisation, nor the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ProgressUpdateView replaceMeasureUpdate(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "updateId", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("updateId") String updateId,
            @Valid ProgressUpdateInput input) {
        return measures.replaceUpdate(Parameters.id("id", id), Parameters.id("updateId", updateId), input);
    }

    @DELETE
    @Path("/{id}/updates/{updateId}")
    @RolesAllowed({ Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = { @Extension(name = "x-roles", value = X_ROLES_EDITOR, parseValue = true),
            @Extension(name = "x-owner-scoped", value = "true", parseValue = true) },
            operationId = "deleteMeasureUpdate", summary = "Remove a progress update",
            description = "Removes a progress update. An editor may remove only updates of their own organisation's "
                    + "measures (403 otherwise, and nothing changes); the coordinator any. The history keeps what "
                    + "it said.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "The caller may not change this measure's updates: not an "
            + "editor of its organisation, nor the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response deleteMeasureUpdate(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "updateId", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("updateId") String updateId) {
        measures.deleteUpdate(Parameters.id("id", id), Parameters.id("updateId", updateId));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "getMeasureHistory", summary = "A measure's history",
            description = "Every change to the measure and its progress updates, newest first: who, when, which "
                    + "fields, and the state before and after.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "One page of history entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryPage.class)))
    @APIResponse(responseCode = "403", description = "The caller has none of Värna's roles.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public HistoryPage getMeasureHistory(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return measures.history(Parameters.id("id", id), page.toPageRequest());
    }
}
