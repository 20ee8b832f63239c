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
    /** The longest title (of a measure, analysis, agreement, place) a request may give. */
    public static final int TITLE_MAX = 300;
    /** The longest description, summary, text or comment a request may give. */
    public static final int TEXT_MAX = 5000;
    /** The longest title or name an answer holds (above what any request can store). */
    public static final int TITLE_ANSWER = 500;
    /** The longest text an answer holds. */
    public static final int TEXT_ANSWER = 20_000;
    /** The longest username an answer holds. */
    public static final int USERNAME_ANSWER = 2000;
    /** The longest name of a person an answer holds. */
    public static final int NAME_ANSWER = 500;
    /** The longest date-time ({@code 2025-06-30T12:00:00.123456789+02:00} and a margin) an answer holds. */
    public static final int DATE_TIME_ANSWER = 40;

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
