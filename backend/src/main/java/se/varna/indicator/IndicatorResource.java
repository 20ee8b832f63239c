package se.varna.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.caching.CachedAnswer;
import se.varna.common.Limits;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageParams;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.common.csv.CsvDialect;
import se.varna.indicator.IndicatorDtos.IndicatorInput;
import se.varna.indicator.IndicatorDtos.IndicatorPage;
import se.varna.indicator.IndicatorDtos.IndicatorView;
import se.varna.indicator.IndicatorValueDtos.RecordedValue;
import se.varna.indicator.IndicatorValueDtos.SeriesAnswer;
import se.varna.indicator.IndicatorValueDtos.ValueInput;
import se.varna.indicator.IndicatorValueService.SeriesFilter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class IndicatorResource {

    @Inject
    IndicatorService indicators;

    @Inject
    IndicatorValueService values;

    @Inject
    IndicatorAdminService admin;

    static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";

    static final String X_ROLES_RECORDERS = "[\"editor\",\"coordinator\"]";

    /** A series as CSV, as the public reads it: a survey value without respondents is suppressed. */
    static final String SERIES_CSV_EXAMPLE = "indicator,period,area,sex,ageGroup,value,numerator,denominator,status,"
            + "source,disclosure\r\n"
            + "TILLIT,2024,1980,total,total,63.5,,,final,Invånarundersökningen 2024,exact\r\n"
            + "TILLIT,2024,1980,female,total,,,,final,Invånarundersökningen 2024,suppressed\r\n";

    @GET
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listIndicators", summary = "List indicators",
            description = "Indicators ordered by code; with `goal`, only those that follow that goal, in the order "
                    + "the policy lists them.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorPage.class)))
    @CachedAnswer
    public IndicatorPage listIndicators(
            @Parameter(description = "Id of a goal; only indicators that follow it.") @QueryParam("goal") Long goal,
            @Valid @BeanParam PageParams page) {
        return indicators.listIndicators(goal, page.toPageRequest());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getIndicator", summary = "Get an indicator",
            description = "One indicator: its definition, unit, direction, source, frequency, the splits its values "
                    + "support, its owning organisation and the goals it follows.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @CachedAnswer
    public IndicatorView getIndicator(@PathParam("id") long id) {
        return indicators.findIndicatorById(id).orElseThrow(() -> new NotFoundProblem("indicator", id));
    }

    @GET
    @Path("/{id}/values")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, CsvDialect.MEDIA_TYPE })
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listIndicatorValues", summary = "Read an indicator's values as series",
            description = "The indicator's values grouped into series, one per area, sex and age group, oldest "
                    + "first; each series answers its latest value, the change against the previous value and "
                    + "against the baseline, the target for the latest value's year (or the next later target) "
                    + "and a status. The baseline and target are those the policy in force today sets for the "
                    + "indicator, its own only where that policy sets none (`judgedAgainst`, each series' "
                    + "`targetFrom`). Status rule: `noTarget` without a target; `onTrack` when the "
                    + "latest value meets the target (at least it when higher is better, at most it when lower is "
                    + "better) or when the change since the previous value, continued at the same pace until the "
                    + "end of the target's year, would meet it; `atRisk` when it moves toward the target too "
                    + "slowly or is within 5 % of it; `offTrack` otherwise. Filters narrow the values first, so "
                    + "`from`/`to` also decide which value is the latest.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The indicator's series; as CSV, one line per value in the "
            + "import's columns.",
            headers = @Header(name = "Content-Disposition", ref = "Content-Disposition-Csv"),
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesAnswer.class)),
                    @Content(mediaType = CsvDialect.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            maxLength = 104_857_600, description = "The values as CSV (see above); the bound is for "
                                    + "clients' buffers, far above any real series."), example = SERIES_CSV_EXAMPLE) })
    @APIResponse(responseCode = "404", ref = "NotFound")
    @CachedAnswer
    public SeriesAnswer listIndicatorValues(@PathParam("id") long id,
            @Parameter(description = "First period, inclusive: `2019`, `2024H1`, `2024Q2` or `2024-05`.")
            @Size(max = Limits.CODE) @QueryParam("from") String from,
            @Parameter(description = "Last period, inclusive, in the same forms as `from`.")
            @Size(max = Limits.CODE) @QueryParam("to") String to,
            @Parameter(description = "Only this area, by code: `1980` (Västerås) or a district such as `1980-centrum`.")
            @Size(max = Limits.CODE) @QueryParam("area") String area,
            @Parameter(description = "Only this sex.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "total", "female", "male" })) @QueryParam("sex") String sex,
            @Parameter(description = "Only this age group: `total` or a band the indicator declares, e.g. `15-17`.")
            @Size(max = Limits.CODE) @QueryParam("ageGroup") String ageGroup) {
        return values.readSeries(id, new SeriesFilter(from, to, area, sex, ageGroup));
    }

    @POST
    @Path("/{id}/values")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.EDITOR })
    @Operation(extensions = { @Extension(name = "x-roles", value = X_ROLES_RECORDERS, parseValue = true),
            @Extension(name = "x-owner-scoped", value = "true", parseValue = true) },
            operationId = "recordIndicatorValue", summary = "Record one value of an indicator",
            description = "Records one value. A coordinator records any indicator's values, an editor only those of "
                    + "indicators their organisation owns (403 otherwise). The same indicator, period, area, sex and "
                    + "age group again replaces the figures (201 when created, 200 when replaced or unchanged); "
                    + "every change is audited with who, when, before and after.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ValueInput.class)))
    @APIResponse(responseCode = "200", description = "The value replaced the figures stored, or they were the same",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedValue.class)))
    @APIResponse(responseCode = "201", description = "The value was new",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedValue.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "The indicator is computed (`urn:varna:problem:indicator-computed`): "
            + "its values come from Värna's own data and cannot be recorded; the error names `indicator`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordIndicatorValue(@PathParam("id") long id, @Valid ValueInput input) {
        RecordedValue recorded = values.recordValue(id, input);
        return Response.status("created".equals(recorded.outcome()) ? 201 : 200).entity(recorded).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "createIndicator", summary = "Create an indicator",
            description = "A coordinator adds an indicator: code, names, definition, unit, direction, source, "
                    + "frequency, splits and age bands, owning organisation, goals (added last to each goal's list), "
                    + "baseline and yearly targets. Every invalid field is named in `errors`.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorInput.class)))
    @APIResponse(responseCode = "201", description = "The indicator, created; `Location` is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response createIndicator(@Valid IndicatorInput input, @Context UriInfo uri) {
        IndicatorView created = admin.createIndicator(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "updateIndicator", summary = "Replace an indicator's definition",
            description = "A coordinator replaces an indicator's definition, owner, goals, baseline and targets "
                    + "(the targets sent replace the stored ones). The frequency cannot change while values are "
                    + "recorded. Every invalid field is named in `errors`.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorInput.class)))
    @APIResponse(responseCode = "200", description = "The indicator as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public IndicatorView updateIndicator(@PathParam("id") long id, @Valid IndicatorInput input) {
        return admin.updateIndicator(id, input);
    }
}
