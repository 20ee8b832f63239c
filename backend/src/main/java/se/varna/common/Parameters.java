package se.varna.common;

/**
 * Parses query and path parameters; every failure is an {@link InvalidParameterException}
 * naming the parameter.
 */
public final class Parameters {

    private Parameters() {
    }

    public static Long optionalId(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return id(name, raw);
    }

    public static long id(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException(name, Messages.text("field.required"));
        }
        return parseLong(name, raw);
    }

    /**
     * A text parameter (query, path or header) as sent, when it has at most {@code maxLength}
     * characters (the contract's {@code maxLength}); longer is 400 naming it. Null stays null.
     */
    public static String text(String name, String raw, int maxLength) {
        if (raw != null && raw.length() > maxLength) {
            throw new InvalidParameterException(name, Limits.tooLong(maxLength));
        }
        return raw;
    }

    /** The longest date parameter, {@code 2025-06-30} (the contract's {@code maxLength} of a date). */
    public static final int DATE_LENGTH = 10;

    /** A date parameter ({@code 2025-06-30}), or null when absent; anything else is 400 naming it. */
    public static java.time.LocalDate optionalDate(String name, String raw) {
        if (text(name, raw, DATE_LENGTH) == null || raw.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(raw.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidParameterException(name, Messages.text("field.date", "2025-06-30"));
        }
    }

    /** A date range from two optional date parameters; either end may be absent. */
    public record DateRange(java.time.LocalDate from, java.time.LocalDate to) {
    }

    /**
     * Two optional date parameters that bound a range ({@link #optionalDate} each): a {@code to}
     * before the {@code from} is 400 naming {@code toName}.
     */
    public static DateRange dateRange(String fromName, String rawFrom, String toName, String rawTo) {
        java.time.LocalDate from = optionalDate(fromName, rawFrom);
        java.time.LocalDate to = optionalDate(toName, rawTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException(toName, Messages.text("field.notBefore", fromName));
        }
        return new DateRange(from, to);
    }

    /**
     * An optional text parameter (a code as the lookups take it, words to find): without the
     * spaces around it, or null when absent or blank. Its length is the parameter's own
     * constraint ({@code @Size}), checked as sent before this is called.
     */
    public static String optionalText(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    /**
     * An enum parameter by the name of one of its constants (spaces around it ignored), or null
     * when absent; any other value is 400 naming the parameter and the values it takes. (JAX-RS
     * would answer 404 for a query parameter typed as the enum that does not convert.)
     */
    public static <E extends Enum<E>> E optionalEnum(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(raw.trim())) {
                return value;
            }
        }
        throw new InvalidParameterException(name, Messages.text("field.oneOf", java.util.Arrays
                .stream(type.getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.joining(", "))));
    }

    private static long parseLong(String name, String raw) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, Messages.text("field.wholeNumber", abbreviate(raw)));
        }
    }

    private static String abbreviate(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }
}
