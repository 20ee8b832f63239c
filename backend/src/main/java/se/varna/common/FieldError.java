package se.varna.common;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One invalid field, parameter or row of a request. For an uploaded file, {@code field} is
 * the column and {@code row} the row as a spreadsheet numbers it (the header is row 1).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldError", requiredProperties = { "field", "message" })
public record FieldError(
        @Schema(description = "The parameter, property or column, e.g. `limit`.", maxLength = Limits.FIELD_NAME) String field,
        @Schema(description = "What is wrong with it, for a person.", maxLength = Limits.MESSAGE) String message,
        @Schema(description = "For an uploaded file: the row, numbered as a spreadsheet numbers it "
                + "(the header is row 1, the first data row is row 2).", minimum = "1") Integer row) {

    /**
     * A field or message is never longer than the contract allows (8192 and 20 000
     * characters), even when it repeats something a caller sent (an unknown CSV column).
     */
    public FieldError {
        field = Limits.cut(field, Limits.FIELD_NAME);
        message = Limits.cut(message, Limits.MESSAGE);
    }

    public FieldError(String field, String message) {
        this(field, message, null);
    }

    /** An error in one row of an uploaded file. */
    public static FieldError atRow(long row, String column, String message) {
        return new FieldError(column, message, Math.toIntExact(row));
    }
}
