package se.varna.organisation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.LocalizedText;

/**
 * The organisation API model.
 */
public final class OrganisationDtos {

    private OrganisationDtos() {
    }

    @Schema(name = "Organisation", requiredProperties = { "id", "code", "name", "type", "external" })
    public record OrganisationView(
            @Schema(minimum = "0") long id,
            @Schema(description = "Stable code; the `organisation` claim of a token holds it.", maxLength = 200) String code,
            @Schema(ref = "LocalizedName") LocalizedText name,
            OrganisationType type,
            @Schema(nullable = true, minimum = "0") Long parentId,
            @Schema(description = "True for actors outside the municipality, e.g. the police.") boolean external,
            @Schema(description = "The level of the policy's organisation it works on; null when the policy places "
                    + "it on none.", nullable = true) GovernanceLevel governanceLevel) {

        public static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id, o.code, new LocalizedText(o.nameSv, o.nameEn), o.type, o.parentId,
                    o.external, o.governanceLevel);
        }
    }

    @Schema(name = "OrganisationSummary", requiredProperties = { "id", "code", "name" })
    public record OrganisationSummary(@Schema(minimum = "0") long id, @Schema(maxLength = 200) String code,
            @Schema(ref = "LocalizedName") LocalizedText name) {

        public static OrganisationSummary of(Organisation o) {
            return o == null ? null : new OrganisationSummary(o.id, o.code, new LocalizedText(o.nameSv, o.nameEn));
        }
    }

    @Schema(name = "GovernanceLevelInput", description = "The level an organisation or forum works on; null when the "
            + "policy places it on none.", requiredProperties = { "level" })
    public record GovernanceLevelInput(
            @Schema(description = "`inriktande`, `strategisk`, `taktisk`, `operativ`, or null for none. Any other "
                    + "value is a 422 naming `level`.", nullable = true, maxLength = 64, examples = "taktisk")
            String level) {
    }

    @Schema(name = "OrganisationPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record OrganisationPage(List<OrganisationView> items, @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit, @Schema(minimum = "0") int offset) {
    }
}
