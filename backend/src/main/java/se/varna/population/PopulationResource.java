package se.varna.population;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

import se.varna.common.Roles;
import se.varna.common.imports.ImportParams;
import se.varna.common.imports.ImportReport;
import se.varna.population.PopulationDtos.Mapping;
import se.varna.population.PopulationDtos.PopulationOverview;

@Path("/api/v1/population")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Population")
public class PopulationResource {

    static final String TEXT_CSV = "text/csv";
    static final String X_ROLES_SIGNED_IN = "[\"viewer\",\"partner\",\"editor\",\"coordinator\"]";
    static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";
    static final int MAX_SIZE_DEFAULT = 52_428_800;

    // The codes are made up (a DeSO code is the municipality's code, a letter and four digits).
    static final String MAPPING_EXAMPLE = "deso,district\n0000C1010,centrum\n0000C1020,centrum\n";
    static final String POPULATION_EXAMPLE = "region,ålder,kön,år,antal\n"
            + "0000C1010,0 år,kvinnor,2025,31\n0000C1010,0 år,män,2025,35\n0000C1010,100+ år,kvinnor,2025,1\n";

    @Inject
    PopulationService population;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "getPopulation", summary = "What population figures are loaded",
            description = "Each year with population figures: the municipality's total, how many districts have "
                    + "figures, and whether they are still demo figures or imported from Statistics Sweden; and how "
                    + "many SCB regions are mapped to districts. Rates (crime statistics, computed indicators, "
                    + "effect evaluations) of a year without figures use the latest earlier year's.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The years with figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PopulationOverview.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PopulationOverview getPopulation() {
        return population.overview();
    }

    @GET
    @Path("/area-mapping")
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "getPopulationAreaMapping", summary = "Which district each SCB region lies in",
            description = "The DeSO → district mapping a population import sums by, by region code.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The mapping",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Mapping.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Mapping getPopulationAreaMapping() {
        return population.mapping();
    }

    @PUT
    @Path("/area-mapping")
    @Consumes(TEXT_CSV)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replacePopulationAreaMapping", summary = "Map SCB regions to districts",
            description = "Replaces the DeSO → district mapping with the file's: CSV with the header `deso,district`, "
                    + "`deso` SCB's region code (a DeSO code such as `1980C1010`; a name after the code is ignored), "
                    + "`district` the code of a district or locality with no areas below it. A region named twice, an "
                    + "unknown area or one with areas below it is an invalid row, named with its column. Dry run and "
                    + "`all-or-nothing` (default: 422 and nothing stored when a row is invalid) or `skip-invalid` as "
                    + "the other imports.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
            maxLength = MAX_SIZE_DEFAULT, description = "At most 50 MB (`varna.imports.population-max-size`)."),
            example = MAPPING_EXAMPLE))
    @APIResponse(responseCode = "200", description = "The report: rows read, valid, rejected and stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", ref = "UnreadableFile")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "FileTooLarge")
    @APIResponse(responseCode = "422", ref = "ImportRejected")
    public ImportReport replacePopulationAreaMapping(@BeanParam ImportParams params, InputStream body) {
        return population.replaceMapping(body, params);
    }

    @POST
    @Path("/imports")
    @Consumes(TEXT_CSV)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "importPopulation", summary = "Import population from Statistics Sweden",
            description = "Population per SCB region, age, sex and year, in the long layout of SCB's population "
                    + "tables by region (BE0101): CSV with the header `region,ålder,kön,år,antal`. `region` is a "
                    + "region code the mapping knows (a name after the code is ignored); `ålder` a year of age "
                    + "(`15 år`), a band (`15-19 år`) or an open band (`100+ år`); `kön` `kvinnor` or `män` (or SCB's "
                    + "codes 2 and 1); `år` the year; `antal` the number of people. Rows are summed into the mapped "
                    + "districts and Värna's age bands; a band that straddles two of Värna's is an invalid row whose "
                    + "message names the bands it could not form. The years in the file replace every figure stored "
                    + "for them (the demo figures at first), so every rate uses them at once. Dry run and "
                    + "`all-or-nothing` (default) or `skip-invalid` as the other imports.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
            maxLength = MAX_SIZE_DEFAULT, description = "At most 50 MB (`varna.imports.population-max-size`)."),
            example = POPULATION_EXAMPLE))
    @APIResponse(responseCode = "200", description = "The report: rows read, valid, rejected and stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", ref = "UnreadableFile")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "FileTooLarge")
    @APIResponse(responseCode = "422", ref = "ImportRejected")
    public ImportReport importPopulation(@BeanParam ImportParams params, InputStream body) {
        return population.importPopulation(body, params);
    }
}
