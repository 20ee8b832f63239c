package se.varna.common;

/**
 * A request that is well-formed and valid in itself but asks what the stored data does not
 * allow, answered 422 with the kind's own problem type and the field it concerns (a value for
 * a computed indicator, say). A kind extends it with its type and texts.
 */
public abstract class UnprocessableProblem extends RuntimeException {

    private final String type;
    private final String title;
    private final String field;

    protected UnprocessableProblem(String type, String title, String field, String detail) {
        super(detail);
        this.type = type;
        this.title = title;
        this.field = field;
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
}
