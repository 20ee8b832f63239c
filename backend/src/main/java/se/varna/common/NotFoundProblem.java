package se.varna.common;

/**
 * The resource the request names does not exist; answered as 404 problem+json.
 */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String what, Object id) {
        super("No " + what + " with id " + id + ".");
    }
}
