package se.varna.common;

import java.util.List;

/**
 * A request that is well-formed and valid in itself but asks what the stored data does not
 * allow, answered 422 with the kind's own problem type and the field it concerns (a value for
 * a computed indicator, say). A kind extends it with its type and texts.
 */
public abstract class UnprocessableProblem extends RuntimeException {

    private final String type;
    private final String title;
    private final String field;
    private final List<FieldError> errors;

    protected UnprocessableProblem(String type, String title, String field, String detail) {
        super(detail);
        this.type = type;
        this.title = title;
        this.field = field;
        this.errors = List.of(new FieldError(field, detail));
    }

    /** A problem with several fields (each row of a list the request sends); the first names the detail. */
    protected UnprocessableProblem(String type, String title, List<FieldError> errors) {
        super(errors.get(0).field() + ": " + errors.get(0).message()
                + (errors.size() > 1 ? " (+" + (errors.size() - 1) + ")" : ""));
        this.type = type;
        this.title = title;
        this.field = errors.get(0).field();
        this.errors = List.copyOf(errors);
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    /** Every field the problem concerns, each with what is wrong with it. */
    public List<FieldError> errors() {
        return errors;
    }
}
