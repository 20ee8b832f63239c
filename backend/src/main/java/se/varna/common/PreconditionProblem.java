package se.varna.common;

import se.varna.common.document.DocumentKind;

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

    public static PreconditionProblem required(DocumentKind kind) {
        return new PreconditionProblem(428, Messages.text("precondition.required.detail", kind.words()));
    }

    public static PreconditionProblem failed(DocumentKind kind) {
        return new PreconditionProblem(412, Messages.text("precondition.failed.detail", kind.words()));
    }

    public int status() {
        return status;
    }
}
