package se.varna.common;

import java.util.List;

/**
 * The caller's roles allow the operation, but not on this thing (e.g. an editor recording a
 * value of another organisation's indicator): answered 403 with a detail saying why and, for
 * a file, the rows concerned.
 */
public class ForbiddenProblem extends RuntimeException {

    private final List<FieldError> errors;

    public ForbiddenProblem(String detail) {
        this(detail, List.of());
    }

    public ForbiddenProblem(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
