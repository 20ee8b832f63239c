package se.varna.common.imports;

import java.util.List;

import se.varna.common.FieldError;

/**
 * An all-or-nothing import found invalid rows, so nothing was stored: answered 422 with
 * every invalid row in the problem's {@code errors}.
 */
public class ImportRejectedException extends RuntimeException {

    private final int rowsRead;
    private final List<FieldError> errors;

    public ImportRejectedException(int rowsRead, List<FieldError> errors) {
        super(errors.size() + " of " + rowsRead + " rows are invalid");
        this.rowsRead = rowsRead;
        this.errors = List.copyOf(errors);
    }

    public int rowsRead() {
        return rowsRead;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The problem's detail, for a person. */
    public String detail() {
        long rows = errors.stream().map(FieldError::row).distinct().count();
        return rows + " of " + rowsRead + " rows are invalid, so nothing was stored. Correct them, or import with "
                + "mode=skip-invalid to store the valid rows.";
    }
}
