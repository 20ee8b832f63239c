package se.varna.common;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How a request's references to reference data (an area, organisation or factor by code, a
 * goal by id) are answered when they name nothing: one wording, and one way of resolving a
 * list of them with a single query. Each owner ({@code AreaService}, {@code
 * OrganisationService}, {@code FactorService}) decides its own lookup rule and uses these.
 */
public final class References {

    /** How much of an unknown key a message repeats (a key may be up to {@link Limits#CODE} long). */
    private static final int QUOTED = 40;

    private References() {
    }

    /**
     * The message for a key that names nothing, in the reader's language, e.g. {@code is not a
     * known area code: '1980-atlantis'}; {@code what} is the catalogue key of the kind of key
     * ({@code thing.area.code}).
     */
    public static String unknown(String what, Object key) {
        return Messages.text("field.unknownOf", Messages.text(what), Limits.cut(String.valueOf(key).strip(), QUOTED));
    }

    /**
     * The entities {@code keys} name, in their order and without repeats, read by one
     * {@code lookup} of the distinct keys in their normal form; an error at {@code field[i]}
     * for each key that names none. {@code normal} is the owner's lookup rule (the same form
     * {@code keyOf} gives a found entity).
     */
    public static <K, E> Set<E> resolve(List<FieldError> errors, String field, List<K> keys, Function<K, K> normal,
            Function<List<K>, List<E>> lookup, Function<E, K> keyOf, String what) {
        Set<E> found = new LinkedHashSet<>();
        if (keys == null || keys.isEmpty()) {
            return found;
        }
        List<K> distinct = keys.stream().filter(Objects::nonNull).map(normal).distinct().toList();
        Map<K, E> byKey = new HashMap<>();
        if (!distinct.isEmpty()) {
            lookup.apply(distinct).forEach(e -> byKey.put(keyOf.apply(e), e));
        }
        for (int i = 0; i < keys.size(); i++) {
            K key = keys.get(i);
            E entity = key == null ? null : byKey.get(normal.apply(key));
            if (entity == null) {
                errors.add(new FieldError(field + "[" + i + "]", unknown(what, key)));
            } else {
                found.add(entity);
            }
        }
        return found;
    }
}
