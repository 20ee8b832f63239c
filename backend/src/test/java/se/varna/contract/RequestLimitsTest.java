package se.varna.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * The length and size limits {@code openapi.yaml} declares are the service's limits: for each
 * kind of limit (a text in a body, a code in a body, a list in a body, a query, path or header
 * parameter, a repeated parameter, a date, a minimum, an import's error list), a value exactly
 * at the limit is taken and answered within the contract, and one over it is a 400 naming the
 * field, with nothing stored. Values over a limit are sent unchecked (the contract itself
 * would refuse them); every answer is checked against the contract. Strings are of {@code ö}
 * where they can be: limits count characters, not bytes.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class RequestLimitsTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    static final String EDITOR_KFF = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");
    static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");

    static final String TOO_LONG_200 = "must be at most 200 characters";

    @AfterEach
    void removeTestIndicatorsAndFactors() {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("delete from goal_indicator where indicator_id in "
                    + "(select id from indicator where code like 'TEST_LIMIT%')").executeUpdate();
            em.createNativeQuery("delete from indicator where code like 'TEST_LIMIT%'").executeUpdate();
            em.createNativeQuery("delete from factor where code like 'TEST_LIMIT%'").executeUpdate();
        });
    }

    static RequestSpecification as(String token) {
        return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + token);
    }

    /** Responses validated, requests not: for values the contract itself refuses. */
    static RequestSpecification asUnchecked(String token) {
        return given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + token);
    }

    static String ö(int length) {
        return "ö".repeat(length);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long total(String token, String path) {
        return as(token).queryParam("limit", 1).when().get(path).then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    // ---- measures ----------------------------------------------------------------------------

    static Map<String, Object> measure(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("preventionType", "social");
        body.put("preventionLevel", "primary");
        body.put("status", "planned");
        body.put("startDate", "2025-02-01");
        body.put("responsibleOrganisation", "kultur-idrott-fritid");
        return body;
    }

    @Test
    void aMeasuresTextsAtTheirLimitsAreTakenAndOneCharacterMoreIsRefusedNamingEachField() {
        Map<String, Object> longest = measure(ö(300));
        longest.put("description", ö(5000));
        longest.put("knowledgeBasis", ö(5000));
        // the answer is checked against the contract: knowledgeBasis was limited to 2000 there
        long id = as(COORDINATOR).contentType(ContentType.JSON).body(longest).when().post("/api/v1/measures")
                .then().statusCode(201).body("title", equalTo(ö(300))).body("knowledgeBasis", equalTo(ö(5000)))
                .extract().jsonPath().getLong("id");
        // a query parameter at its limit is read
        as(VIEWER).queryParam("q", ö(200)).when().get("/api/v1/measures").then().statusCode(200)
                .body("items.id", hasItem((int) id));

        long before = total(COORDINATOR, "/api/v1/measures");
        Map<String, Object> over = measure(ö(301));
        over.put("description", ö(5001));
        over.put("knowledgeBasis", ö(5001));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(over).when().post("/api/v1/measures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("title", "description", "knowledgeBasis"));
        assertThat(total(COORDINATOR, "/api/v1/measures")).as("nothing stored").isEqualTo(before);
        asUnchecked(VIEWER).queryParam("q", ö(201)).when().get("/api/v1/measures").then().statusCode(400)
                .body("errors.field", contains("q")).body("errors[0].message", equalTo(TOO_LONG_200));
    }

    @Test
    void aMeasuresCodesAndListsAreCheckedForLengthBeforeTheyAreLookedUp() {
        String title = unique("Listgränser");
        Map<String, Object> body = measure(title);
        body.put("districts", Collections.nCopies(10_000, "1980-backby"));
        as(COORDINATOR).contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(201).body("districts.code", contains("1980-backby"));

        long before = total(COORDINATOR, "/api/v1/measures");
        body.put("districts", Collections.nCopies(10_001, "1980-backby"));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(400).body("errors.field", contains("districts"))
                .body("errors[0].message", equalTo("must have at most 10000 items"));
        // a code at its limit is looked up (and unknown); one over is refused without repeating it
        body.put("districts", List.of("x".repeat(200), "x".repeat(201)));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(400)
                .body("errors.field", contains("districts[1]"))
                .body("errors[0].message", equalTo(TOO_LONG_200));
        body.put("districts", List.of("x".repeat(200)));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(400).body("errors.field", contains("districts[0]"))
                .body("errors[0].message", startsWith("is not a known area code"));
        // an editor naming a too long organisation hears about the length, not that it is not theirs
        Map<String, Object> foreign = measure(title);
        foreign.put("responsibleOrganisation", "x".repeat(201));
        asUnchecked(EDITOR_KFF).contentType(ContentType.JSON).body(foreign).when().post("/api/v1/measures")
                .then().statusCode(400).body("errors.field", contains("responsibleOrganisation"));
        assertThat(total(COORDINATOR, "/api/v1/measures")).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aProgressUpdatesTextFiguresAndDateKeepToTheContract() {
        long id = as(COORDINATOR).contentType(ContentType.JSON).body(measure(unique("Lägesgränser")))
                .when().post("/api/v1/measures").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> update = new HashMap<>(Map.of("date", "2025-03-01", "text", ö(5000),
                "assessment", "green", "participants", 0));
        as(COORDINATOR).contentType(ContentType.JSON).body(update).when().post("/api/v1/measures/{id}/updates", id)
                .then().statusCode(201).body("text", equalTo(ö(5000)));

        update.put("text", ö(5001));
        update.put("participants", -1);
        update.put("date", "2025-03-01T12:00:00");
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(update)
                .when().post("/api/v1/measures/{id}/updates", id).then().statusCode(400)
                .body("errors.field", contains("date"));
        update.put("date", "2025-03-01");
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(update)
                .when().post("/api/v1/measures/{id}/updates", id).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("text", "participants"));
        as(VIEWER).when().get("/api/v1/measures/{id}/updates", id).then().statusCode(200).body("total", equalTo(1));
    }

    // ---- safety analyses ------------------------------------------------------------------------

    static Map<String, Object> analysis(List<Map<String, Object>> places) {
        Map<String, Object> body = new HashMap<>();
        body.put("area", "1980-raby");
        body.put("date", "2025-04-01");
        body.put("title", unique("Gränsanalys"));
        body.put("factors", List.of());
        body.put("placesOfConcern", places);
        body.put("measures", List.of());
        return body;
    }

    @Test
    void anAnalysisKeepsItsPlacesFactorsAndParametersToTheContract() {
        Map<String, Object> place = Map.of("name", ö(300), "description", ö(5000));
        as(COORDINATOR).contentType(ContentType.JSON).body(analysis(List.of(place)))
                .when().post("/api/v1/safety-analyses").then().statusCode(201)
                .body("placesOfConcern[0].description", equalTo(ö(5000)));

        long before = total(COORDINATOR, "/api/v1/safety-analyses");
        Map<String, Object> over = analysis(List.of(Map.of("name", ö(301), "description", ö(5001))));
        over.put("factors", List.of(Map.of("factor", "X".repeat(201), "level", "high", "trend", "unchanged")));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(over).when().post("/api/v1/safety-analyses")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("factors[0].factor",
                        "placesOfConcern[0].name", "placesOfConcern[0].description"));
        List<Map<String, Object>> many = new ArrayList<>(Collections.nCopies(10_001, Map.of("name", "p")));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(analysis(many))
                .when().post("/api/v1/safety-analyses").then().statusCode(400)
                .body("errors.field", contains("placesOfConcern"));
        assertThat(total(COORDINATOR, "/api/v1/safety-analyses")).as("nothing stored").isEqualTo(before);

        as(VIEWER).queryParam("area", "x".repeat(200)).queryParam("from", "2025-01-01")
                .when().get("/api/v1/safety-analyses").then().statusCode(200).body("total", equalTo(0));
        asUnchecked(VIEWER).queryParam("area", "x".repeat(201)).when().get("/api/v1/safety-analyses")
                .then().statusCode(400).body("errors.field", contains("area"));
        asUnchecked(VIEWER).queryParam("from", "+10000-01-01").when().get("/api/v1/safety-analyses")
                .then().statusCode(400).body("errors.field", contains("from"));
    }

    // ---- agreements ------------------------------------------------------------------------------

    static Map<String, Object> agreement(List<String> parties, String statusComment) {
        Map<String, Object> commitment = new HashMap<>();
        commitment.put("text", "Polisen genomför trygghetsvandringar.");
        commitment.put("responsibleOrganisation", "polisen");
        commitment.put("status", "ongoing");
        commitment.put("statusComment", statusComment);
        commitment.put("measures", List.of());
        Map<String, Object> body = new HashMap<>();
        body.put("type", "citizenPromise");
        body.put("title", unique("Gränslöfte"));
        body.put("area", "1980-skultuna");
        body.put("startDate", "2025-01-01");
        body.put("parties", parties);
        body.put("commitments", List.of(commitment));
        return body;
    }

    @Test
    void anAgreementKeepsItsPartiesAndCommentsToTheContract() {
        as(COORDINATOR).contentType(ContentType.JSON).body(agreement(Collections.nCopies(10_000, "polisen"), ö(5000)))
                .when().post("/api/v1/agreements").then().statusCode(201)
                .body("parties.code", contains("polisen"))
                .body("commitments[0].statusComment", equalTo(ö(5000)));

        long before = total(COORDINATOR, "/api/v1/agreements");
        asUnchecked(COORDINATOR).contentType(ContentType.JSON)
                .body(agreement(Collections.nCopies(10_001, "polisen"), ö(5001)))
                .when().post("/api/v1/agreements").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("parties", "commitments[0].statusComment"));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(agreement(List.of("p".repeat(201)), null))
                .when().post("/api/v1/agreements").then().statusCode(400)
                .body("errors.field", contains("parties[0]")).body("errors[0].message", equalTo(TOO_LONG_200));
        assertThat(total(COORDINATOR, "/api/v1/agreements")).as("nothing stored").isEqualTo(before);

        asUnchecked(VIEWER).queryParam("area", "x".repeat(201)).queryParam("to", "2025-01-011")
                .when().get("/api/v1/agreements").then().statusCode(400)
                .body("errors.field", contains("area"));
        asUnchecked(VIEWER).queryParam("to", "2025-01-011").when().get("/api/v1/agreements").then().statusCode(400)
                .body("errors.field", contains("to")).body("errors[0].message", equalTo("must be at most 10 characters"));
    }

    // ---- indicators and their values ---------------------------------------------------------------

    static Map<String, Object> indicator(String nameSv, String descriptionEn, String sourceReference) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "TEST_LIMIT");
        body.put("name", Map.of("sv", nameSv, "en", "Limit test"));
        body.put("description", Map.of("sv", "Ett mått för test.", "en", descriptionEn));
        body.put("unit", "percent");
        body.put("direction", "higherIsBetter");
        body.put("source", "kolada");
        body.put("sourceReference", sourceReference);
        body.put("frequency", "yearly");
        return body;
    }

    @Test
    void anIndicatorsNameDescriptionAndSourcesKeepToTheContract() {
        // the answers are checked against the contract: names 500, descriptions 10 000, sources 255
        long id = as(COORDINATOR).contentType(ContentType.JSON).body(indicator(ö(500), ö(10_000), "N".repeat(255)))
                .when().post("/api/v1/indicators").then().statusCode(201)
                .body("name.sv", equalTo(ö(500))).body("sourceReference", equalTo("N".repeat(255)))
                .extract().jsonPath().getLong("id");
        as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("period", "2024", "area", "1980", "value", 50, "source", ö(255)))
                .when().post("/api/v1/indicators/{id}/values", id).then().statusCode(201)
                .body("source", equalTo(ö(255)));
        as(VIEWER).when().get("/api/v1/indicators/{id}/values", id).then().statusCode(200)
                .body("series[0].observations[0].source", equalTo(ö(255)));

        Map<String, Object> over = indicator(ö(501), ö(10_001), "N".repeat(256));
        over.put("code", "TEST_LIMIT_2");
        over.put("owner", "x".repeat(201));
        over.put("ageGroups", Collections.nCopies(10_001, "15-17"));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(over).when().post("/api/v1/indicators")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("name.sv", "description.en",
                        "sourceReference", "owner", "ageGroups"));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("period", "2024", "area", "1980", "value", 51, "source", ö(256)))
                .when().post("/api/v1/indicators/{id}/values", id).then().statusCode(400)
                .body("errors.field", contains("source"));
        asUnchecked(VIEWER).queryParam("area", "x".repeat(201)).when().get("/api/v1/indicators/{id}/values", id)
                .then().statusCode(400).body("errors.field", contains("area"))
                .body("errors[0].message", equalTo(TOO_LONG_200));
    }

    @Test
    void aFactorsNameIsRefusedOverItsLimitNotByTheDatabase() {
        as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("code", "TEST_LIMIT_A", "level", "social", "name", Map.of("sv", ö(500), "en", "Limit")))
                .when().post("/api/v1/protective-factors").then().statusCode(201).body("name.sv", equalTo(ö(500)));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("code", "TEST_LIMIT_B", "level", "social", "name", Map.of("sv", ö(501), "en", "Limit")))
                .when().post("/api/v1/protective-factors").then().statusCode(400)
                .body("errors.field", contains("name.sv"));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("code", "T".repeat(65), "level", "social", "name", Map.of("sv", "Gräns", "en", "Limit")))
                .when().post("/api/v1/protective-factors").then().statusCode(400)
                .body("errors.field", contains("code"));
        given().when().get("/api/v1/protective-factors").then()
                .body("items.code", not(hasItem("TEST_LIMIT_B")));
    }

    // ---- crime statistics -------------------------------------------------------------------------

    @Test
    void aRepeatedParameterIsTakenUpToItsMaxItemsAndEachValueUpToItsLength() {
        // sent unchecked too: the request validator does not take a repeated parameter of OpenAPI 3.1
        asUnchecked(VIEWER).queryParam("from", "2024-01").queryParam("to", "2024-12")
                .queryParam("category", Collections.nCopies(100, "misshandel"))
                .when().get("/api/v1/crime-statistics").then().statusCode(200)
                .body("categories.code", contains("misshandel"));
        asUnchecked(VIEWER).queryParam("category", Collections.nCopies(101, "misshandel"))
                .when().get("/api/v1/crime-statistics").then().statusCode(400)
                .body("errors.field", contains("category"));
        // a value may list codes separated by commas: its length is the value's
        asUnchecked(VIEWER).queryParam("area", "1980," + "x".repeat(195)).when().get("/api/v1/crime-statistics")
                .then().statusCode(400).body("errors[0].message", startsWith("is not a known area code"));
        asUnchecked(VIEWER).queryParam("area", "1980," + "x".repeat(196)).when().get("/api/v1/crime-statistics")
                .then().statusCode(400).body("errors.field", contains("area"))
                .body("errors[0].message", equalTo(TOO_LONG_200));
        asUnchecked(COORDINATOR).queryParam("source", "x".repeat(201)).contentType("text/csv")
                .body("month,area,category,sex,ageGroup,count\n2024-01,1980,misshandel,total,total,1\n")
                .when().post("/api/v1/crime-statistics/imports").then().statusCode(400)
                .body("errors.field", contains("source")).body("errors[0].message", equalTo(TOO_LONG_200));
    }

    // ---- areas -------------------------------------------------------------------------------------

    static final String POLYGON = "{\"type\":\"Polygon\",\"coordinates\":[[[16.54,59.60],[16.56,59.60],"
            + "[16.56,59.62],[16.54,59.62],[16.54,59.60]]]}";

    @Test
    void areaCodesInPathsQueriesAndBoundaryFilesKeepToTheirLengths() {
        as(VIEWER).queryParam("parent", "x".repeat(64)).when().get("/api/v1/areas/boundaries")
                .then().statusCode(404);
        asUnchecked(VIEWER).queryParam("parent", "x".repeat(65)).when().get("/api/v1/areas/boundaries")
                .then().statusCode(400).body("errors.field", contains("parent"));
        as(COORDINATOR).contentType(ContentType.JSON).body(POLYGON)
                .when().put("/api/v1/areas/{code}/boundary", "x".repeat(200)).then().statusCode(404);
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(POLYGON)
                .when().put("/api/v1/areas/{code}/boundary", "x".repeat(201)).then().statusCode(400)
                .body("errors.field", contains("code"));
        asUnchecked(COORDINATOR).when().delete("/api/v1/areas/{code}/boundary", "x".repeat(201))
                .then().statusCode(400).body("errors.field", contains("code"));

        String longCode = "x".repeat(201);
        asUnchecked(COORDINATOR).contentType(ContentType.JSON)
                .body("{\"type\":\"Feature\",\"properties\":{\"code\":\"" + longCode + "\"},\"geometry\":" + POLYGON + "}")
                .when().put("/api/v1/areas/{code}/boundary", "1980-centrum").then().statusCode(400)
                .body("errors.field", contains("properties.code")).body("errors[0].message", equalTo(TOO_LONG_200));
        JsonPath rejected = asUnchecked(COORDINATOR).contentType(ContentType.JSON)
                .body("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\""
                        + longCode + "\"},\"geometry\":" + POLYGON + "}]}")
                .when().put("/api/v1/areas/boundaries").then().statusCode(422).extract().jsonPath();
        assertThat(rejected.getList("errors.field", String.class)).containsExactly("features[0].properties.code");
        assertThat(rejected.getList("errors.message", String.class)).containsExactly(TOO_LONG_200);
        as(VIEWER).queryParam("parent", "1980").when().get("/api/v1/areas/boundaries").then().statusCode(200)
                .body("features.find { it.id == '1980-centrum' }.geometry", org.hamcrest.Matchers.nullValue());
    }

    // ---- imports -----------------------------------------------------------------------------------

    @Test
    void anImportListsItsFirstTenThousandErrorsAndCountsTheRest() {
        // 2600 rows, each missing its indicator, period, area and value: 10 400 errors
        String csv = "indicator,period,area,sex,ageGroup,value\n" + ",,,,,\n".repeat(2600);
        as(COORDINATOR).contentType("text/csv").body(csv).queryParam("dryRun", true)
                .when().post("/api/v1/indicator-values/imports").then().statusCode(200)
                .body("rowsRead", equalTo(2600)).body("rowsRejected", equalTo(2600))
                .body("errors", hasSize(10_000));
        asUnchecked(COORDINATOR).contentType("text/csv").body(csv)
                .when().post("/api/v1/indicator-values/imports").then().statusCode(422)
                .body("errors", hasSize(10_000))
                .body("detail", startsWith("2600 of 2600 rows are invalid"))
                .body("detail", org.hamcrest.Matchers.endsWith("The first 10000 errors are listed; 400 more are not."));
    }

    @Test
    void aFieldNamedAfterWhatTheCallerSentIsCut() {
        String column = ö(10_000);
        JsonPath problem = asUnchecked(COORDINATOR).contentType("text/csv")
                .body("indicator,period,area,sex,ageGroup,value," + column + "\nTILLIT,2024,1980,total,total,1,x\n")
                .when().post("/api/v1/indicator-values/imports").then().statusCode(400).extract().jsonPath();
        assertThat(problem.getString("errors[0].field")).hasSize(200).startsWith(ö(199)).endsWith("…");
    }
}
