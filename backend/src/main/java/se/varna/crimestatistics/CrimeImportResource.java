package se.varna.crimestatistics;

import java.io.InputStream;
import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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

import se.varna.common.Limits;
import se.varna.common.PageParams;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.common.imports.ImportParams;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsImport;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsImportPage;

@Path("/api/v1/crime-statistics/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crime statistics")
public class CrimeImportResource {

    static final String X_ROLES = "[\"partner\",\"coordinator\"]";
    static final String TEXT_CSV = "text/csv";
    /** The default of {@code varna.imports.crime-statistics-max-size}, 200 MB, which the contract states. */
    static final int MAX_SIZE_DEFAULT = 209_715_200;

    @Inject
    CrimeImportService imports;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(TEXT_CSV)
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES, parseValue = true),
            operationId = "importCrimeStatistics", summary = "Import reported crimes from a CSV file",
            description = "Starts an import of a CSV file with the header `month,area,category,sex,ageGroup,count`. "
                    + "Answers 202 with the job, which the caller polls. The import replaces the source's figures of "
                    + "every month in the file, in one transaction. The file is stored with its job before the answer, "
                    + "so any replica of the service may run it. A job the database's going away interrupts ends "
                    + "`failed` once the database is back, with nothing stored; a job whose replica stopped is run "
                    + "again by another. When as many jobs as the service queues are waiting or running, the answer "
                    + "is 429 with `Retry-After` and nothing is stored.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
            maxLength = MAX_SIZE_DEFAULT, description = "At most 200 MB (the service's configurable "
                    + "`varna.imports.crime-statistics-max-size`); a larger file is answered 413."),
            example = CrimeExamples.IMPORT_CSV))
    @APIResponse(responseCode = "202", description = "The import job, queued; poll its `Location`.",
            headers = @Header(name = "Location", description = "The job's URL.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CrimeStatisticsImport.class),
                    example = CrimeExamples.IMPORT_QUEUED))
    @APIResponse(responseCode = "400", ref = "UnreadableFile")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "FileTooLarge")
    @APIResponse(responseCode = "429", ref = "ImportQueueFull")
    public Response importCrimeStatistics(@BeanParam ImportParams params,
            @Parameter(name = "source", in = ParameterIn.QUERY, description = "Organisation code of the figures' "
                    + "source, e.g. `polisen`. Coordinators only; a partner's source is its own organisation.",
                    schema = @Schema(type = SchemaType.STRING)) @Size(max = Limits.CODE) @QueryParam("source") String source,
            InputStream body) {
        CrimeStatisticsImport job = imports.startImport(body, params, source);
        URI location = uriInfo.getBaseUriBuilder().path(CrimeImportResource.class).path(Long.toString(job.id())).build();
        return Response.accepted(job).location(location).build();
    }

    @GET
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES, parseValue = true),
            operationId = "listCrimeStatisticsImports", summary = "List crime-statistics imports",
            description = "Import jobs, newest first: a coordinator sees every job, a partner those of its own "
                    + "organisation.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "One page of import jobs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CrimeStatisticsImportPage.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public CrimeStatisticsImportPage listCrimeStatisticsImports(@Valid @BeanParam PageParams page) {
        return imports.jobs(page.toPageRequest());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES, parseValue = true),
            operationId = "getCrimeStatisticsImport", summary = "Get a crime-statistics import job",
            description = "One import job: its state, rows read so far and, when finished, its report.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The import job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CrimeStatisticsImport.class),
                    example = CrimeExamples.IMPORT_SUCCEEDED))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CrimeStatisticsImport getCrimeStatisticsImport(@PathParam("id") long id) {
        return imports.job(id);
    }
}
