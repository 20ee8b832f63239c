package se.varna.factor;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.LocalizedText;

/**
 * The factor API model: the risk and protective factors (*risk- och skyddsfaktorer*) that
 * measures aim at and safety analyses assess.
 */
public final class FactorDtos {

    private FactorDtos() {
    }

    @Schema(name = "Factor", description = "A risk or protective factor.",
            requiredProperties = { "id", "code", "level", "name" })
    public record FactorView(
            long id,
            @Schema(description = "Stable code, e.g. `MISSLYCKANDE_I_SKOLAN`.") String code,
            FactorLevel level,
            @Schema(ref = "LocalizedName") LocalizedText name) {

        public static FactorView of(Factor f) {
            return new FactorView(f.id, f.code, f.level, new LocalizedText(f.nameSv, f.nameEn));
        }
    }

    @Schema(name = "FactorPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record FactorPage(List<FactorView> items, long total, int limit, int offset) {
    }

    @Schema(name = "FactorInput", description = "A new factor of the taxonomy.",
            requiredProperties = { "code", "level", "name" })
    public record FactorInput(
            @Schema(description = "Stable code: capital letters A–Z, digits and `_`, at most 64.") String code,
            FactorLevel level,
            @Schema(ref = "LocalizedName") LocalizedText name) {
    }
}
