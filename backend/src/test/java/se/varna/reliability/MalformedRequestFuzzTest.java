package se.varna.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.NeedsKeycloak;
import se.varna.support.TestTokens;

/**
 * Property-based fuzzing over the contract: {@value #REQUESTS} requests generated from
 * {@code openapi.yaml} with a fixed seed (override with {@code -Dvarna.fuzz.seed=...}), valid
 * and invalid: path ids in and out of range, garbage and injection strings, unknown and
 * malformed query parameters, JSON bodies with wrong types, missing and extra fields, broken
 * JSON, CSV garbage, wrong and missing content types, every kind of caller, and on operations
 * that also answer CSV, {@code Accept} headers asking for either dialect, an unknown one or
 * another type, and any of them an {@code Accept-Language}, valid or not (each drawn from a
 * random source of its own, so the other requests stay as they were for a given seed). Each answer must
 * be below 500 and match the contract (status declared, body schema, problem+json for errors);
 * a failure names the seed and the request so it can be repeated.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class MalformedRequestFuzzTest {

    static final int REQUESTS = 10_000;
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final String[] TOKENS = {
            null,
            TestTokens.user("lasare", "kommunstyrelsen", "viewer"),
            TestTokens.serviceAccount("polisen-fuzz", "polisen", "partner"),
            TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor"),
            TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator"),
            "garbage.token.here",
    };
    private static final String[] NASTY = {
            "", " ", "-1", "0", "1", "2", "abc", "1980", "1980-centrum", "9223372036854775808", "1e309", "NaN", "null",
            "true", "' OR '1'='1", "1;drop table measure", "<script>alert(1)</script>", "%00", "\u0000", "../../etc/passwd",
            "ÅÄÖ åäö", "😀", "${jndi:ldap://x}", "{{7*7}}", "2024-13", "2024-02-30", "2024", "2024-H1", "x".repeat(300),
            "female", "total", "0-14", "valdsbrott", "polisen", "kultur-idrott-fritid", "ongoing", "count", "area",
    };

    /** The reader's language a request asks for (null: no {@code Accept-Language}), garbage included. */
    private static final String[] LANGUAGES = { null, "sv", "sv-SE", "en", "en-GB,en;q=0.9", "de, sv;q=0.5", "*",
            "sv;q=2", ";;;", "x".repeat(1001) };

    /** What a request to an operation that answers CSV accepts (null: no {@code Accept} header). */
    private static final String[] ACCEPTS = { null, "text/csv", "text/csv;delimiter=semicolon", "text/csv;delimiter=comma",
            "text/csv;delimiter=%00", "text/*", "application/json, text/csv;q=0.5", "application/xml", "*/*" };

    record Op(String method, String path, JsonNode node, List<JsonNode> parameters) {
    }

    /** Whether any answer of the operation is declared as {@code text/csv}. */
    private static boolean answersCsv(Op op) {
        for (JsonNode response : op.node().path("responses")) {
            if (response.path("content").has("text/csv")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void tenThousandGeneratedRequestsGetNo5xxAndOnlyAnswersTheContractDeclares() throws Exception {
        long seed = Long.getLong("varna.fuzz.seed", 20261125L);
        Random random = new Random(seed);
        Random accepts = new Random(seed + 1);
        Random languages = new Random(seed + 2);
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Contract.OPENAPI_YAML.toFile());
        List<Op> ops = operations(contract);
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForSpecificationUrl(Contract.OPENAPI_YAML.toUri().toString()).build();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://localhost:" + RestAssured.port;

        List<String> failures = new ArrayList<>();
        int[] byClass = new int[6];
        int sent = 0;
        for (int n = 0; n < REQUESTS && failures.size() < 20; n++) {
            sent++;
            Op op = ops.get(random.nextInt(ops.size()));
            Generated request = generate(op, contract, random);
            HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(base + request.uri()))
                    .timeout(Duration.ofSeconds(30))
                    .method(op.method().toUpperCase(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(request.body()));
            if (request.contentType() != null) {
                http.header("Content-Type", request.contentType());
            }
            String accept = answersCsv(op) ? ACCEPTS[accepts.nextInt(ACCEPTS.length)] : null;
            if (accept != null) {
                http.header("Accept", accept);
            }
            String language = LANGUAGES[languages.nextInt(LANGUAGES.length)];
            if (language != null) {
                http.header("Accept-Language", language);
            }
            String token = TOKENS[random.nextInt(TOKENS.length)];
            if (token != null) {
                http.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> answer;
            try {
                answer = client.send(http.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                failures.add("#" + n + " " + request + ": no answer (" + e + ")");
                continue;
            }
            byClass[answer.statusCode() / 100]++;
            String label = "#" + n + " " + op.method().toUpperCase() + " " + request
                    + (accept == null ? "" : " [Accept: " + accept + "]")
                    + (language == null ? "" : " [Accept-Language: " + abbreviate(language) + "]") + " as "
                    + (token == null ? "anonymous" : token.length() < 30 ? token : "a role") + " -> "
                    + answer.statusCode() + " " + abbreviate(answer.body());
            if (answer.statusCode() >= 500 && !(answer.statusCode() == 503
                    && NeedsKeycloak.OPERATIONS.contains(op.node().path("operationId").asText()))) {
                failures.add(label);
                continue;
            }
            SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode())
                    .withBody(answer.body());
            answer.headers().map().forEach((name, values) -> response.withHeader(name, values));
            ValidationReport report = validator.validateResponse(request.path(), Request.Method.valueOf(
                    op.method().toUpperCase()), response.build());
            if (report.hasErrors()) {
                failures.add(label + "\n    " + report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        .map(ValidationReport.Message::getMessage).toList());
            }
        }
        System.out.printf("Fuzz seed %d: %d requests, answers 2xx %d, 3xx %d, 4xx %d, 5xx %d%n", seed, sent,
                byClass[2], byClass[3], byClass[4], byClass[5]);
        assertThat(sent).isEqualTo(REQUESTS);
        assertThat(failures).as("seed " + seed + " (repeat with -Dvarna.fuzz.seed=" + seed + ")").isEmpty();
        assertThat(byClass[2]).as("some generated requests are valid and succeed").isGreaterThan(REQUESTS / 10);
    }

    record Generated(String path, String uri, String contentType, String body) {
        @Override
        public String toString() {
            return uri + (contentType == null ? "" : " [" + contentType + "] ") + (body == null ? "" : abbreviate(body));
        }
    }

    private static Generated generate(Op op, JsonNode contract, Random random) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        boolean valid = random.nextInt(3) > 0; // two in three requests try to be valid
        for (JsonNode p : op.parameters()) {
            String name = p.path("name").asText();
            JsonNode schema = resolve(contract, p.path("schema"));
            switch (p.path("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", encode(valid ? validValue(schema, name, random)
                        : NASTY[random.nextInt(NASTY.length)].replace("/", "")).replace("%2F", ""));
                case "query" -> {
                    if (random.nextBoolean()) {
                        String value = valid ? validValue(schema, name, random) : NASTY[random.nextInt(NASTY.length)];
                        query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(value));
                    }
                }
                default -> {
                }
            }
        }
        if (!valid && random.nextInt(4) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append(encode(NASTY[random.nextInt(NASTY.length)])).append("=1");
        }
        path = path.replaceAll("\\{[^}]+}", "1");
        if (path.contains("//") || path.endsWith("/")) {
            path = path.replace("//", "/0/");
            if (path.endsWith("/")) {
                path = path + "0";
            }
        }
        String contentType = null;
        String body = null;
        JsonNode requestBody = op.node().path("requestBody");
        if (!requestBody.isMissingNode()) {
            List<String> types = new ArrayList<>();
            requestBody.path("content").fieldNames().forEachRemaining(types::add);
            contentType = switch (random.nextInt(10)) {
                case 0 -> null;
                case 1 -> "text/plain";
                case 2 -> "application/xml";
                default -> types.get(random.nextInt(types.size()));
            };
            String type = contentType == null ? types.get(0) : contentType;
            if (type.contains("csv")) {
                body = csv(random);
            } else {
                JsonNode schema = resolve(contract, requestBody.path("content").path(types.get(0)).path("schema"));
                body = switch (random.nextInt(8)) {
                    case 0 -> "{\"broken\": [1, 2,";
                    case 1 -> "";
                    case 2 -> NASTY[random.nextInt(NASTY.length)];
                    default -> json(contract, schema, random, 0, valid).toString();
                };
            }
        }
        return new Generated(path.split("\\?")[0], path + query, contentType, body);
    }

    private static String csv(Random random) {
        StringBuilder csv = new StringBuilder(random.nextBoolean() ? "indicator,period,area,sex,ageGroup,value\n"
                : "month,category,area,sex,ageGroup,count\n");
        for (int i = random.nextInt(4); i > 0; i--) {
            csv.append(NASTY[random.nextInt(NASTY.length)].replace("\n", "")).append(',')
                    .append(random.nextBoolean() ? "2024-03" : "2024").append(",1980-centrum,")
                    .append(random.nextBoolean() ? "female" : "x").append(",0-14,").append(random.nextInt(100) - 5)
                    .append('\n');
        }
        return csv.toString();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A value for a schema: mostly of the right shape when {@code valid}, anything otherwise. */
    private static JsonNode json(JsonNode contract, JsonNode schema, Random random, int depth, boolean valid) {
        schema = resolve(contract, schema);
        if (!valid && random.nextInt(6) == 0 || depth > 4) {
            return anything(random);
        }
        if (schema.has("anyOf") || schema.has("oneOf")) {
            JsonNode options = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
            return json(contract, options.get(random.nextInt(options.size())), random, depth + 1, valid);
        }
        if (schema.has("allOf")) {
            return json(contract, schema.get("allOf").get(0), random, depth + 1, valid);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        if (schema.has("example") && random.nextBoolean()) {
            return schema.get("example");
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        switch (type) {
            case "object" -> {
                var object = JSON.createObjectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> property = it.next();
                    boolean required = false;
                    for (JsonNode r : schema.path("required")) {
                        required |= r.asText().equals(property.getKey());
                    }
                    if (required || random.nextInt(3) > 0) {
                        object.set(property.getKey(), json(contract, property.getValue(), random, depth + 1, valid));
                    }
                }
                if (!valid && random.nextBoolean()) {
                    object.set("unexpected", anything(random));
                }
                return object;
            }
            case "array" -> {
                var array = JSON.createArrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(json(contract, schema.path("items"), random, depth + 1, valid));
                }
                return array;
            }
            case "integer" -> {
                return JSON.getNodeFactory().numberNode(random.nextInt(1000));
            }
            case "number" -> {
                return JSON.getNodeFactory().numberNode(Math.round(random.nextDouble() * 10000) / 100.0);
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(random.nextBoolean());
            }
            default -> {
                return JSON.getNodeFactory().textNode(validValue(schema, "", random));
            }
        }
    }

    private static JsonNode anything(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> JSON.getNodeFactory().nullNode();
            case 1 -> JSON.getNodeFactory().numberNode(random.nextLong());
            case 2 -> JSON.createArrayNode().add(random.nextInt());
            case 3 -> JSON.createObjectNode().put("x", NASTY[random.nextInt(NASTY.length)]);
            case 4 -> JSON.getNodeFactory().booleanNode(true);
            case 5 -> JSON.getNodeFactory().numberNode(-1.5e300);
            default -> JSON.getNodeFactory().textNode(NASTY[random.nextInt(NASTY.length)]);
        };
    }

    private static String validValue(JsonNode schema, String name, Random random) {
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asText();
        }
        if ("array".equals(schema.path("type").asText())) {
            return validValue(schema.path("items"), name, random);
        }
        if (schema.has("example")) {
            JsonNode example = schema.get("example");
            return example.isArray() ? example.get(0).asText() : example.asText();
        }
        String type = schema.path("type").asText();
        if ("integer".equals(type)) {
            long min = schema.path("minimum").asLong(1);
            long max = Math.min(schema.path("maximum").asLong(60), min + 60);
            return Long.toString(min + random.nextInt((int) Math.max(1, max - min + 1)));
        }
        if ("boolean".equals(type)) {
            return Boolean.toString(random.nextBoolean());
        }
        String format = schema.path("format").asText();
        if ("date".equals(format)) {
            return "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        }
        if (name.equals("code")) {
            return random.nextBoolean() ? "1980-centrum" : "1980";
        }
        String nasty = NASTY[random.nextInt(NASTY.length)];
        return nasty.substring(0, Math.min(20, nasty.length()));
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        while (node != null && node.has("$ref")) {
            JsonNode target = contract;
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part.replace("~1", "/"));
            }
            node = target;
        }
        return node;
    }

    private static List<Op> operations(JsonNode contract) {
        List<Op> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    List<JsonNode> parameters = new ArrayList<>();
                    path.getValue().path("parameters").forEach(p -> parameters.add(resolve(contract, p)));
                    op.path("parameters").forEach(p -> parameters.add(resolve(contract, p)));
                    ops.add(new Op(method, path.getKey(), op, parameters));
                }
            }
        }
        return ops;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
