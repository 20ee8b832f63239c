package se.varna.common;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The {@code limit}/{@code offset} window of a paged collection ({@link PageParams} reads and
 * bounds it).
 */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    /** This window of {@code query}'s results, in the order the query sets. */
    public <T> List<T> window(PanacheQuery<T> query) {
        // Computed in long: offset + limit may pass Integer.MAX_VALUE.
        int last = (int) Math.min(Integer.MAX_VALUE, (long) offset + limit - 1);
        return query.range(offset, last).list();
    }
}
