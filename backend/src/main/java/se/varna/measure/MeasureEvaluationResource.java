package se.varna.measure;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import se.varna.common.PageParams;
import se.varna.common.Parameters;
import se.varna.common.PreconditionProblem;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.common.Snapshots;
import se.varna.common.document.VersionedDocuments;
import se.varna.measure.EvaluationDtos.EvaluationInput;
import se.varna.measure.EvaluationDtos.EvaluationView;
import se.varna.measure.EvaluationDtos.HistoryPage;
import se.varna.measure.EvaluationDtos.SuggestionPage;

/** A measure's effect follow-up: its design, what it shows, its history and suggested comparison districts. */
@Path("/api/v1/measures/{id}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures")
public class MeasureEvaluationResource {

    @Inject
    MeasureEvaluationService evaluations;

    @GET
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getMeasureEvaluation", summary = "A measure's effect follow-up",
            description = "The measure's evaluation design and what it shows now: per month the target districts' "
                    + "and the comparison districts' counts and rates per 1 000 inhabitants, and the estimated "
                    + "relative change with its 95 % interval. " + EvaluationDtos.MODEL_DESCRIPTION + " No estimate "
                    + "(`estimate` null, `insufficientData` and `reason` say why) before the after window, with "
                    + "fewer than `minimumEvents` events in a group before or after, or when the model cannot be "
                    + "fitted. Anonymous readers see only published measures (404 otherwise); for them and for "
                    + "partners the figures are published by the crime statistics' disclosure control, and the "
                    + "series and estimate are withheld (`insufficientData: disclosure`) unless every monthly count "
                    + "of the target and of the comparison districts is at least the disclosure threshold. The "
                    + "`ETag` carries the design's version.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The evaluation",
            headers = @Header(name = "ETag", description = "The design's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getMeasureEvaluation(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        EvaluationView view = evaluations.find(Parameters.id("id", id));
        return Response.ok(view).header(HttpHeaders.ETAG, VersionedDocuments.etag(view.version())).build();
    }

    @PUT
    @RolesAllowed({ Roles.EDITOR, Roles.COORDINATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = { @Extension(name = "x-roles", value = MeasureResource.X_ROLES_EDITOR, parseValue = true),
            @Extension(name = "x-owner-scoped", value = "true", parseValue = true) },
            operationId = "replaceMeasureEvaluation", summary = "Declare or change a measure's evaluation design",
            description = "Declares the design before the result is known: the outcome (a crime category or group, "
                    + "or an indicator), the target districts (default: the measure's), the comparison districts, "
                    + "the intervention's first month and the before and after windows. The first design needs no "
                    + "`If-Match` (201); a change needs the design's `ETag` (428 without, 412 when stale). Once the "
                    + "after window has begun the design is frozen: a change answers 409 "
                    + "`urn:varna:problem:measure-evaluation-frozen`. A design registered after the start is "
                    + "allowed, marked `retrospective` (efterhandsbedömning) and frozen at once. Who may: editors "
                    + "of the measure's organisation and the coordinator, as for the measure. Recorded in the "
                    + "design's history.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationInput.class)))
    @APIResponse(responseCode = "200", description = "The changed design",
            headers = @Header(name = "ETag", description = "The design's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "201", description = "The new design",
            headers = {
                    @Header(name = "Location", description = "The evaluation's path.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The design's version.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "The design is not valid; `errors` names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller may not change this measure: not an editor of "
            + "its organisation, nor the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The design is frozen: its after window has begun.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The design has changed since the version `If-Match` names, "
            + "`If-Match` is `*`, or it names a version of a design that does not exist yet.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing on a change.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceMeasureEvaluation(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER,
                    description = PreconditionProblem.IF_MATCH + " Not sent for the first design.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid EvaluationInput input) {
        long measureId = Parameters.id("id", id);
        MeasureEvaluationService.Written written = evaluations.put(measureId, ifMatch, input);
        Response.ResponseBuilder answer = written.created()
                ? Response.created(URI.create("/api/v1/measures/" + measureId + "/evaluation"))
                : Response.ok();
        return answer.header(HttpHeaders.ETAG, VersionedDocuments.etag(written.view().version()))
                .entity(written.view()).build();
    }

    @GET
    @Path("/history")
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = MeasureResource.X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "getMeasureEvaluationHistory", summary = "An evaluation design's history",
            description = "Every change to the measure's evaluation design, newest first: who, when, which fields, "
                    + "and the design before and after.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "One page of history entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryPage.class)))
    @APIResponse(responseCode = "403", description = "The caller has none of Värna's roles.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public HistoryPage getMeasureEvaluationHistory(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return evaluations.history(Parameters.id("id", id), page.toPageRequest());
    }

    @GET
    @Path("/suggested-comparisons")
    @RolesAllowed({ Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = MeasureResource.X_ROLES_EDITOR, parseValue = true),
            operationId = "suggestMeasureEvaluationComparisons", summary = "Suggested comparison districts",
            description = "The districts whose before window is closest to the target districts' in the crime "
                    + "category's rate per 1 000 inhabitants: the mean monthly rate (level) and its linear trend, "
                    + "each difference in standard deviations of all candidates, summed; smallest first. The "
                    + "target districts are left out.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The closest districts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuggestionPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is neither editor nor coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SuggestionPage suggestMeasureEvaluationComparisons(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "category", in = ParameterIn.QUERY, required = true,
                    description = "The outcome's crime category or group code, e.g. `skadegorelse`.")
            @NotBlank @Size(max = Limits.CODE) @QueryParam("category") String category,
            @Parameter(name = "interventionStart", in = ParameterIn.QUERY, required = true,
                    description = "The intervention's first month, `YYYY-MM`; the before window ends the month before.")
            @NotNull @Size(max = 7) @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{varna.evaluation.month}")
            @QueryParam("interventionStart") String interventionStart,
            @Parameter(name = "monthsBefore", in = ParameterIn.QUERY, required = true,
                    description = "Months in the before window.")
            @NotNull @Min(EvaluationDtos.MONTHS_BEFORE_MIN) @Max(EvaluationDtos.MONTHS_MAX)
            @QueryParam("monthsBefore") Integer monthsBefore,
            @Parameter(name = "district", in = ParameterIn.QUERY,
                    description = "A target district's code; repeat for several. Default: the measure's districts.")
            @Size(max = EvaluationDtos.DISTRICTS_MAX, message = "{varna.items.max}")
            @QueryParam("district") List<@Size(max = Limits.CODE) String> district,
            @Parameter(name = "count", in = ParameterIn.QUERY, description = "How many districts to suggest; 5 when "
                    + "not given.") @Min(1) @Max(20) @QueryParam("count") Integer count) {
        return evaluations.suggest(Parameters.id("id", id), category.trim(), interventionStart, monthsBefore, district,
                count == null ? 5 : count);
    }
}
