package se.varna.safetyanalysis;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.safetyanalysis.SafetyAnalysisDtos.HistoryPage;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisInput;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisPage;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisView;
import se.varna.common.Limits;
import se.varna.common.PageParams;
import se.varna.common.Parameters;
import se.varna.common.PreconditionProblem;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.common.Snapshots;
import se.varna.common.document.VersionedDocuments;

@Path("/api/v1/safety-analyses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Safety analyses", description = "Safety analyses (*trygghetsanalyser*) of the districts: assessed risk "
        + "and protective factors, places of concern, measures proposed or started")
public class SafetyAnalysisResource {

    static final String X_ROLES_SIGNED_IN = "[\"viewer\",\"partner\",\"editor\",\"coordinator\"]";
    static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";

    @Inject
    SafetyAnalysisService analyses;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "listSafetyAnalyses", summary = "List safety analyses",
            description = "Safety analyses, newest first. They hold internal assessments: every signed-in role "
                    + "may read them, the public may not.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "One page of safety analyses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SafetyAnalysisPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller has none of Värna's roles.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SafetyAnalysisPage listSafetyAnalyses(
            @Parameter(description = "Code of the district, e.g. `1980-backby`.")
            @QueryParam("area") @Size(max = Limits.CODE) String area,
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "Analyses dated on or after this day.",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = Parameters.DATE_LENGTH)) @QueryParam("from") String from,
            @Parameter(name = "to", in = ParameterIn.QUERY, description = "Analyses dated on or before this day.",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = Parameters.DATE_LENGTH)) @QueryParam("to") String to,
            @Valid @BeanParam PageParams page) {
        Parameters.DateRange dates = Parameters.dateRange("from", from, "to", to);
        return analyses.list(Parameters.optionalText(area), dates.from(), dates.to(), page.toPageRequest());
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "createSafetyAnalysis", summary = "Record a safety analysis",
            description = "Records a safety analysis of a district. Factors are named by their codes (see "
                    + "`/risk-factors` and `/protective-factors`), measures by their ids; an unknown one answers "
                    + "400 naming the field, and nothing is stored. Recorded in the history.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SafetyAnalysisInput.class)))
    @APIResponse(responseCode = "201", description = "The new analysis; `Location` names it, `ETag` carries its version.",
            headers = {
                    @Header(name = "Location", description = "The new analysis's path.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The analysis's version.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SafetyAnalysisView.class)))
    @APIResponse(responseCode = "400", description = "The analysis is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createSafetyAnalysis(@Valid SafetyAnalysisInput input) {
        SafetyAnalysisView created = analyses.create(input);
        return Response.created(URI.create("/api/v1/safety-analyses/" + created.id()))
                .header(HttpHeaders.ETAG, VersionedDocuments.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "getSafetyAnalysis", summary = "Read a safety analysis",
            description = "One safety analysis with its assessed factors, places of concern and measures. The "
                    + "`ETag` header carries its version, for `If-Match` on a change.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The safety analysis",
            headers = @Header(name = "ETag", description = "The analysis's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SafetyAnalysisView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller has none of Värna's roles.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getSafetyAnalysis(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        SafetyAnalysisView analysis = analyses.get(Parameters.id("id", id));
        return Response.ok(analysis).header(HttpHeaders.ETAG, VersionedDocuments.etag(analysis.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replaceSafetyAnalysis", summary = "Change a safety analysis",
            description = "Replaces the analysis. Needs `If-Match` with the ETag of the version read: 428 without "
                    + "it, 412 when the analysis has changed since. Recorded in the history with the state before "
                    + "and after.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SafetyAnalysisInput.class)))
    @APIResponse(responseCode = "200", description = "The changed analysis",
            headers = @Header(name = "ETag", description = "The analysis's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SafetyAnalysisView.class)))
    @APIResponse(responseCode = "400", description = "The analysis is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412",
            description = "The analysis has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceSafetyAnalysis(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid SafetyAnalysisInput input) {
        SafetyAnalysisView changed = analyses.replace(Parameters.id("id", id), ifMatch, input);
        return Response.ok(changed).header(HttpHeaders.ETAG, VersionedDocuments.etag(changed.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "getSafetyAnalysisHistory", summary = "A safety analysis's history",
            description = "Every change to the analysis, newest first: who, when, which fields, and the state "
                    + "before and after.")
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
    public HistoryPage getSafetyAnalysisHistory(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return analyses.history(Parameters.id("id", id), page.toPageRequest());
    }

}
