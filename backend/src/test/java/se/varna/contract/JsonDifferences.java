package se.varna.contract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every place where two JSON trees differ, as JSON pointers, for the differences
 * {@link OpenApiComparer} does not look at (descriptions, examples, limits of bodies, tags).
 * Numbers are equal when their values are ({@code 1} and {@code 1.0}).
 */
final class JsonDifferences {

    private JsonDifferences() {
    }

    static List<String> between(JsonNode committed, JsonNode served) {
        List<String> differences = new ArrayList<>();
        walk("", committed, served, differences);
        return differences;
    }

    private static void walk(String at, JsonNode c, JsonNode s, List<String> differences) {
        if (c.isNumber() && s.isNumber() && c.decimalValue().compareTo(s.decimalValue()) == 0) {
            return;
        }
        if (c.isObject() && s.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            c.fieldNames().forEachRemaining(names::add);
            s.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String here = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!s.has(name)) {
                    differences.add(here + " only in openapi.yaml");
                } else if (!c.has(name)) {
                    differences.add(here + " only in the served document");
                } else {
                    walk(here, c.get(name), s.get(name), differences);
                }
            }
        } else if (c.isArray() && s.isArray() && c.size() == s.size()) {
            Iterator<JsonNode> ci = c.elements();
            Iterator<JsonNode> si = s.elements();
            for (int i = 0; ci.hasNext(); i++) {
                walk(at + "/" + i, ci.next(), si.next(), differences);
            }
        } else if (!c.equals(s)) {
            differences.add(at + ": " + abbreviate(c) + " in openapi.yaml, " + abbreviate(s) + " served");
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
