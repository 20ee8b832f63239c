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
            long id,
            @Schema(description = "Stable code; the `organisation` claim of a token holds it.") String code,
            @Schema(ref = "LocalizedName") LocalizedText name,
            OrganisationType type,
            @Schema(nullable = true) Long parentId,
            @Schema(description = "True for actors outside the municipality, e.g. the police.") boolean external) {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id, o.code, new LocalizedText(o.nameSv, o.nameEn), o.type, o.parentId,
                    o.external);
        }
    }

    @Schema(name = "OrganisationSummary", requiredProperties = { "id", "code", "name" })
    public record OrganisationSummary(long id, String code, @Schema(ref = "LocalizedName") LocalizedText name) {

        public static OrganisationSummary of(Organisation o) {
            return o == null ? null : new OrganisationSummary(o.id, o.code, new LocalizedText(o.nameSv, o.nameEn));
        }
    }

    @Schema(name = "OrganisationPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record OrganisationPage(List<OrganisationView> items, long total, int limit, int offset) {
    }
}
