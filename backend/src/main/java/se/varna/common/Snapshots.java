package se.varna.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.varna.common.document.DocumentKind;

/**
 * Audit snapshots (the state of a thing before and after a change, as JSON) and the names
 * of the fields that differ between two of them.
 */
public final class Snapshots {

    /** The longest {@code If-Match} accepted (the contract's {@code maxLength}); longer is 400. */
    public static final int IF_MATCH_MAX = 200;

    private Snapshots() {
    }

    public static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new LinkedHashSet<>();
        if (before != null) {
            keys.addAll(before.keySet());
        }
        if (after != null) {
            keys.addAll(after.keySet());
        }
        return keys.stream().filter(key -> {
            Object was = before == null ? null : before.get(key);
            Object is = after == null ? null : after.get(key);
            return !Objects.equals(empty(was), empty(is));
        }).toList();
    }

    private static Object empty(Object value) {
        return value instanceof Collection<?> c && c.isEmpty() ? null : value;
    }

    public static String write(ObjectMapper json, Map<String, Object> snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Snapshot not writable as JSON", e);
        }
    }

    public static Map<String, Object> read(ObjectMapper json, String snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.readValue(snapshot, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored snapshot is not JSON", e);
        }
    }

    /**
     * Requires an {@code If-Match} that names exactly the current version's ETag (a quoted
     * version, weak or strong): 428 without one, 400 when longer than {@link #IF_MATCH_MAX},
     * 412 when stale. {@code *} is not a version,
     * so it does not match (412): the header exists to stop lost updates, and {@code *}
     * ("whatever is there now") would let a writer overwrite a change it never read. The one
     * rule for every versioned resource (measures, reports, safety analyses, agreements).
     */
    public static void requireIfMatch(String ifMatch, long version, DocumentKind kind) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionProblem.required(kind);
        }
        if (ifMatch.length() > IF_MATCH_MAX) {
            throw new InvalidParameterException("If-Match", Limits.tooLong(IF_MATCH_MAX));
        }
        String current = "\"" + version + "\"";
        boolean matches = java.util.Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(current::equals);
        if (!matches) {
            throw PreconditionProblem.failed(kind);
        }
    }
}
