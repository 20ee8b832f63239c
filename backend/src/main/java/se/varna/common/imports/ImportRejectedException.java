package se.varna.common.imports;

import java.util.List;

import se.varna.common.FieldError;
import se.varna.common.Messages;

/**
 * An all-or-nothing import found invalid rows, so nothing was stored: answered 422 with
 * every invalid row in the problem's {@code errors}.
 */
public class ImportRejectedException extends RuntimeException {

    /** The most errors an import lists (its report's and its problem's {@code errors}); the rest are counted. */
    public static final int MAX_LISTED_ERRORS = 10_000;

    private final int rowsRead;
    private final long rowsRejected;
    private final List<FieldError> errors;
    private final int unlisted;

    public ImportRejectedException(int rowsRead, List<FieldError> errors) {
        this(rowsRead, errors.stream().map(FieldError::row).distinct().count(), errors, errors.size());
    }

    /**
     * {@code errors} are the first of {@code errorCount} errors, found in {@code rowsRejected}
     * rows; at most {@link #MAX_LISTED_ERRORS} of them are listed.
     */
    public ImportRejectedException(int rowsRead, long rowsRejected, List<FieldError> errors, int errorCount) {
        super(rowsRejected + " of " + rowsRead + " rows are invalid");
        this.rowsRead = rowsRead;
        this.rowsRejected = rowsRejected;
        this.errors = List.copyOf(firstListed(errors));
        this.unlisted = Math.max(0, errorCount - this.errors.size());
    }

    /** The errors an import lists: the first {@link #MAX_LISTED_ERRORS}. */
    public static List<FieldError> firstListed(List<FieldError> errors) {
        return errors.size() > MAX_LISTED_ERRORS ? errors.subList(0, MAX_LISTED_ERRORS) : errors;
    }

    public int rowsRead() {
        return rowsRead;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The problem's detail, for a person. */
    public String detail() {
        String detail = Messages.text("import.rejected.detail", rowsRejected, rowsRead);
        return unlisted > 0 ? detail + " " + Messages.text("import.rejected.unlisted", errors.size(), unlisted) : detail;
    }
}
