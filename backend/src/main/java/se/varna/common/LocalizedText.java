package se.varna.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A text in Swedish (the first language) and English.
 */
@Schema(name = "LocalizedText", description = "A text in Swedish (the first language) and English.",
        requiredProperties = { "sv", "en" })
public record LocalizedText(@Schema(maxLength = 10_000) String sv, @Schema(maxLength = 10_000) String en) {
}
