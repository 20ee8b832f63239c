package se.varna.common;

/**
 * The caller's role allows the operation but not on this resource, e.g. an editor
 * changing another organisation's measure; answered as 403 problem+json with the reason.
 */
public class ForbiddenProblem extends RuntimeException {

    public ForbiddenProblem(String detail) {
        super(detail);
    }
}
