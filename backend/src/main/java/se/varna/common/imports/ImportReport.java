package se.varna.common.imports;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.FieldError;

/**
 * What an import did with a file: how many rows it read, found valid, rejected and stored,
 * and every invalid row with its column and a message a person understands.
 */
@Schema(name = "ImportReport", description = "What an import did with a file. Every invalid row is in `errors` "
        + "with its row number and column.", requiredProperties = { "dryRun", "mode", "encoding", "delimiter", "rowsRead",
        "rowsValid", "rowsRejected", "rowsStored", "rowsUnchanged", "errors" })
public record ImportReport(
        @Schema(description = "True when nothing was stored because the import was a dry run.") boolean dryRun,
        @Schema(description = "How invalid rows were handled.", enumeration = { "all-or-nothing",
                "skip-invalid" }) String mode,
        @Schema(description = "The character encoding the file was read in.", enumeration = { "UTF-8",
                "windows-1252" }) String encoding,
        @Schema(description = "The column separator found in the header; null for a file that is not CSV "
                + "(e.g. JSON).", nullable = true, enumeration = { ",", ";", "\t" },
                extensions = @Extension(name = "x-enum-varnames", value = "[\"COMMA\", \"SEMICOLON\", \"TAB\"]",
                        parseValue = true)) String delimiter,
        @Schema(description = "Data rows in the file (the header not counted).", minimum = "0") int rowsRead,
        @Schema(description = "Rows that passed validation.", minimum = "0") int rowsValid,
        @Schema(description = "Rows that did not, each reported in `errors`.", minimum = "0") int rowsRejected,
        @Schema(description = "Rows stored: new or changed. 0 on a dry run or a rejected file.", minimum = "0") int rowsStored,
        @Schema(description = "Valid rows that were already stored with the same figures, so a second import of "
                + "the same file changes nothing.", minimum = "0") int rowsUnchanged,
        @Schema(description = "Every invalid row: its row number, column and what is wrong.") List<FieldError> errors) {
}
