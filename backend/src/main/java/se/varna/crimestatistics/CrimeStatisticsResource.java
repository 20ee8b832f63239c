package se.varna.crimestatistics;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.common.VarnaRole;
import se.varna.common.csv.CsvDialect;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;

@Path("/api/v1/crime-statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crime statistics", description = "Reported crimes by category, district, sex and age group "
        + "(*anmälda brott*), and their import")
public class CrimeStatisticsResource {

    @Inject
    CrimeStatisticsService statistics;

    /** The most values a repeated parameter (`category`, `area`, `groupBy`) may have: the contract's maxItems. */
    static final int MAX_VALUES = 100;

    /** A month as `from` and `to` spell it, `2025-06` (the contract's pattern). */
    static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";

    @GET
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, CsvDialect.MEDIA_TYPE })
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getCrimeStatistics", summary = "Reported crimes, aggregated",
            description = "Reported crimes in the months `from`–`to`, for the requested categories and areas, split "
                    + "by the dimensions in `groupBy`, as a count or a rate. Who sees what: viewers, editors and "
                    + "coordinators see exact figures; a partner sees exact figures where every fact in a figure came "
                    + "from its own organisation's deliveries, and the public figure elsewhere; anonymous callers see "
                    + "public figures. A public figure is protected by the cell-key method: each count gets a small "
                    + "deterministic perturbation (less than a configured bound, 3 by default; a count of 1 or more "
                    + "never becomes 0, 0 stays 0), the same every time the same figure is asked for, totals by their "
                    + "own key rather than as the sum of perturbed parts; a published count below `threshold` is "
                    + "suppressed. No public figure is exact except 0. Rates are computed from the published count. "
                    + "Each figure's `disclosure` says which it is.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The cells of the answer; as CSV, one line per cell.",
            headers = @Header(name = "Content-Disposition", ref = "Content-Disposition-Csv"),
            content = { @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CrimeStatistics.class), example = CrimeExamples.STATISTICS),
                    @Content(mediaType = CsvDialect.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            maxLength = 52_428_800, description = "The cells as CSV (see above): at most 20 000 lines "
                                    + "and a header."), example = CrimeExamples.STATISTICS_CSV) })
    @CachedAnswer
    public CrimeStatistics getCrimeStatistics(
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "First month, `YYYY-MM`.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 7))
            @Pattern(regexp = MONTH, message = "{varna.crime.month}") @QueryParam("from") String from,
            @Parameter(name = "to", in = ParameterIn.QUERY, description = "Last month, `YYYY-MM`.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 7))
            @Pattern(regexp = MONTH, message = "{varna.crime.month}") @QueryParam("to") String to,
            @Parameter(name = "category", in = ParameterIn.QUERY,
                    description = "Category or group codes, repeated or separated by commas; default the top categories.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            @Size(max = MAX_VALUES, message = "{varna.repeated.max}") @QueryParam("category")
            List<@Size(max = Limits.CODE) String> category,
            @Parameter(name = "area", in = ParameterIn.QUERY,
                    description = "Area codes, repeated or separated by commas; default the municipality (and its "
                            + "districts when split by area).",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            @Size(max = MAX_VALUES, message = "{varna.repeated.max}") @QueryParam("area")
            List<@Size(max = Limits.CODE) String> area,
            @Parameter(name = "groupBy", in = ParameterIn.QUERY, description = "The dimensions to split by.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CrimeStatisticsDimension.class))
            @Size(max = MAX_VALUES, message = "{varna.repeated.max}") @QueryParam("groupBy")
            List<@Size(max = Limits.CODE) String> groupBy,
            @Parameter(name = "measure", in = ParameterIn.QUERY, description = "`count`, `ratePer1000` or `ratePer100k`.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "count", "ratePer1000", "ratePer100k" },
                            defaultValue = "count")) @QueryParam("measure") String measure,
            @Parameter(name = "unsplit", in = ParameterIn.QUERY, deprecated = true, description = "Deprecated "
                    + "(sunset 2027-06-30, docs/api.md#deprecation): `total` answers as before December 2026, the "
                    + "bucket of crimes delivered without a sex or age named `total` and no `all` bucket. Without "
                    + "it (or with `notRecorded`) that bucket is `notRecorded` and `all` is the real total.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "notRecorded", "total" },
                            defaultValue = "notRecorded")) @QueryParam("unsplit") String unsplit) {
        return statistics.statistics(new CrimeStatisticsService.Query(from, to, split(category), split(area),
                split(groupBy), measure), unsplit);
    }

    /** Values of a repeated parameter, each also split at commas. */
    private static List<String> split(List<String> values) {
        List<String> result = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        result.add(part.trim());
                    }
                }
            }
        }
        return result;
    }
}
