package se.varna.common;

/**
 * A conditional write cannot go ahead: {@code If-Match} is missing (428 Precondition
 * Required) or names a version that is no longer current (412 Precondition Failed).
 * Answered as problem+json.
 */
public class PreconditionProblem extends RuntimeException {

    private final int status;

    private PreconditionProblem(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public static PreconditionProblem required(String what) {
        return new PreconditionProblem(428, "Changing " + what + " needs an If-Match header with the ETag of "
                + "the version you read.");
    }

    public static PreconditionProblem failed(String what) {
        return new PreconditionProblem(412, "The " + what + " has changed since you read it; read it again and "
                + "repeat your change.");
    }

    public int status() {
        return status;
    }
}
