package se.varna.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.NeedsKeycloak;
import se.varna.support.TestTokens;

/**
 * The role matrix, generated from {@code openapi.yaml}: every operation the contract lists is
 * called as each kind of caller, and the answer must be what the operation's {@code x-roles}
 * (and {@code x-owner-scoped}) declare: allowed (anything but 401/403 and never 5xx; a 404,
 * 400, 409, 412 or 422 for a placeholder request counts as allowed), 401 for an anonymous
 * caller who is not, 403 for a signed-in caller who is not. On an owner-scoped operation the
 * editor of the owning organisation is allowed and the editor of another gets 403.
 *
 * <p>Requests name things of the organisation {@code kultur-idrott-fritid}: a fresh measure
 * (with a progress update) per operation, the indicator {@code NOJDHET_MOTESPLATSER} it owns.
 * Operations this class does not know get a generic request (path ids 1, required parameters
 * from the schema's example, the request body's example or {@code {}}); an owner-scoped
 * operation must have a request in {@link #OWNER_SCOPED_BODIES}, so a new one cannot slip by.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class RoleMatrixTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final String OWNING = "kultur-idrott-fritid";
    private static final String OWNED_INDICATOR = "NOJDHET_MOTESPLATSER";
    /** The kinds of caller, in the order each operation is called (so deletes come last). */
    enum Caller {
        anonymous(null, null),
        viewer("viewer", TestTokens.user("lasare", "kommunstyrelsen", "viewer")),
        partner("partner", TestTokens.serviceAccount("polisen-api", "polisen", "partner")),
        editorOfAnother("editor", TestTokens.user("redaktor-skola", "barn-utbildning", "editor")),
        editorOfOwner("editor", TestTokens.user("redaktor-kff", OWNING, "editor")),
        coordinator("coordinator", TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator"));

        final String role;
        final String token;

        Caller(String role, String token) {
            this.role = role;
            this.token = token;
        }
    }

    record Operation(String method, String path, String operationId, Set<String> roles, boolean ownerScoped,
            JsonNode node, JsonNode pathItem) {

        boolean allows(Caller caller) {
            if (caller == Caller.anonymous) {
                return roles.contains("anonymous");
            }
            if (ownerScoped && (caller == Caller.editorOfAnother || caller == Caller.partner)) {
                return false; // the partner acts for polisen, not the owning organisation
            }
            return roles.contains("authenticated") || roles.contains(caller.role);
        }
    }

    /** What each owner-scoped operation is sent: things of {@value #OWNING}. */
    private static final Map<String, Function<Fixture, String>> OWNER_SCOPED_BODIES = Map.of(
            "createMeasure", f -> measureBody("Matrix measure"),
            "replaceMeasure", f -> measureBody("Matrix measure, replaced"),
            "addMeasureUpdate", f -> "{\"date\":\"2026-05-01\",\"text\":\"Igång.\",\"assessment\":\"green\"}",
            "replaceMeasureUpdate", f -> "{\"date\":\"2026-05-02\",\"text\":\"Fortfarande igång.\",\"assessment\":\"amber\"}",
            "deleteMeasureUpdate", f -> null,
            "recordIndicatorValue", f -> "{\"period\":\"2024\",\"area\":\"1980\",\"sex\":\"total\",\"ageGroup\":\"total\",\"value\":74}",
            "importIndicatorValues", f -> "indicator,period,area,sex,ageGroup,value\n" + OWNED_INDICATOR
                    + ",2024,1980,total,total,74\n",
            "updateCommitmentStatus", f -> "{\"status\":\"ongoing\",\"comment\":\"Matris.\"}",
            "proposeAction", f -> "{\"title\":\"Matrisåtgärd\",\"organisations\":[\"" + OWNING + "\"]}",
            "replaceMeasureEvaluation", f -> "{\"outcome\":{\"kind\":\"crimeCategory\",\"code\":\"klotter\"},"
                    + "\"comparisonDistricts\":[\"1980-raby\"],\"interventionStart\":\"2099-01\",\"monthsBefore\":24,"
                    + "\"monthsAfter\":12}");

    /** Minimal valid bodies for operations that are not owner-scoped, where a placeholder would do less. */
    private static final Map<String, String> BODIES = Map.of(
            "importCrimeStatistics", "month,category,area,sex,ageGroup,count\n",
            "createProtectiveFactor", "{\"code\":\"MATRIX_SKYDD\",\"level\":\"individual\",\"name\":{\"sv\":\"Matris\",\"en\":\"Matrix\"}}",
            "createRiskFactor", "{\"code\":\"MATRIX_RISK\",\"level\":\"individual\",\"name\":{\"sv\":\"Matris\",\"en\":\"Matrix\"}}");

    static List<Operation> operations() {
        JsonNode contract;
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(Contract.OPENAPI_YAML.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    Set<String> roles = new TreeSet<>();
                    op.path("x-roles").forEach(r -> roles.add(r.asText()));
                    operations.add(new Operation(method, path.getKey(), op.path("operationId").asText(), roles,
                            op.path("x-owner-scoped").asBoolean(false), op, path.getValue()));
                }
            }
        }
        return operations;
    }

    /** The contract declares who may call every operation, and its security block agrees. */
    @Test
    void everyOperationDeclaresItsRolesAndItsSecurityAgrees() {
        List<String> problems = new ArrayList<>();
        for (Operation op : operations()) {
            String label = op.method().toUpperCase() + " " + op.path();
            if (op.roles().isEmpty()) {
                problems.add(label + ": no x-roles");
                continue;
            }
            Set<String> known = Set.of("anonymous", "viewer", "partner", "editor", "coordinator", "authenticated");
            if (!known.containsAll(op.roles())) {
                problems.add(label + ": unknown role in " + op.roles());
            }
            boolean anonymousInSecurity = false;
            boolean bearerInSecurity = false;
            for (JsonNode requirement : op.node().path("security")) {
                if (requirement.isEmpty()) {
                    anonymousInSecurity = true;
                } else if (requirement.has("bearer")) {
                    bearerInSecurity = true;
                }
            }
            if (anonymousInSecurity != op.roles().contains("anonymous")) {
                problems.add(label + ": security " + (anonymousInSecurity ? "allows" : "does not allow")
                        + " anonymous callers, x-roles " + op.roles());
            }
            if (!bearerInSecurity && !Set.of("anonymous").equals(op.roles())) {
                problems.add(label + ": security names no bearer token, x-roles " + op.roles());
            }
            if (!op.node().path("responses").has("401") && !op.roles().contains("anonymous")) {
                problems.add(label + ": no 401 response declared");
            }
            if (!op.node().path("responses").has("403") && !op.roles().contains("anonymous")
                    && !op.roles().contains("authenticated")) {
                problems.add(label + ": no 403 response declared");
            }
            if (op.ownerScoped() && !OWNER_SCOPED_BODIES.containsKey(op.operationId())) {
                problems.add(label + ": owner-scoped, but RoleMatrixTest has no request naming an owned thing");
            }
        }
        assertThat(problems).isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyOperationAsEveryCaller() {
        return operations().stream().map(op -> DynamicContainer.dynamicContainer(
                op.operationId() + " " + op.roles() + (op.ownerScoped() ? " owner-scoped" : ""),
                operationTests(op)));
    }

    private Stream<DynamicNode> operationTests(Operation op) {
        Fixture[] fixture = new Fixture[1];
        return Stream.of(Caller.values()).map(caller -> DynamicTest.dynamicTest(caller.name(), () -> {
            if (fixture[0] == null) {
                fixture[0] = Fixture.create();
            }
            Response answer = call(op, caller, fixture[0]);
            int status = answer.statusCode();
            String label = op.method().toUpperCase() + " " + op.path() + " as " + caller + ": " + status + " "
                    + answer.body().asString();
            if (!(NeedsKeycloak.OPERATIONS.contains(op.operationId()) && status == 503 && op.allows(caller))) {
                assertThat(status).as(label).isLessThan(500);
            }
            if (op.allows(caller)) {
                assertThat(status).as(label).isNotIn(401, 403);
            } else {
                assertThat(status).as(label).isEqualTo(caller == Caller.anonymous ? 401 : 403);
            }
            if (status >= 400) {
                assertThat(answer.contentType()).as(label).startsWith("application/problem+json");
            }
        }));
    }

    private static Response call(Operation op, Caller caller, Fixture fixture) {
        RequestSpecification request = given().filter(Contract.RESPONSES_VALIDATED).redirects().follow(false);
        if (caller.token != null) {
            request.header("Authorization", "Bearer " + caller.token);
        }
        String path = op.path();
        List<JsonNode> parameters = new ArrayList<>();
        op.pathItem().path("parameters").forEach(parameters::add);
        op.node().path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            JsonNode p = parameter.has("$ref") ? resolve(parameter.get("$ref").asText()) : parameter;
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            if ("path".equals(in)) {
                path = path.replace("{" + name + "}", fixture.pathValue(op.path(), name));
            } else if ("header".equals(in) && "If-Match".equalsIgnoreCase(name)) {
                request.header("If-Match", fixture.measureEtag);
            } else if ("query".equals(in) && "dryRun".equals(name)) {
                request.queryParam("dryRun", true);
            } else if (p.path("required").asBoolean(false)) {
                request.param(name, example(p.path("schema"), p));
            }
        }
        path = path.replaceAll("\\{[^}]+}", "1");
        JsonNode body = op.node().path("requestBody");
        if (!body.isMissingNode()) {
            String mediaType = body.path("content").fieldNames().next();
            String content;
            if (OWNER_SCOPED_BODIES.containsKey(op.operationId())) {
                content = OWNER_SCOPED_BODIES.get(op.operationId()).apply(fixture);
            } else if (BODIES.containsKey(op.operationId())) {
                content = BODIES.get(op.operationId());
            } else {
                JsonNode example = body.path("content").path(mediaType).path("example");
                content = example.isMissingNode() ? (mediaType.contains("json") ? "{}" : "x")
                        : example.isTextual() ? example.asText() : example.toString();
            }
            if (content != null) {
                request.contentType(mediaType).body(content);
            }
        }
        return request.when().request(op.method().toUpperCase(), path);
    }

    private static String example(JsonNode schema, JsonNode parameter) {
        if (parameter.has("example")) {
            return parameter.get("example").asText();
        }
        if (schema.has("example")) {
            return schema.get("example").asText();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        return "integer".equals(schema.path("type").asText()) ? "1" : "x";
    }

    private static JsonNode contract;

    private static JsonNode resolve(String ref) {
        if (contract == null) {
            try {
                contract = new ObjectMapper(new YAMLFactory()).readTree(Contract.OPENAPI_YAML.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JsonNode node = contract;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }

    private static String measureBody(String title) {
        return "{\"title\":\"" + title + "\",\"description\":\"Öppet till 22.\",\"preventionType\":\"social\","
                + "\"preventionLevel\":\"primary\",\"status\":\"ongoing\",\"startDate\":\"2026-01-15\","
                + "\"districts\":[\"1980-backby\"],\"targetGroups\":[\"youngPeople\"],"
                + "\"riskFactors\":[\"BROTTSBELASTADE_KAMRATER\"],\"protectiveFactors\":[\"PROSOCIALA_KAMRATER\"],"
                + "\"crimeTriangle\":[\"motivatedOffender\"],\"knowledgeLevel\":\"experienceBased\",\"budget\":250000,"
                + "\"responsibleOrganisation\":\"" + OWNING + "\"}";
    }

    /** A published measure of {@value #OWNING} with one progress update, made fresh for each operation. */
    record Fixture(long measureId, String measureEtag, long updateId, long indicatorId, long goalId,
            long agreementId, long commitmentId) {

        static Fixture create() {
            String coordinator = "Bearer " + Caller.coordinator.token;
            Response measure = given().filter(Contract.VALIDATED).header("Authorization", coordinator)
                    .contentType("application/json").body(measureBody("Matrix fixture"))
                    .when().post("/api/v1/measures");
            assertThat(measure.statusCode()).as(measure.body().asString()).isEqualTo(201);
            long measureId = measure.jsonPath().getLong("id");
            Response update = given().filter(Contract.VALIDATED).header("Authorization", coordinator)
                    .contentType("application/json")
                    .body("{\"date\":\"2026-05-01\",\"text\":\"Start.\",\"assessment\":\"green\"}")
                    .when().post("/api/v1/measures/" + measureId + "/updates");
            assertThat(update.statusCode()).as(update.body().asString()).isEqualTo(201);
            long indicatorId = given().queryParam("limit", 500).when().get("/api/v1/indicators").jsonPath()
                    .getLong("items.find { it.code == '" + OWNED_INDICATOR + "' }.id");
            long goalId = given().when().get("/api/v1/goals").jsonPath().getLong("items[0].id");
            Response agreement = given().filter(Contract.VALIDATED).header("Authorization", coordinator)
                    .contentType("application/json")
                    .body("{\"type\":\"citizenPromise\",\"title\":\"Matrix agreement\",\"area\":\"1980\","
                            + "\"startDate\":\"2026-01-01\",\"parties\":[\"polisen\",\"" + OWNING + "\"],"
                            + "\"commitments\":[{\"text\":\"Matris.\",\"responsibleOrganisation\":\"" + OWNING
                            + "\",\"status\":\"notStarted\",\"measures\":[]}]}")
                    .when().post("/api/v1/agreements");
            assertThat(agreement.statusCode()).as(agreement.body().asString()).isEqualTo(201);
            return new Fixture(measureId, measure.header("ETag"), update.jsonPath().getLong("id"), indicatorId,
                    goalId, agreement.jsonPath().getLong("id"), agreement.jsonPath().getLong("commitments[0].id"));
        }

        String pathValue(String path, String name) {
            if ("updateId".equals(name)) {
                return Long.toString(updateId);
            }
            if ("commitmentId".equals(name)) {
                return Long.toString(commitmentId);
            }
            if ("code".equals(name)) {
                return "1980-centrum";
            }
            if ("id".equals(name)) {
                if (path.startsWith("/api/v1/measures/")) {
                    return Long.toString(measureId);
                }
                if (path.startsWith("/api/v1/indicators/")) {
                    return Long.toString(indicatorId);
                }
                if (path.startsWith("/api/v1/agreements/")) {
                    return Long.toString(agreementId);
                }
                if (path.startsWith("/api/v1/goals/")) {
                    return Long.toString(goalId);
                }
            }
            return "1";
        }
    }

}
