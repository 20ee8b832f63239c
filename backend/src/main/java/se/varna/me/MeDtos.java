package se.varna.me;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.VarnaRole;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;

/**
 * The caller API model.
 */
public final class MeDtos {

    private MeDtos() {
    }

    @Schema(name = "Me", requiredProperties = { "username", "roles", "serviceAccount" })
    public record Me(
            @Schema(maxLength = 255) String username,
            @Schema(nullable = true, maxLength = 500) String name,
            @Schema(nullable = true, maxLength = 500) String email,
            @Schema(description = "The caller's Värna roles.") List<VarnaRole> roles,
            @Schema(description = "The organisation the caller acts for; null when the token names none.", nullable = true) OrganisationSummary organisation,
            @Schema(description = "True for a partner system using client credentials.") boolean serviceAccount) {
    }
}
