package se.varna.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One invalid field, parameter or row of a request.
 */
@Schema(name = "FieldError", requiredProperties = { "field", "message" })
public record FieldError(
        @Schema(description = "The parameter, property or column, e.g. `limit`.") String field,
        @Schema(description = "What is wrong with it, for a person.") String message) {
}
