package se.varna.indicator;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.Limits;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.common.imports.ImportParams;
import se.varna.common.imports.ImportReport;

@Path("/api/v1/indicator-values/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class IndicatorValueImportResource {

    static final String TEXT_CSV = "text/csv";

    /** The default of {@code varna.imports.indicator-values-max-size}, 10 MB, which the contract states. */
    static final int MAX_SIZE_DEFAULT = 10_485_760;

    static final String CSV_EXAMPLE = "indicator,period,area,sex,ageGroup,value,status,source\n"
            + "TILLIT,2024,1980,total,total,63.5,final,Invånarundersökningen 2024\n"
            + "TILLIT,2024,1980,female,total,64.1,final,Invånarundersökningen 2024\n"
            + "TILLIT,2024,1980-centrum,total,total,58.2,final,Invånarundersökningen 2024\n";

    @Inject
    IndicatorValueImportService imports;

    @POST
    @Consumes({ TEXT_CSV, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.COORDINATOR, Roles.EDITOR })
    @Operation(extensions = { @Extension(name = "x-roles", value = IndicatorResource.X_ROLES_RECORDERS, parseValue = true),
            @Extension(name = "x-owner-scoped", value = "true", parseValue = true) },
            operationId = "importIndicatorValues", summary = "Import indicator values from a file",
            description = "Records many values at once, from CSV (`text/csv`: UTF-8 with or without byte-order mark, "
                    + "or Excel's Windows-1252; comma, semicolon or tab; decimal point or comma) with the header "
                    + "`indicator,period,area,sex,ageGroup,value` and optionally `numerator`, `denominator`, `status` "
                    + "(`preliminary`/`final`), `source` and `disclosure` (read and ignored, so a downloaded series imports "
                    + "again) — `indicator` is the indicator's code, `area` the area's "
                    + "code — or from Kolada's data JSON (`application/json`, `{\"values\":[{\"kpi\",\"municipality\","
                    + "\"period\",\"values\":[{\"gender\":\"T|K|M\",\"value\"}]}]}`), mapped to our indicators by "
                    + "their Kolada KPI id; for JSON the row in `errors` is the 1-based position of the value among "
                    + "all values in the file. A coordinator imports any indicator's values, an editor only their "
                    + "own organisation's: rows of other indicators are invalid rows, and a file with none of the "
                    + "editor's indicators is 403. A row repeating an earlier row's indicator, period, area, sex and "
                    + "age group is invalid. Valid rows already stored with the same figures are left as they are, "
                    + "so importing a file twice changes nothing the second time. A dry run always answers 200 with "
                    + "the report. The import is one transaction: if the database goes away during it, the answer is "
                    + "503 and nothing of the file is stored.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = {
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING, maxLength = MAX_SIZE_DEFAULT,
                    description = "At most 10 MB (the service's configurable `varna.imports.indicator-values-max-size`); "
                            + "a larger file is answered 413."), example = CSV_EXAMPLE),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KoladaData.class)) })
    @APIResponse(responseCode = "200", description = "The report: rows read, valid, rejected, stored and unchanged, "
            + "and every invalid row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", ref = "UnreadableFile")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "FileTooLarge")
    @APIResponse(responseCode = "422", ref = "ImportRejected")
    public ImportReport importIndicatorValues(@BeanParam ImportParams params,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_JSON)) {
            return imports.importKolada(body, params);
        }
        return imports.importCsv(body, params);
    }

    // The Kolada records describe the JSON body for the contract only: the service reads the
    // body as it comes (IndicatorValueImportService.importKolada) and names every invalid row, so
    // their limits are schema text here, not constraints no one would check.

    /** Kolada's data answer (v2 API, {@code /v2/data/kpi/{kpi}/municipality/{m}/year/…}). */
    @Schema(name = "KoladaData", description = "Kolada's data format.", requiredProperties = { "values" })
    public record KoladaData(@Schema(maxItems = 1_000_000) java.util.List<KoladaEntry> values) {
    }

    @Schema(name = "KoladaEntry", requiredProperties = { "kpi", "municipality", "period", "values" })
    public record KoladaEntry(@Schema(description = "Kolada KPI id, e.g. `N15428`.", maxLength = 255) String kpi,
            @Schema(description = "Municipality code, e.g. `1980`.", maxLength = Limits.CODE) String municipality,
            @Schema(description = "The year.") int period,
            @Schema(maxItems = 1_000_000) java.util.List<KoladaValue> values) {
    }

    @Schema(name = "KoladaValue", requiredProperties = { "gender", "value" })
    public record KoladaValue(@Schema(description = "`T` total, `K` women, `M` men.", enumeration = { "T", "K",
            "M" }) String gender,
            @Schema(nullable = true) Double value,
            @Schema(nullable = true, minimum = "0") Integer count,
            @Schema(nullable = true, maxLength = 2000) String status) {
    }
}
