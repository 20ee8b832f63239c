package se.varna.disclosure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * Every figure a resident or partner can read goes through {@link DisclosureControl}: the test
 * takes the public operations ({@code x-roles} with {@code anonymous} or {@code partner}) from
 * openapi.yaml, finds those whose answer carries figures (a schema with {@code disclosure}, or a
 * statistical {@code count}, {@code numerator} or {@code denominator}), calls each anonymously
 * and checks that the component was asked for the caller's audience in that request. A new
 * public operation with figures fails here until it is published through the component and
 * given a request below.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DisclosureCoverageTest {

    private static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    private static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");
    private static final Set<String> FIGURE_PROPERTIES = Set.of("disclosure", "count", "numerator", "denominator");

    @Inject
    DisclosureControl disclosure;

    @Test
    void everyPublicOperationWhoseAnswerCarriesFiguresGoesThroughTheDisclosureControl() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Contract.OPENAPI_YAML.toFile());
        Map<String, Supplier<Integer>> requests = requests();

        List<String> withFigures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                JsonNode op = ops.next().getValue();
                if (!op.has("operationId") || !isPublic(op)) {
                    continue;
                }
                JsonNode ok = op.path("responses").path("200");
                boolean figures = false;
                for (JsonNode media : ok.path("content")) {
                    figures |= carriesFigures(contract, media.path("schema"), new HashSet<>());
                }
                // An export of a document with figures (binary): the document's own answer says so.
                figures |= op.path("operationId").asText().startsWith("export");
                if (figures) {
                    withFigures.add(op.path("operationId").asText());
                }
            }
        }

        assertThat(withFigures).as("public operations with figures").contains("getCrimeStatistics",
                "listIndicatorValues", "getReport", "exportReport", "getMeasureEvaluation", "getSituationPicture",
                "exportSituationPicture");
        for (String operation : withFigures) {
            assertThat(requests).as("a request for the public operation %s, which answers figures", operation)
                    .containsKey(operation);
            int status = requests.get(operation).get();
            assertThat(status).as(operation).isEqualTo(200);
            assertThat(disclosure.operationsServed()).as("%s published its figures through the disclosure control",
                    operation).contains(operation);
        }
        System.out.println("Public operations with figures, each through the disclosure control: " + withFigures);
    }

    private static boolean isPublic(JsonNode op) {
        for (JsonNode role : op.path("x-roles")) {
            if (role.asText().equals("anonymous") || role.asText().equals("partner")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a schema (following $ref, items, properties, combinations) has a figure property. */
    private static boolean carriesFigures(JsonNode contract, JsonNode schema, Set<String> seen) {
        if (schema == null || schema.isMissingNode()) {
            return false;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!seen.add(ref)) {
                return false;
            }
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            return carriesFigures(contract, contract.path("components").path("schemas").path(name), seen);
        }
        for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> property = p.next();
            if (FIGURE_PROPERTIES.contains(property.getKey())) {
                return true;
            }
            if (carriesFigures(contract, property.getValue(), seen)) {
                return true;
            }
        }
        for (String nested : List.of("items", "additionalProperties")) {
            if (carriesFigures(contract, schema.path(nested), seen)) {
                return true;
            }
        }
        for (String combination : List.of("anyOf", "oneOf", "allOf")) {
            for (JsonNode part : schema.path(combination)) {
                if (carriesFigures(contract, part, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One anonymous request (a partner's, for an operation only signed-in roles call) per public operation with figures; answers the status. */
    private static Map<String, Supplier<Integer>> requests() {
        Map<String, Supplier<Integer>> requests = new LinkedHashMap<>();
        requests.put("getCrimeStatistics", () -> given().when().get("/api/v1/crime-statistics").statusCode());
        requests.put("listIndicatorValues", () -> given().when().get("/api/v1/indicators/{id}/values", tillit())
                .statusCode());
        requests.put("getReport", () -> given().when().get("/api/v1/reports/{id}", approvedReport()).statusCode());
        requests.put("exportReport", () -> given().queryParam("format", "xlsx").when()
                .get("/api/v1/reports/{id}/export", approvedReport()).statusCode());
        requests.put("getMeasureEvaluation", () -> given().when()
                .get("/api/v1/measures/{id}/evaluation", evaluatedMeasure()).statusCode());
        requests.put("getSituationPicture", () -> given().when()
                .get("/api/v1/situation-pictures/{id}", adoptedSituationPicture()).statusCode());
        requests.put("exportSituationPicture", () -> given().queryParam("format", "pdf").when()
                .get("/api/v1/situation-pictures/{id}/export", adoptedSituationPicture()).statusCode());
        requests.put("exportActionPlan", () -> given().queryParam("format", "pdf").when()
                .get("/api/v1/action-plans/{id}/export", adoptedActionPlan()).statusCode());
        // signed in only: the partner is the reader whose figures are protected
        requests.put("getOverview", () -> given().header("Authorization", "Bearer " + PARTNER).when()
                .get("/api/v1/overview").statusCode());
        return requests;
    }

    /** A published measure with an evaluation design. */
    private static long evaluatedMeasure() {
        long id = given().header("Authorization", "Bearer " + COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Utvärderad", "preventionType", "social", "preventionLevel", "primary",
                        "status", "ongoing", "startDate", "2026-01-01", "districts", List.of("1980-backby"),
                        "published", true))
                .when().post("/api/v1/measures").then().statusCode(201).extract().jsonPath().getLong("id");
        given().header("Authorization", "Bearer " + COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("outcome", Map.of("kind", "crimeCategory", "code", "klotter"),
                        "comparisonDistricts", List.of("1980-raby"), "interventionStart", "2099-01",
                        "monthsBefore", 24, "monthsAfter", 12))
                .when().put("/api/v1/measures/{id}/evaluation", id).then().statusCode(201);
        return id;
    }

    /** An adopted lägesbild (its mapping from the crime statistics). */
    private static long adoptedSituationPicture() {
        long id = given().header("Authorization", "Bearer " + COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Täckning", "from", "2045-01", "to", "2045-12")).when()
                .post("/api/v1/situation-pictures").then().statusCode(201).extract().jsonPath().getLong("id");
        given().header("Authorization", "Bearer " + COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("decision", Map.of("body", "Kommunstyrelsen", "date", "2046-01-20"))).when()
                .post("/api/v1/situation-pictures/{id}/adoption", id).then().statusCode(200);
        return id;
    }

    /** An adopted åtgärdsplan on an adopted lägesbild, with one action. */
    private static long adoptedActionPlan() {
        long id = given().header("Authorization", "Bearer " + COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Täckningsplan", "situationPicture", adoptedSituationPicture(), "actions",
                        List.of(Map.of("title", "Åtgärd", "problems", List.of(), "organisations",
                                List.of("hallbarhetsenheten"), "measures", List.of())),
                        "consultations", List.of()))
                .when().post("/api/v1/action-plans").then().statusCode(201).extract().jsonPath().getLong("id");
        given().header("Authorization", "Bearer " + COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("decision", Map.of("body", "Kommunstyrelsen", "date", "2046-02-20"))).when()
                .post("/api/v1/action-plans/{id}/adoption", id).then().statusCode(200);
        return id;
    }

    private static long tillit() {
        return given().queryParam("limit", 500).when().get("/api/v1/indicators").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.code == 'TILLIT' }.id");
    }

    private static Long approved;

    private static long approvedReport() {
        if (approved == null) {
            long id = given().header("Authorization", "Bearer " + COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("period", "2045H1")).when().post("/api/v1/reports").then().statusCode(201).extract()
                    .jsonPath().getLong("id");
            given().header("Authorization", "Bearer " + COORDINATOR).when().post("/api/v1/reports/{id}/approval", id)
                    .then().statusCode(200);
            approved = id;
        }
        return approved;
    }
}
