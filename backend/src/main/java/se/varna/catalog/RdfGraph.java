package se.varna.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small RDF graph of named resources, written as Turtle or as JSON-LD: all the open-data
 * catalogue needs, without an RDF library at run time (the catalogue's test parses both forms
 * with Apache Jena and validates them with its SHACL engine). Every node has an IRI (no blank
 * nodes); predicates and classes are prefixed names of {@link #PREFIXES}.
 */
final class RdfGraph {

    /** The vocabularies the catalogue uses, by their usual prefixes. */
    static final Map<String, String> PREFIXES = prefixes();

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dcat", "http://www.w3.org/ns/dcat#");
        p.put("dct", "http://purl.org/dc/terms/");
        p.put("foaf", "http://xmlns.com/foaf/0.1/");
        p.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        return p;
    }

    /** An object of a statement: an IRI, or a literal with a language or a datatype (or neither). */
    sealed interface Term permits Iri, Literal {
    }

    record Iri(String iri) implements Term {
    }

    record Literal(String text, String language, String datatype) implements Term {
    }

    /** One resource with its classes and statements, in the order they were added. */
    static final class Node {
        final String iri;
        final List<String> types = new ArrayList<>();
        final List<Map.Entry<String, Term>> statements = new ArrayList<>();

        private Node(String iri) {
            this.iri = iri;
        }

        Node type(String prefixedClass) {
            types.add(prefixedClass);
            return this;
        }

        Node iri(String predicate, String iri) {
            statements.add(Map.entry(predicate, new Iri(iri)));
            return this;
        }

        Node ref(String predicate, Node node) {
            return iri(predicate, node.iri);
        }

        Node text(String predicate, String text, String language) {
            statements.add(Map.entry(predicate, new Literal(text, language, null)));
            return this;
        }

        Node plain(String predicate, String text) {
            statements.add(Map.entry(predicate, new Literal(text, null, null)));
            return this;
        }

        Node typed(String predicate, String text, String prefixedDatatype) {
            statements.add(Map.entry(predicate, new Literal(text, null, prefixedDatatype)));
            return this;
        }
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();

    /** The resource with this IRI, made on first use. */
    Node node(String iri) {
        return nodes.computeIfAbsent(iri, Node::new);
    }

    /** The graph in Turtle: the prefixes, then each resource with its statements. */
    String turtle() {
        StringBuilder out = new StringBuilder();
        PREFIXES.forEach((prefix, ns) -> out.append("@prefix ").append(prefix).append(": <").append(ns).append("> .\n"));
        for (Node node : nodes.values()) {
            out.append('\n').append('<').append(iriText(node.iri)).append('>');
            List<String> parts = new ArrayList<>();
            if (!node.types.isEmpty()) {
                parts.add("a " + String.join(", ", node.types));
            }
            for (Map.Entry<String, Term> s : node.statements) {
                parts.add(s.getKey() + " " + turtleTerm(s.getValue()));
            }
            out.append(' ').append(String.join(" ;\n    ", parts)).append(" .\n");
        }
        return out.toString();
    }

    private static String turtleTerm(Term term) {
        if (term instanceof Iri iri) {
            return "<" + iriText(iri.iri()) + ">";
        }
        Literal literal = (Literal) term;
        String quoted = "\"" + escape(literal.text()) + "\"";
        if (literal.language() != null) {
            return quoted + "@" + literal.language();
        }
        return literal.datatype() == null ? quoted : quoted + "^^" + literal.datatype();
    }

    /** A string literal's text with Turtle's escapes (ECHAR). */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An IRI as it may stand between angle brackets: the characters Turtle forbids there are percent-encoded. */
    private static String iriText(String iri) {
        StringBuilder out = new StringBuilder(iri.length());
        for (char c : iri.toCharArray()) {
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                out.append(String.format("%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The graph as JSON-LD: a context of the prefixes and a {@code @graph} of node objects, each
     * value an explicit {@code @id} or {@code @value} object, so that no term definition is needed.
     */
    ObjectNode jsonLd(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode context = root.putObject("@context");
        PREFIXES.forEach(context::put);
        ArrayNode graph = root.putArray("@graph");
        for (Node node : nodes.values()) {
            ObjectNode object = graph.addObject();
            object.put("@id", node.iri);
            if (!node.types.isEmpty()) {
                ArrayNode types = object.putArray("@type");
                node.types.forEach(types::add);
            }
            for (Map.Entry<String, Term> s : node.statements) {
                ArrayNode values = object.has(s.getKey()) ? (ArrayNode) object.get(s.getKey()) : object.putArray(s.getKey());
                ObjectNode value = values.addObject();
                if (s.getValue() instanceof Iri iri) {
                    value.put("@id", iri.iri());
                } else {
                    Literal literal = (Literal) s.getValue();
                    value.put("@value", literal.text());
                    if (literal.language() != null) {
                        value.put("@language", literal.language());
                    } else if (literal.datatype() != null) {
                        value.put("@type", literal.datatype());
                    }
                }
            }
        }
        return root;
    }
}
