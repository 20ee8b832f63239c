package se.varna.measure;

import java.util.Arrays;

import se.varna.common.InvalidParameterException;

/**
 * The orders the measures list offers; a leading `-` reverses one.
 */
public enum MeasureSort {
    title("m.title"),
    startDate("m.startDate"),
    endDate("m.endDate"),
    status("m.status"),
    updatedAt("m.updatedAt");

    /** Every value the `sort` parameter accepts. */
    public static final String[] VALUES = { "title", "-title", "startDate", "-startDate", "endDate", "-endDate",
            "status", "-status", "updatedAt", "-updatedAt" };

    private final String property;

    MeasureSort(String property) {
        this.property = property;
    }

    /** The HQL order (alias `m`) for a `sort` parameter value; by title when absent. */
    public static String parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return "m.title, m.id";
        }
        if (!Arrays.asList(VALUES).contains(raw.trim())) {
            throw new InvalidParameterException("sort", "must be one of: " + String.join(", ", VALUES));
        }
        boolean descending = raw.trim().startsWith("-");
        MeasureSort sort = valueOf(raw.trim().substring(descending ? 1 : 0));
        return sort.property + (descending ? " desc" : " asc") + " nulls last, m.title, m.id";
    }
}
