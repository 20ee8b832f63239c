package se.varna.factor;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.Limits;
import se.varna.common.LocalizedNameInput;
import se.varna.common.LocalizedText;

/**
 * The factor API model: the risk and protective factors (*risk- och skyddsfaktorer*) that
 * measures aim at and safety analyses assess.
 */
public final class FactorDtos {

    private FactorDtos() {
    }

    /** The longest code of a new factor; the pattern says it, the maxLength repeats it for the contract's readers. */
    static final int CODE_MAX_LENGTH = 64;
    static final String CODE_PATTERN = "^[A-Z0-9_]{1," + CODE_MAX_LENGTH + "}$";

    @Schema(name = "Factor", description = "A risk or protective factor.",
            requiredProperties = { "id", "code", "level", "name" })
    public record FactorView(
            @Schema(minimum = "0") long id,
            @Schema(description = "Stable code, e.g. `MISSLYCKANDE_I_SKOLAN`.", maxLength = Limits.CODE) String code,
            FactorLevel level,
            @Schema(ref = "LocalizedName") LocalizedText name) {

        public static FactorView of(Factor f) {
            return new FactorView(f.id, f.code, f.level, new LocalizedText(f.nameSv, f.nameEn));
        }
    }

    @Schema(name = "FactorPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record FactorPage(List<FactorView> items, @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit, @Schema(minimum = "0") int offset) {
    }

    /**
     * A code that is null or breaks the pattern gets the one message that says what a code is
     * (a code over 64 characters breaks the pattern, so it is named once).
     */
    @Schema(name = "FactorInput", description = "A new factor of the taxonomy.",
            requiredProperties = { "code", "level", "name" })
    public record FactorInput(
            @NotNull(message = "{varna.factor.code}") @Pattern(regexp = CODE_PATTERN, message = "{varna.factor.code}")
            @Schema(description = "Stable code: capital letters A–Z, digits and `_`, at most 64.",
                    maxLength = CODE_MAX_LENGTH) String code,
            @NotNull FactorLevel level,
            @Valid @Schema(ref = "LocalizedName") LocalizedNameInput name) {
    }
}
