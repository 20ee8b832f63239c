package se.varna.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A longer text (a definition, a description) as a request sends it, in Swedish and English,
 * each required and at most {@value #MAX_LENGTH} characters (the {@code LocalizedText} schema,
 * which the records refer to with {@code @Schema(ref = "LocalizedText")}).
 */
public record LocalizedTextInput(
        @NotBlank @Size(max = LocalizedTextInput.MAX_LENGTH) String sv,
        @NotBlank @Size(max = LocalizedTextInput.MAX_LENGTH) String en) {

    /** The longest text, in each language (the contract's maxLength). */
    public static final int MAX_LENGTH = 10_000;
}
