package se.varna.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error, as RFC 9457 describes it: answered as {@code application/problem+json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An error, as RFC 9457 describes it.", requiredProperties = { "title",
        "status" })
public record Problem(
        @Schema(description = "Identifies the kind of problem.", format = "uri-reference", maxLength = 200) String type,
        @Schema(description = "Short summary of the kind of problem.", maxLength = 500) String title,
        @Schema(description = "The HTTP status code.") int status,
        @Schema(description = "What went wrong in this case, for a person.", maxLength = Limits.MESSAGE) String detail,
        @Schema(description = "The request path the problem arose on.", format = "uri-reference",
                maxLength = Limits.FIELD_NAME) String instance,
        @Schema(description = "Each invalid field, parameter or row.", maxItems = 1_000_000) List<FieldError> errors) {

    /** The detail is never longer than the contract allows (20 000 characters). */
    public Problem {
        detail = Limits.cut(detail, Limits.MESSAGE);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String ABOUT_BLANK = "about:blank";
    public static final String INVALID_INPUT = "urn:varna:problem:invalid-input";
    /** An uploaded file that cannot be read as a whole: empty, not text, wrong header. */
    public static final String UNREADABLE_FILE = "urn:varna:problem:unreadable-file";
    public static final String FILE_TOO_LARGE = "urn:varna:problem:file-too-large";
    /** An all-or-nothing import with invalid rows: nothing was stored. */
    public static final String IMPORT_REJECTED = "urn:varna:problem:import-rejected";
}
