package se.varna.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import se.varna.common.csv.CsvDialect;

/**
 * What every operation shares, added to the served contract so that no resource has to
 * repeat it. The shared answers and headers themselves are described once, in
 * {@code META-INF/openapi.yaml}; this filter refers to them:
 * <ul>
 * <li>answers every operation may give: 400 (a query parameter the operation does not
 * declare), 401, 429, 500 and 503; 413 and 415 for operations that take a body; 406 for
 * operations that also answer CSV;</li>
 * <li>the {@code RateLimit} and {@code Access-Control-Allow-Origin} headers on every answer an
 * operation describes itself, and {@code Content-Language} on each of them that is a problem;</li>
 * <li>the {@code Accept-Language} parameter, the reader's language for problem texts;</li>
 * <li>the parameters declared in shared code ({@link PageParams}, the numeric {@code id} of a
 * path, {@code If-Match}, an import's {@code dryRun} and {@code mode}) written once under
 * {@code components/parameters} and referred to;</li>
 * <li>bounds a schema or parameter does not declare itself, as every part of the contract has
 * them (a partner's buffers, and OWASP's rules for API contracts): an integer is bounded by its
 * format's range, a list has at most {@link Limits#ITEMS} items, a date at most 10 characters
 * and a date-time at most 40.</li>
 * </ul>
 */
public class CommonResponses implements OASFilter {

    private static final String RESPONSES = "#/components/responses/";
    // Sorted by status: Map.of iterates in an order that changes from run to run, and the
    // generated contract must come out the same every time.
    private static final Map<String, String> ALWAYS = new TreeMap<>(Map.of("400", "BadRequest", "401", "Unauthorized",
            "429", "TooManyRequests", "500", "InternalServerError", "503", "ServiceUnavailable"));
    private static final Map<String, String> WITH_BODY = new TreeMap<>(Map.of("413", "PayloadTooLarge",
            "415", "UnsupportedMediaType"));
    private static final List<String> HEADERS = List.of("RateLimit", "Access-Control-Allow-Origin");
    /** The language of a problem's texts, on every problem answer (docs/problems.md). */
    static final String CONTENT_LANGUAGE = "Content-Language";
    /** Every operation takes the reader's language for its problem texts. */
    private static final String ACCEPT_LANGUAGE = "#/components/parameters/acceptLanguage";

