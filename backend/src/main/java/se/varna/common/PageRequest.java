package se.varna.common;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The {@code limit}/{@code offset} window of a paged collection, parsed from the query
 * string so that a bad value is answered with a problem naming the parameter.
 */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(String limit, String offset) {
        int parsedLimit = Parameters.intIn("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        int parsedOffset = Parameters.intIn("offset", offset, 0, 0, Integer.MAX_VALUE);
        return new PageRequest(parsedLimit, parsedOffset);
    }

    /** This window of {@code query}'s results, in the order the query sets. */
    public <T> List<T> window(PanacheQuery<T> query) {
        // Computed in long: offset + limit may pass Integer.MAX_VALUE.
        int last = (int) Math.min(Integer.MAX_VALUE, (long) offset + limit - 1);
        return query.range(offset, last).list();
    }
}
