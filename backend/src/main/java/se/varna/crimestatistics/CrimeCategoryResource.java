package se.varna.crimestatistics;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.caching.CachedAnswer;
import se.varna.common.Roles;
import se.varna.crimestatistics.CrimeDtos.CrimeCategoryTree;

@Path("/api/v1/crime-categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crime statistics")
public class CrimeCategoryResource {

    @Inject
    CrimeCategoryService categories;

    @GET
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listCrimeCategories", summary = "The crime categories as a tree, and the composite groups",
            description = "The categories of reported crime as a hierarchy, each with the months it is valid, and the "
                    + "composite groups, each defined by a list of categories. A category includes its descendants in "
                    + "every figure; a group includes its members and their descendants, each counted once.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The category tree and the groups",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CrimeCategoryTree.class), example = CrimeExamples.CATEGORY_TREE))
    @CachedAnswer
    public CrimeCategoryTree listCrimeCategories() {
        return categories.categoryTree();
    }
}
