package se.varna.common.imports;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import se.varna.common.InvalidParameterException;
import se.varna.common.Messages;

/**
 * The query parameters every file import takes: {@code dryRun} and {@code mode}. Both are
 * read as text so that a bad value gets a problem naming the parameter.
 */
public class ImportParams {

    @QueryParam("dryRun")
    @Parameter(description = "Validate and report only; store nothing.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    String dryRun;

    @QueryParam("mode")
    @Parameter(description = "`all-or-nothing`: one invalid row rejects the whole file (422) and nothing is stored. "
            + "`skip-invalid`: the valid rows are stored and the invalid ones reported.",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "all-or-nothing", "skip-invalid" },
                    defaultValue = "all-or-nothing"))
    String mode;

    public ImportParams() {
    }

    public ImportParams(String dryRun, String mode) {
        this.dryRun = dryRun;
        this.mode = mode;
    }

    public boolean dryRun() {
        if (dryRun == null || dryRun.isBlank()) {
            return false;
        }
        return switch (dryRun.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException("dryRun", Messages.text("field.trueOrFalse", dryRun));
        };
    }

    public ImportMode mode() {
        return ImportMode.parse(mode);
    }
}
