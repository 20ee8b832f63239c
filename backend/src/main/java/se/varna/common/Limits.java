package se.varna.common;

import java.util.List;

/**
 * The length and size limits {@code openapi.yaml} declares for request properties, checked
 * the same way in every service: a string longer than its {@code maxLength} or a list longer
 * than its {@code maxItems} is an error naming the field, and a value over its limit is never
 * looked up or repeated back in a message. The lengths are those of the value as sent (what
 * the contract's {@code maxLength} counts), before any trimming.
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

    /** Whether {@code value} (null is within) has at most {@code max} characters; adds an error otherwise. */
    public static boolean maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, tooLong(max)));
            return false;
        }
        return true;
    }

    /** Whether {@code values} (null is within) has at most {@code max} items; adds an error otherwise. */
    public static boolean maxItems(List<FieldError> errors, String field, List<?> values, int max) {
        if (values != null && values.size() > max) {
            errors.add(new FieldError(field, tooMany(max)));
            return false;
        }
        return true;
    }

    /**
     * Whether a list of codes keeps to its limits: at most {@code maxItems} items (else one
     * error naming the list), each at most {@code maxLength} characters (else an error naming
     * the item, e.g. {@code districts[3]}).
     */
    public static boolean codes(List<FieldError> errors, String field, List<String> values, int maxItems,
            int maxLength) {
        if (!maxItems(errors, field, values, maxItems)) {
            return false;
        }
        boolean within = true;
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                within &= maxLength(errors, field + "[" + i + "]", values.get(i), maxLength);
            }
        }
        return within;
    }

    public static String tooLong(int max) {
        return Messages.text("field.tooLong", max);
    }

    public static String tooMany(int max) {
        return Messages.text("field.tooMany", max);
    }

    /** {@code text} cut to {@code max} characters, ending in an ellipsis when cut; null stays null. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
