package se.varna.contract;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Compares two OpenAPI 3.x documents by meaning, not by bytes: paths and methods, per
 * operation the operationId, {@code x-roles}, parameters (with their bounds, lengths and
 * patterns: the service checks them, see {@code Parameters}), request body and responses, and
 * schemas structurally after resolving {@code $ref}s (property names, types with
 * nullability, formats, required lists, enums with their {@code x-enum-varnames}, the names
 * partners' generated clients give the values, array items). Descriptions, summaries,
 * examples, tags and schema names are ignored, and so are the length and size limits of body
 * properties (the services check those in code; their tests say so).
 *
 * <p>
 * Nullability is normalised: {@code type: [T, 'null']}, {@code oneOf}/{@code anyOf} of
 * one schema and {@code type: 'null'}, and 3.0's {@code nullable: true} all mean "T or
 * null".
 */
public final class OpenApiComparer {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final String CONTRACT = "openapi.yaml";
    private static final String SERVED = "served API";

    private final JsonNode contract;
    private final JsonNode served;
    private final List<String> differences = new ArrayList<>();

    private OpenApiComparer(JsonNode contract, JsonNode served) {
        this.contract = contract;
        this.served = served;
    }

    /** Every difference between the contract and the served document, readable, in path order. */
    public static List<String> compare(JsonNode contract, JsonNode served) {
        OpenApiComparer comparer = new OpenApiComparer(contract, served);
        comparer.comparePaths();
        return List.copyOf(comparer.differences);
    }

    private void comparePaths() {
        JsonNode contractPaths = contract.path("paths");
        JsonNode servedPaths = served.path("paths");
        for (String path : union(names(contractPaths), names(servedPaths))) {
            JsonNode c = contractPaths.get(path);
            JsonNode s = servedPaths.get(path);
            if (s == null) {
                differences.add("path " + path + " missing in " + SERVED);
                continue;
            }
            if (c == null) {
                differences.add("path " + path + " served but not in " + CONTRACT);
                continue;
            }
            for (String method : METHODS) {
                String label = method.toUpperCase() + " " + path;
                if (c.has(method) && !s.has(method)) {
                    differences.add(label + " missing in " + SERVED);
                } else if (!c.has(method) && s.has(method)) {
                    differences.add(label + " served but not in " + CONTRACT);
                } else if (c.has(method)) {
                    compareOperation(label, c, c.get(method), s, s.get(method));
                }
            }
        }
    }

    private void compareOperation(String label, JsonNode contractPathItem, JsonNode c, JsonNode servedPathItem,
            JsonNode s) {
        same(label + ": operationId", text(c.get("operationId")), text(s.get("operationId")));
        if (c.has("x-roles") || s.has("x-roles")) {
            same(label + ": x-roles", textSet(c.get("x-roles")), textSet(s.get("x-roles")));
        }
        same(label + ": x-owner-scoped", c.path("x-owner-scoped").asBoolean(false),
                s.path("x-owner-scoped").asBoolean(false));
        compareParameters(label, parameters(contract, contractPathItem, c), parameters(served, servedPathItem, s));

        JsonNode cBody = resolve(contract, c.get("requestBody"));
        JsonNode sBody = resolve(served, s.get("requestBody"));
        if (cBody != null || sBody != null) {
            if (cBody == null || sBody == null) {
                differences.add(label + ": request body " + (cBody == null ? "served but not in " + CONTRACT
                        : "missing in " + SERVED));
            } else {
                same(label + ": request body required", cBody.path("required").asBoolean(false),
                        sBody.path("required").asBoolean(false));
                compareContent(label + " request", cBody.path("content"), sBody.path("content"));
            }
        }

        JsonNode cResponses = c.path("responses");
        JsonNode sResponses = s.path("responses");
        for (String status : union(names(cResponses), names(sResponses))) {
            if (status.startsWith("x-")) {
                continue;
            }
            JsonNode cResponse = resolve(contract, cResponses.get(status));
            JsonNode sResponse = resolve(served, sResponses.get(status));
            if (sResponse == null) {
                differences.add(label + ": response " + status + " missing in " + SERVED);
            } else if (cResponse == null) {
                differences.add(label + ": response " + status + " served but not in " + CONTRACT);
            } else {
                compareContent(label + " " + status, cResponse.path("content"), sResponse.path("content"));
            }
        }
    }

    private void compareContent(String label, JsonNode c, JsonNode s) {
        for (String mediaType : union(names(c), names(s))) {
            if (!s.has(mediaType)) {
                differences.add(label + ": media type " + mediaType + " missing in " + SERVED);
            } else if (!c.has(mediaType)) {
                differences.add(label + ": media type " + mediaType + " served but not in " + CONTRACT);
            } else {
                compareSchema(label + " " + mediaType, "", c.get(mediaType).get("schema"),
                        s.get(mediaType).get("schema"), new ArrayDeque<>());
            }
        }
    }

    private Map<String, JsonNode> parameters(JsonNode doc, JsonNode pathItem, JsonNode operation) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode list : new JsonNode[] { pathItem.get("parameters"), operation.get("parameters") }) {
            if (list == null) {
                continue;
            }
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(doc, parameter);
                byKey.put(resolved.path("in").asText() + " parameter " + resolved.path("name").asText(), resolved);
            }
        }
        return byKey;
    }

    private void compareParameters(String label, Map<String, JsonNode> c, Map<String, JsonNode> s) {
        for (String key : union(c.keySet(), s.keySet())) {
            JsonNode cp = c.get(key);
            JsonNode sp = s.get(key);
            if (sp == null) {
                differences.add(label + ": " + key + " missing in " + SERVED);
                continue;
            }
            if (cp == null) {
                differences.add(label + ": " + key + " served but not in " + CONTRACT);
                continue;
            }
            boolean path = "path".equals(cp.path("in").asText());
            same(label + ": " + key + " required", path || cp.path("required").asBoolean(false),
                    path || sp.path("required").asBoolean(false));
            Schema cs = normalise(contract, cp.get("schema"));
            Schema ss = normalise(served, sp.get("schema"));
            same(label + ": " + key + " type", cs.type, ss.type);
            same(label + ": " + key + " format", cs.format, ss.format);
            same(label + ": " + key + " minimum", number(cs.node.get("minimum")), number(ss.node.get("minimum")));
            same(label + ": " + key + " maximum", number(cs.node.get("maximum")), number(ss.node.get("maximum")));
            same(label + ": " + key + " enum", cs.enumeration, ss.enumeration);
            for (String limit : List.of("minLength", "maxLength", "maxItems")) {
                same(label + ": " + key + " " + limit, number(cs.node.get(limit)), number(ss.node.get(limit)));
            }
            same(label + ": " + key + " pattern", text(cs.node.get("pattern")), text(ss.node.get("pattern")));
        }
    }

    private void compareSchema(String label, String path, JsonNode cNode, JsonNode sNode, Deque<String> stack) {
        if (cNode == null && sNode == null) {
            return;
        }
        String where = label + ": " + (path.isEmpty() ? "body" : "property " + path);
        if (cNode == null || sNode == null) {
            differences.add(where + " schema " + (cNode == null ? "served but not in " + CONTRACT
                    : "missing in " + SERVED));
            return;
        }
        Schema c = normalise(contract, cNode);
        Schema s = normalise(served, sNode);
        String pair = c.ref + "|" + s.ref;
        if (c.ref != null && s.ref != null && stack.contains(pair)) {
            return; // recursive schema (an area's children are areas): already being compared
        }
        stack.push(pair);
        same(where + " type", c.type, s.type);
        same(where + " format", c.format, s.format);
        if (c.nullable != s.nullable) {
            differences.add(where + (c.nullable ? " is nullable in " + CONTRACT + " but not in " + SERVED
                    : " is nullable in " + SERVED + " but not in " + CONTRACT));
        }
        same(where + " enum", c.enumeration, s.enumeration);
        same(where + " x-enum-varnames", enumNames(c.node), enumNames(s.node));

        for (String name : union(c.properties.keySet(), s.properties.keySet())) {
            String child = path.isEmpty() ? name : path + "." + name;
            if (!s.properties.containsKey(name)) {
                differences.add(label + ": property " + child + " missing in " + SERVED);
            } else if (!c.properties.containsKey(name)) {
                differences.add(label + ": property " + child + " served but not in " + CONTRACT);
            } else {
                if (c.required.contains(name) != s.required.contains(name)) {
                    differences.add(label + ": property " + child + " is required in "
                            + (c.required.contains(name) ? CONTRACT + " but optional in " + SERVED
                                    : SERVED + " but optional in " + CONTRACT));
                }
                compareSchema(label, child, c.properties.get(name), s.properties.get(name), stack);
            }
        }
        if (c.items != null || s.items != null) {
            compareSchema(label, path + "[]", c.items, s.items, stack);
        }
        stack.pop();
    }

    /** A schema with its $refs followed and its nullability made explicit. */
    private record Schema(String ref, String type, boolean nullable, String format, Set<String> enumeration,
            Set<String> required, Map<String, JsonNode> properties, JsonNode items, JsonNode node) {
    }

    private Schema normalise(JsonNode doc, JsonNode node) {
        String ref = null;
        boolean nullable = false;
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        JsonNode current = node;
        for (int depth = 0; current != null && depth < 20; depth++) {
            JsonNode next = null;
            Iterator<Map.Entry<String, JsonNode>> fields = current.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!merged.has(field.getKey()) && !Set.of("$ref", "oneOf", "anyOf", "allOf", "type")
                        .contains(field.getKey())) {
                    merged.set(field.getKey(), field.getValue());
                }
            }
            if (current.path("nullable").asBoolean(false)) {
                nullable = true;
            }
            JsonNode type = current.get("type");
            if (type != null && type.isArray()) {
                List<String> types = new ArrayList<>();
                type.forEach(t -> types.add(t.asText()));
                if (types.remove("null")) {
                    nullable = true;
                }
                if (types.size() == 1 && !merged.has("type")) {
                    merged.put("type", types.get(0));
                }
            } else if (type != null && "null".equals(type.asText())) {
                nullable = true;
            } else if (type != null && !merged.has("type")) {
                merged.put("type", type.asText());
            }
            if (current.has("$ref")) {
                ref = current.get("$ref").asText();
                next = lookup(doc, ref);
            } else {
                for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
                    JsonNode branches = current.get(combinator);
                    if (branches == null) {
                        continue;
                    }
                    List<JsonNode> nonNull = new ArrayList<>();
                    for (JsonNode branch : branches) {
                        if ("null".equals(branch.path("type").asText())) {
                            nullable = true;
                        } else {
                            nonNull.add(branch);
                        }
                    }
                    if (nonNull.size() == 1) {
                        next = nonNull.get(0);
                        // the branch, not the wrapper, says what the value is
                        if (merged.has("type") && !current.has("$ref")) {
                            merged.remove("type");
                        }
                    }
                }
            }
            current = next;
        }
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        merged.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
        return new Schema(ref, text(merged.get("type")), nullable, text(merged.get("format")),
                textSet(merged.get("enum")), textSet(merged.get("required")), properties, merged.get("items"),
                merged);
    }

    /** Each enum value (as JSON, so a tab reads {@code "\t"}) with its name in {@code x-enum-varnames}. */
    private static Map<String, String> enumNames(JsonNode schema) {
        Map<String, String> names = new java.util.TreeMap<>();
        JsonNode values = schema.path("enum");
        JsonNode varnames = schema.path("x-enum-varnames");
        for (int i = 0; i < values.size() && i < varnames.size(); i++) {
            names.put(values.get(i).toString(), varnames.get(i).asText());
        }
        return names;
    }

    private static JsonNode lookup(JsonNode doc, String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only local $refs are supported: " + ref);
        }
        JsonNode target = doc.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("Unresolvable $ref " + ref);
        }
        return target;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current != null && current.has("$ref") && depth < 20; depth++) {
            current = lookup(doc, current.get("$ref").asText());
        }
        return current;
    }

    private void same(String what, Object contractValue, Object servedValue) {
        if (!Objects.equals(contractValue, servedValue)) {
            differences.add(what + " is " + show(contractValue) + " in " + CONTRACT + " but " + show(servedValue)
                    + " in " + SERVED);
        }
    }

    private static String show(Object value) {
        return value == null ? "absent" : value.toString();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String number(JsonNode node) {
        return node == null || node.isNull() ? null
                : new BigDecimal(node.asText()).stripTrailingZeros().toPlainString();
    }

    private static Set<String> textSet(JsonNode node) {
        Set<String> values = new TreeSet<>();
        if (node != null && node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        if (node != null) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
