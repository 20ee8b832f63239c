package se.varna.common;

/**
 * The limits shared by several records and parameters: the constraints ({@code @Size(max =
 * Limits.CODE)}) that write them into the contract and enforce them, the few checks that are
 * not constraints (a GeoJSON upload read feature by feature, {@code If-Match}) and the cut
 * that keeps an answer's texts within the contract's lengths.
 */
public final class Limits {

    /** Codes (of organisations, areas, factors, indicators, age groups) in parameters and bodies. */
    public static final int CODE = 200;
    /** Lists in request bodies. */
    public static final int ITEMS = 10_000;
    /** The longest {@code FieldError.field} the contract allows. */
    public static final int FIELD_NAME = 8192;
    /** The longest {@code FieldError.message} and {@code Problem.detail} the contract allows. */
    public static final int MESSAGE = 20_000;

    private Limits() {
    }

    public static String tooLong(int max) {
        return Messages.text("field.tooLong", max);
    }

    /** {@code text} cut to {@code max} characters, ending in an ellipsis when cut; null stays null. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
