package se.varna.common;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import se.varna.common.csv.CsvDialect;

/**
 * Answers every operation may give, whatever the operation does, added to the served
 * contract so that no resource has to repeat them: 400 (a query parameter the operation does
 * not declare), 413 and 415 for operations that take a body, 406 for operations that also
 * answer CSV (an {@code Accept} they cannot produce, such as an unknown CSV dialect), 429 (a
 * partner client over its rate limit) and 503 (the database cannot be reached). Every operation
 * also takes {@code Accept-Language}, and every problem answer says its {@code Content-Language}
 * (docs/problems.md).
 */
public class CommonResponses implements OASFilter {

    private static final Map<String, String> ALWAYS = Map.of(
            "400", "A parameter is not valid or not one of this operation's; `errors` names it.",
            "500", "Something failed on the service's side; the answer names an incident id the log repeats, never a stack trace or class name.",
            "401", "No valid bearer token; on a public read, a token was sent but is not valid.",
            "429", "A partner client has used up its rate limit; `Retry-After` says when to try again.",
            "503", "The service cannot reach its database right now; `Retry-After` says when to try again.");
    private static final String NOT_ACCEPTABLE = "The operation cannot answer in a media type the request's "
            + "`Accept` names, e.g. a `text/csv` with a `delimiter` other than `comma` or `semicolon`.";
    static final String ACCEPT_LANGUAGE = "acceptLanguage";
    static final String CONTENT_LANGUAGE = "Content-Language";
    private static final String ACCEPT_LANGUAGE_DESCRIPTION = "The reader's language for the texts of problem "
            + "answers (`title`, `detail`, each error's `message`) and of an import's row errors: `sv` (or `sv-SE`) "
            + "for Swedish, anything else or none for English, with RFC 4647 lookup in the header's order of "
            + "preference. The `type` URIs and `field` names are the same in every language. A header longer than "
            + "1000 characters is read as none.";
    private static final String CONTENT_LANGUAGE_DESCRIPTION = "The language of the problem's texts: `sv` or `en`, "
            + "as `Accept-Language` asked.";
    private static final Map<String, String> WITH_BODY = Map.of(
            "413", "The request body is larger than this operation accepts.",
            "415", "The request body's media type is not one this operation takes.");

    /**
     * An integer parameter without its own bounds is bounded by its format's range (int32, or
     * int64 when the format says so or says nothing), as the contract declares it.
     */
    @Override
    public org.eclipse.microprofile.openapi.models.parameters.Parameter filterParameter(
            org.eclipse.microprofile.openapi.models.parameters.Parameter parameter) {
        org.eclipse.microprofile.openapi.models.media.Schema schema = parameter.getSchema();
        if (schema != null && schema.getType() != null
                && schema.getType().contains(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null) {
                schema.setMinimum(java.math.BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(java.math.BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        return parameter;
    }

    /** The {@code Accept-Language} parameter and the {@code Content-Language} header, declared once. */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addParameter(ACCEPT_LANGUAGE, OASFactory.createParameter().name("Accept-Language")
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                .description(ACCEPT_LANGUAGE_DESCRIPTION).required(false)
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .maxLength(1000)));
        components.addHeader(CONTENT_LANGUAGE, OASFactory.createHeader().description(CONTENT_LANGUAGE_DESCRIPTION)
                .required(true).schema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .enumeration(java.util.List.of("en", "sv"))));
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        boolean takesLanguage = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "Accept-Language".equals(p.getName()) || ("#/components/parameters/" + ACCEPT_LANGUAGE)
                        .equals(p.getRef()));
        if (!takesLanguage) {
            operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + ACCEPT_LANGUAGE));
        }
        ALWAYS.forEach((status, description) -> addIfMissing(responses, status, description));
        if (operation.getRequestBody() != null) {
            WITH_BODY.forEach((status, description) -> addIfMissing(responses, status, description));
        }
        if (answersCsv(responses)) {
            addIfMissing(responses, "406", NOT_ACCEPTABLE);
        }
        responses.getAPIResponses().values().stream()
                .filter(r -> r.getContent() != null && r.getContent().hasMediaType(Problem.MEDIA_TYPE))
                .filter(r -> r.getHeaders() == null || !r.getHeaders().containsKey(CONTENT_LANGUAGE))
                .forEach(r -> r.addHeader(CONTENT_LANGUAGE, contentLanguage()));
        return operation;
    }

    private static Header contentLanguage() {
        return OASFactory.createHeader().ref("#/components/headers/" + CONTENT_LANGUAGE);
    }

    private static boolean answersCsv(APIResponses responses) {
        return responses.getAPIResponses().values().stream()
                .anyMatch(r -> r.getContent() != null && r.getContent().hasMediaType(CsvDialect.MEDIA_TYPE));
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(problemContent());
        responses.addAPIResponse(status, response);
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