    /** Parameters declared in shared code, by name and place, and their name under components. */
    private static final Map<String, String> SHARED_PARAMETERS = Map.of("path id", "id", "query limit", "limit",
            "query offset", "offset", "header If-Match", "ifMatch", "query dryRun", "importDryRun",
            "query mode", "importMode");

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null) {
            bound(schema);
            // Each value of a repeated text parameter is held to the limit every text parameter
            // has (the service refuses a longer one with 400 naming the parameter).
            Schema items = schema.getItems();
            if (items != null && items.getRef() == null && items.getType() != null
                    && items.getType().contains(Schema.SchemaType.STRING) && items.getMaxLength() == null
                    && items.getEnumeration() == null) {
                items.setMaxLength(Limits.CODE);
            }
        }
        return parameter;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        // "X or null" is written as anyOf [X, null]; the type SmallRye adds next to it would
        // make generated clients read X as a plain string or object.
        if (schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(s -> s.getRef() != null)) {
            schema.setType(null);
        }
        // A nullable enum must list null among its values: JSON Schema checks `enum` on its
        // own, so without it a null (the delimiter of a JSON import) fails validation.
        if (schema.getEnumeration() != null && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.NULL) && !schema.getEnumeration().contains(null)) {
            // (addEnumeration ignores null; the list is set whole)
            List<Object> values = new java.util.ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        bound(schema);
        return schema;
    }

    private static void bound(Schema schema) {
        List<Schema.SchemaType> type = schema.getType();
        if (type == null || schema.getRef() != null) {
            return;
        }
        if (type.contains(Schema.SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (type.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(Limits.ITEMS);
        }
        if (type.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null) {
            if ("date".equals(schema.getFormat())) {
                schema.setMaxLength(10);
            } else if ("date-time".equals(schema.getFormat())) {
                schema.setMaxLength(40);
            }
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        boolean takesLanguage = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "Accept-Language".equals(p.getName()) || ACCEPT_LANGUAGE.equals(p.getRef()));
        if (!takesLanguage) {
            operation.addParameter(OASFactory.createParameter().ref(ACCEPT_LANGUAGE));
        }
        boolean csv = answersCsv(responses);
        responses.getAPIResponses().values().stream().filter(r -> r.getRef() == null)
                .forEach(CommonResponses::addSharedHeaders);
        ALWAYS.forEach((status, name) -> addIfMissing(responses, status, name));
        if (operation.getRequestBody() != null) {
            WITH_BODY.forEach((status, name) -> addIfMissing(responses, status, name));
        }
        if (csv) {
            addIfMissing(responses, "406", "NotAcceptable");
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Components components = openAPI.getComponents();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.setParameters(shared(components, operation.getParameters()));
                }
            }
        }
    }

    /** {@code parameters} with each shared one replaced by a reference (the first one seen is the definition). */
    private static List<Parameter> shared(Components components, List<Parameter> parameters) {
        List<Parameter> result = new ArrayList<>();
        for (Parameter parameter : parameters) {
            String name = parameter.getIn() == null ? null
                    : SHARED_PARAMETERS.get(parameter.getIn().toString() + " " + parameter.getName());
            if (name == null || parameter.getRef() != null) {
                result.add(parameter);
                continue;
            }
            Parameter definition = components.getParameters() == null ? null : components.getParameters().get(name);
            if (definition == null) {
                components.addParameter(name, parameter);
                definition = parameter;
            }
            result.add(sameParameter(definition, parameter)
                    ? OASFactory.createParameter().ref("#/components/parameters/" + name)
                    : parameter);
        }
        return result;
    }

    private static boolean sameParameter(Parameter a, Parameter b) {
        return a == b || Objects.equals(a.getDescription(), b.getDescription())
                && Objects.equals(a.getRequired(), b.getRequired()) && sameSchema(a.getSchema(), b.getSchema());
    }

    private static boolean sameSchema(Schema a, Schema b) {
        return a == b || a != null && b != null && Objects.equals(a.getType(), b.getType())
                && Objects.equals(a.getFormat(), b.getFormat()) && Objects.equals(a.getMinimum(), b.getMinimum())
                && Objects.equals(a.getMaximum(), b.getMaximum()) && Objects.equals(a.getMaxLength(), b.getMaxLength())
                && Objects.equals(a.getDefaultValue(), b.getDefaultValue())
                && Objects.equals(a.getEnumeration(), b.getEnumeration());
    }

    /**
     * The shared headers first, then the answer's own; a text header is at most 2 000
     * characters unless it says otherwise.
     */
    private static void addSharedHeaders(APIResponse response) {
        Map<String, Header> headers = new LinkedHashMap<>();
        if (response.getContent() != null && response.getContent().hasMediaType(Problem.MEDIA_TYPE)) {
            headers.put(CONTENT_LANGUAGE, reference(CONTENT_LANGUAGE));
        }
        HEADERS.forEach(name -> headers.put(name, reference(name)));
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(headers::putIfAbsent);
        }
        headers.values().stream().filter(h -> h.getRef() == null && h.getSchema() != null)
                .map(Header::getSchema)
                .filter(schema -> schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)
                        && schema.getMaxLength() == null)
                .forEach(schema -> schema.setMaxLength(2000));
        response.setHeaders(headers);
    }

    private static Header reference(String header) {
        return OASFactory.createHeader().ref("#/components/headers/" + header);
    }

    private static boolean answersCsv(APIResponses responses) {
        return responses.getAPIResponses().values().stream()
                .anyMatch(r -> r.getContent() != null && r.getContent().hasMediaType(CsvDialect.MEDIA_TYPE));
    }

    private static void addIfMissing(APIResponses responses, String status, String name) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + name));
        }
    }
}
