package se.varna.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A name or title as a request sends it, in Swedish and English, each required and at most
 * {@value #MAX_LENGTH} characters (the {@code LocalizedName} schema of the base contract, which
 * the records refer to with {@code @Schema(ref = "LocalizedName")}). The same record as
 * {@link LocalizedText}, with the limits bean validation checks.
 */
public record LocalizedNameInput(
        @NotBlank @Size(max = LocalizedNameInput.MAX_LENGTH) String sv,
        @NotBlank @Size(max = LocalizedNameInput.MAX_LENGTH) String en) {

    /** The longest name, in each language (the contract's maxLength and the columns'). */
    public static final int MAX_LENGTH = 500;
}
