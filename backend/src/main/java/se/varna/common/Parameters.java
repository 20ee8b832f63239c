package se.varna.common;

/**
 * Parses query and path parameters; every failure is an {@link InvalidParameterException}
 * naming the parameter.
 */
public final class Parameters {

    private Parameters() {
    }

    public static int intIn(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        long value = parseLong(name, raw);
        if (value < min || value > max) {
            throw new InvalidParameterException(name, max == Integer.MAX_VALUE
                    ? "must be at least " + min
                    : "must be between " + min + " and " + max);
        }
        return (int) value;
    }

    public static Integer optionalIntIn(String name, String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return intIn(name, raw, 0, min, max);
    }

    public static Long optionalId(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return id(name, raw);
    }

    public static long id(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException(name, "is required");
        }
        return parseLong(name, raw);
    }

    private static long parseLong(String name, String raw) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number, not '" + abbreviate(raw) + "'");
        }
    }

    private static String abbreviate(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }
}
