package se.varna.common;

/**
 * The resource the request names does not exist; answered as 404 problem+json.
 */
public class NotFoundProblem extends RuntimeException {

    /**
     * {@code thing} names the catalogue's text {@code notFound.<thing>} ("measure",
     * "importJob"); {@code of} is what the thing belongs to, for one that has an id only
     * within it (a progress update of measure 3).
     */
    public NotFoundProblem(String thing, Object id, Object... of) {
        super(Messages.text("notFound." + thing, arguments(id, of)));
    }

    private static Object[] arguments(Object id, Object[] of) {
        Object[] arguments = new Object[of.length + 1];
        arguments[0] = id;
        System.arraycopy(of, 0, arguments, 1, of.length);
        return arguments;
    }
}
