package se.varna.catalog;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.varna.common.Roles;

@Path("/api/v1/catalog")
@Tag(name = "Open data")
public class CatalogResource {

    static final String JSON_LD = "application/ld+json";
    static final String TURTLE = "text/turtle";
    private static final MediaType TURTLE_TYPE = MediaType.valueOf(TURTLE);

    @Inject
    CatalogService catalog;

    @Inject
    ObjectMapper mapper;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @PermitAll
    @Produces({ JSON_LD, TURTLE })
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getCatalog", summary = "The open-data catalogue (DCAT-AP-SE)",
            description = "Every family of public figures as a DCAT dataset (indicator values, crime statistics, "
                    + "measures, adopted reports and plans), each with its publisher, contact point, licence, update "
                    + "frequency, temporal and spatial coverage, and distributions pointing at the public CSV and "
                    + "JSON operations under the address the request reached. JSON-LD unless `Accept` asks for "
                    + "Turtle (`text/turtle`), for Sweden's data portal to harvest (docs/open-data.md).")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The catalogue as JSON-LD or Turtle.",
            content = { @Content(mediaType = JSON_LD, schema = @Schema(type = SchemaType.OBJECT,
                            description = "A JSON-LD document: `@context` (the prefixes) and `@graph` (the catalogue, "
                                    + "its datasets and distributions).")),
                    @Content(mediaType = TURTLE, schema = @Schema(type = SchemaType.STRING, maxLength = 10_485_760,
                            description = "The same graph in Turtle.")) })
    public Response getCatalog() throws JsonProcessingException {
        RdfGraph graph = catalog.catalog(uri.getBaseUri());
        if (wantsTurtle(headers.getAcceptableMediaTypes())) {
            return Response.ok(graph.turtle(), TURTLE + ";charset=UTF-8").header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        return Response.ok(mapper.writeValueAsString(graph.jsonLd(mapper)), JSON_LD)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /** Whether the first media type the caller accepts that this answers is Turtle (a wildcard means JSON-LD). */
    static boolean wantsTurtle(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(TURTLE_TYPE)) {
                return true;
            }
            if (type.isCompatible(MediaType.valueOf(JSON_LD))) {
                return false;
            }
        }
        return false;
    }
}
