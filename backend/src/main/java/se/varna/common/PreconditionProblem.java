package se.varna.common;

/**
 * A conditional write cannot go ahead: {@code If-Match} is missing (428 Precondition
 * Required) or names a version that is no longer current (412 Precondition Failed).
 * Answered as problem+json.
 */
public class PreconditionProblem extends RuntimeException {

    /**
     * The {@code If-Match} header parameter's description, the same on every conditional
     * change (the contract's {@code components/parameters/ifMatch}).
     */
    public static final String IF_MATCH = "The `ETag` of the version the change is based on, as read "
            + "(`\"3\"`). Required: 428 without it. 412 when it is not the current version; `*` is refused "
            + "with 412 too, since it would overwrite changes the caller has not read. At most "
            + Snapshots.IF_MATCH_MAX + " characters (400 naming `If-Match` otherwise).";

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
