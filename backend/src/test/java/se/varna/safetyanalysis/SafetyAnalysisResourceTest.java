package se.varna.safetyanalysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;
import se.varna.support.Statements;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class SafetyAnalysisResourceTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    static final String EDITOR = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");
    static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");
    static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    /** Responses validated, requests not: for bodies the contract itself would reject. */
    static RequestSpecification asUnchecked(String token) {
        RequestSpecification spec = given().filter(Contract.RESPONSES_VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long measure() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", unique("Trygghetsvandring"));
        body.put("preventionType", "situational");
        body.put("preventionLevel", "primary");
        body.put("status", "planned");
        body.put("startDate", "2026-01-15");
        body.put("responsibleOrganisation", "kultur-idrott-fritid");
        return as(COORDINATOR).contentType("application/json").body(body)
                .when().post("/api/v1/measures").then().statusCode(201).extract().<Number>path("id").longValue();
    }

    static Map<String, Object> analysis(String title, String area, long measureId) {
        Map<String, Object> body = new HashMap<>();
        body.put("area", area);
        body.put("date", "2025-10-01");
        body.put("title", title);
        body.put("summary", "Oro kring centrumplatsen kvällstid.");
        body.put("factors", List.of(
                Map.of("factor", "PROSOCIALA_KAMRATER", "level", "medium", "trend", "unchanged"),
                Map.of("factor", "BROTTSBELASTADE_KAMRATER", "level", "high", "trend", "worsening",
                        "comment", "Fler unga i kriminella nätverk enligt polisen.")));
        body.put("placesOfConcern", List.of(
                Map.of("name", "Bäckby centrum", "description", "Samlingsplats kvällstid", "latitude", 59.6296,
                        "longitude", 16.4788),
                Map.of("name", "Gångtunneln vid skolan")));
        body.put("measures", List.of(Map.of("measure", measureId, "stage", "proposed")));
        return body;
    }

    static ExtractableResponse<Response> create(Map<String, Object> body) {
        return as(COORDINATOR).contentType("application/json").body(body)
                .when().post("/api/v1/safety-analyses").then().statusCode(201).extract();
    }

    @Test
    void coordinatorRecordsAnAnalysisAndEverySignedInRoleReadsIt() {
        long measureId = measure();
        String title = unique("Trygghetsanalys Bäckby");
        ExtractableResponse<Response> created = create(analysis(title, "1980-backby", measureId));

        assertThat(created.header("Location")).matches(".*/api/v1/safety-analyses/\\d+");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.<String>path("area.code")).isEqualTo("1980-backby");
        // risk factors first, then protective ones
        assertThat(created.<List<String>>path("factors.factor.code"))
                .containsExactly("BROTTSBELASTADE_KAMRATER", "PROSOCIALA_KAMRATER");
        assertThat(created.<List<String>>path("factors.kind")).containsExactly("risk", "protective");
        assertThat(created.<List<String>>path("factors.level")).containsExactly("high", "medium");
        assertThat(created.<List<String>>path("factors.trend")).containsExactly("worsening", "unchanged");
        assertThat(created.<List<String>>path("placesOfConcern.name"))
                .containsExactly("Bäckby centrum", "Gångtunneln vid skolan");
        assertThat(created.<Object>path("placesOfConcern[1].latitude")).isNull();
        assertThat(created.<Integer>path("measures[0].measure.id")).isEqualTo((int) measureId);
        assertThat(created.<String>path("measures[0].stage")).isEqualTo("proposed");
        assertThat(created.<String>path("createdBy")).isEqualTo("samordnare");
        long id = created.<Number>path("id").longValue();

        for (String token : List.of(VIEWER, PARTNER, EDITOR, COORDINATOR)) {
            as(token).when().get("/api/v1/safety-analyses/{id}", id)
                    .then().statusCode(200).header("ETag", "\"0\"").body("title", equalTo(title));
            as(token).queryParam("area", "1980-backby").when().get("/api/v1/safety-analyses")
                    .then().statusCode(200).body("items.title", hasItem(title));
            as(token).when().get("/api/v1/safety-analyses/{id}/history", id)
                    .then().statusCode(200).body("items.action", contains("created"));
        }
        as(VIEWER).queryParam("area", "1980-backby").when().get("/api/v1/safety-analyses")
                .then().statusCode(200)
                .body("items.find { it.title == '" + title + "' }.highRiskCount", equalTo(1))
                .body("items.find { it.title == '" + title + "' }.placeCount", equalTo(2));
    }

    @Test
    void theAnonymousPublicMayNotReadAnalyses() {
        long id = create(analysis(unique("Intern"), "1980-raby", measure())).<Number>path("id").longValue();
        asUnchecked(null).when().get("/api/v1/safety-analyses").then().statusCode(401);
        asUnchecked(null).when().get("/api/v1/safety-analyses/{id}", id).then().statusCode(401);
        asUnchecked(null).when().get("/api/v1/safety-analyses/{id}/history", id).then().statusCode(401);
    }

    @Test
    void onlyTheCoordinatorWritesAndOthersChangeNothing() {
        long measureId = measure();
        String title = unique("Ej tillåten");
        Map<String, Object> body = analysis(title, "1980-raby", measureId);
        asUnchecked(null).contentType("application/json").body(body).when().post("/api/v1/safety-analyses")
                .then().statusCode(401);
        for (String token : List.of(VIEWER, PARTNER, EDITOR)) {
            as(token).contentType("application/json").body(body).when().post("/api/v1/safety-analyses")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        as(VIEWER).queryParam("area", "1980-raby").when().get("/api/v1/safety-analyses")
                .then().statusCode(200).body("items.title", not(hasItem(title)));

        long id = create(analysis(unique("Råby"), "1980-raby", measureId)).<Number>path("id").longValue();
        body.put("title", "Ändrad");
        asUnchecked(null).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/safety-analyses/{id}", id).then().statusCode(401);
        for (String token : List.of(VIEWER, PARTNER, EDITOR)) {
            as(token).contentType("application/json").header("If-Match", "\"0\"").body(body)
                    .when().put("/api/v1/safety-analyses/{id}", id).then().statusCode(403);
        }
        as(VIEWER).when().get("/api/v1/safety-analyses/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"").body("title", not(equalTo("Ändrad")));
    }

    @Test
    void unknownReferencesAndMissingFieldsAreNamedAndNothingIsStored() {
        long measureId = measure();
        String title = unique("Felaktig");
        Map<String, Object> body = analysis(title, "1980-skiljebo", measureId);
        body.put("factors", List.of(
                Map.of("factor", "FINNS_INTE", "level", "high", "trend", "worsening"),
                Map.of("factor", "PROSOCIALA_KAMRATER", "level", "low", "trend", "improving"),
                Map.of("factor", "PROSOCIALA_KAMRATER", "level", "low", "trend", "improving")));
        body.put("measures", List.of(Map.of("measure", 999999999, "stage", "started")));
        body.put("placesOfConcern", List.of(Map.of("name", "Torget", "latitude", 59.6)));
        as(COORDINATOR).contentType("application/json").body(body).when().post("/api/v1/safety-analyses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("factors[0].factor",
                        "factors[2].factor", "measures[0].measure", "placesOfConcern[0].longitude"));

        Map<String, Object> unknownArea = analysis(title, "1980-finns-inte", measureId);
        as(COORDINATOR).contentType("application/json").body(unknownArea).when().post("/api/v1/safety-analyses")
                .then().statusCode(400).body("errors.field", contains("area"));

        asUnchecked(COORDINATOR).contentType("application/json").body(Map.of("area", "1980-skiljebo"))
                .when().post("/api/v1/safety-analyses")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("date", "title"));

        asUnchecked(COORDINATOR).contentType("application/json")
                .body(Map.of("area", "1980-skiljebo", "date", "2025-01-01", "title", title,
                        "factors", List.of(Map.of("factor", "PROSOCIALA_KAMRATER", "level", "extreme", "trend", "up"))))
                .when().post("/api/v1/safety-analyses").then().statusCode(400);

        as(VIEWER).queryParam("area", "1980-skiljebo").when().get("/api/v1/safety-analyses")
                .then().statusCode(200).body("items.title", not(hasItem(title)));
    }

    @Test
    void aTooLongValueIsRefusedNamingItInTheReadersLanguageAndNothingIsStored() {
        long measureId = measure();
        String title = unique("För lång");
        Map<String, Object> body = analysis(title, "1980-raby", measureId);
        body.put("placesOfConcern", List.of(Map.of("name", "Torget", "description", "ö".repeat(5001))));
        asUnchecked(COORDINATOR).header("Accept-Language", "sv").contentType("application/json").body(body)
                .when().post("/api/v1/safety-analyses").then().statusCode(400)
                .contentType("application/problem+json").header("Content-Language", "sv")
                .body("title", equalTo("Ogiltig begäran"))
                .body("errors.field", contains("placesOfConcern[0].description"))
                .body("errors[0].message", equalTo("får vara högst 5000 tecken"));
        asUnchecked(COORDINATOR).header("Accept-Language", "en").contentType("application/json").body(body)
                .when().post("/api/v1/safety-analyses").then().statusCode(400).header("Content-Language", "en")
                .body("errors.field", contains("placesOfConcern[0].description"))
                .body("errors[0].message", equalTo("must be at most 5000 characters"));

        Map<String, Object> noLevel = analysis(title, "1980-raby", measureId);
        noLevel.put("factors", List.of(Map.of("factor", "PROSOCIALA_KAMRATER", "trend", "unchanged")));
        asUnchecked(COORDINATOR).header("Accept-Language", "sv").contentType("application/json").body(noLevel)
                .when().post("/api/v1/safety-analyses").then().statusCode(400)
                .body("errors.field", contains("factors[0].level"))
                .body("errors[0].message", equalTo("krävs: low, medium eller high"));
        asUnchecked(COORDINATOR).contentType("application/json").body(noLevel)
                .when().post("/api/v1/safety-analyses").then().statusCode(400)
                .body("errors[0].message", equalTo("is required: low, medium or high"));

        as(VIEWER).queryParam("area", "1980-raby").when().get("/api/v1/safety-analyses")
                .then().statusCode(200).body("items.title", not(hasItem(title)));
    }

    @Test
    void aTitleAndAPlaceAtTheirLimitsAreTakenAndAPointOffTheGlobeIsNot() {
        long measureId = measure();
        String title = unique("Gräns") + "ö".repeat(300 - 14);
        Map<String, Object> body = analysis(title, "1980-raby", measureId);
        body.put("placesOfConcern", List.of(Map.of("name", "ö".repeat(300), "latitude", 90, "longitude", -180)));
        create(body);

        String offTheGlobe = unique("Utanför");
        Map<String, Object> off = analysis(offTheGlobe, "1980-raby", measureId);
        off.put("placesOfConcern", List.of(Map.of("name", "Nordpolen", "latitude", 90.5, "longitude", 181)));
        asUnchecked(COORDINATOR).contentType("application/json").body(off)
                .when().post("/api/v1/safety-analyses").then().statusCode(400)
                .body("errors.field", contains("placesOfConcern[0].latitude", "placesOfConcern[0].longitude"))
                .body("errors.message", contains("must be between -90 and 90", "must be between -180 and 180"));
        as(VIEWER).queryParam("area", "1980-raby").when().get("/api/v1/safety-analyses")
                .then().statusCode(200).body("items.title", hasItem(title)).body("items.title", not(hasItem(offTheGlobe)));
    }

    @Test
    void aChangeNeedsTheCurrentETagAndIsRecordedInTheHistory() {
        long measureId = measure();
        String original = unique("Centrum");
        Map<String, Object> body = analysis(original, "1980-centrum", measureId);
        long id = create(body).<Number>path("id").longValue();
        body.put("title", "Centrum, reviderad");
        body.put("measures", List.of(Map.of("measure", measureId, "stage", "started")));

        asUnchecked(COORDINATOR).contentType("application/json").body(body)
                .when().put("/api/v1/safety-analyses/{id}", id).then().statusCode(428)
                .contentType("application/problem+json");
        as(COORDINATOR).contentType("application/json").header("If-Match", "\"7\"").body(body)
                .when().put("/api/v1/safety-analyses/{id}", id).then().statusCode(412);
        as(COORDINATOR).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/safety-analyses/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Centrum, reviderad"))
                .body("measures[0].stage", equalTo("started"));
        as(COORDINATOR).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/safety-analyses/{id}", id).then().statusCode(412);

        as(VIEWER).when().get("/api/v1/safety-analyses/{id}/history", id).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].action", equalTo("updated"))
                .body("items[0].changedBy", equalTo("samordnare"))
                .body("items[0].changedFields", contains("title", "measures"))
                .body("items[0].before.title", equalTo(original))
                .body("items[0].after.title", equalTo("Centrum, reviderad"));

        as(COORDINATOR).contentType("application/json").header("If-Match", "\"1\"")
                .body(analysis("x", "1980-finns-inte", measureId))
                .when().put("/api/v1/safety-analyses/{id}", id).then().statusCode(400);
        as(COORDINATOR).contentType("application/json").header("If-Match", "\"1\"").body(body)
                .when().put("/api/v1/safety-analyses/{id}", 999999999).then().statusCode(404);
    }


    @Test
    void ifMatchStarIsRefusedLikeAStaleTagAndChangesNothing() {
        long measureId = measure();
        String original = unique("Skultuna");
        Map<String, Object> body = analysis(original, "1980-skultuna", measureId);
        long id = create(body).<Number>path("id").longValue();
        body.put("title", "Skultuna, överskriven");

        Map<String, Object> stale = as(COORDINATOR).contentType("application/json").header("If-Match", "\"7\"")
                .body(body).when().put("/api/v1/safety-analyses/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").extract().jsonPath().getMap("$");
        assertThat(stale.get("detail")).asString().contains("safety analysis");
        Map<String, Object> star = as(COORDINATOR).contentType("application/json").header("If-Match", "*")
                .body(body).when().put("/api/v1/safety-analyses/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").extract().jsonPath().getMap("$");
        assertThat(star).isEqualTo(stale);

        as(VIEWER).when().get("/api/v1/safety-analyses/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"").body("title", equalTo(original));
        as(VIEWER).when().get("/api/v1/safety-analyses/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("created"));
    }

    @Test
    void filtersAndBadParameters() {
        long measureId = measure();
        String title = unique("Skiljebo");
        Map<String, Object> body = analysis(title, "1980-skiljebo", measureId);
        body.put("date", "2024-03-15");
        create(body);

        as(VIEWER).queryParam("area", "1980-skiljebo").queryParam("from", "2024-03-01").queryParam("to", "2024-03-31")
                .when().get("/api/v1/safety-analyses").then().statusCode(200).body("items.title", hasItem(title));
        as(VIEWER).queryParam("area", "1980-skiljebo").queryParam("from", "2024-04-01")
                .when().get("/api/v1/safety-analyses").then().statusCode(200).body("items.title", not(hasItem(title)));
        as(VIEWER).queryParam("area", "1980-centrum")
                .when().get("/api/v1/safety-analyses").then().statusCode(200).body("items.title", not(hasItem(title)));

        asUnchecked(VIEWER).queryParam("from", "igår").when().get("/api/v1/safety-analyses")
                .then().statusCode(400).body("errors.field", contains("from"));
        as(VIEWER).queryParam("from", "2025-01-01").queryParam("to", "2024-01-01").when().get("/api/v1/safety-analyses")
                .then().statusCode(400).body("errors.field", contains("to"));
        asUnchecked(VIEWER).when().get("/api/v1/safety-analyses/{id}", "abc")
                .then().statusCode(400).body("errors.field", contains("id"));
        as(VIEWER).when().get("/api/v1/safety-analyses/{id}", 999999999).then().statusCode(404);
    }

    @Test
    void theListReadsItsItemsChildrenInAFixedNumberOfStatements() {
        // 20 analyses on a date no other test uses, each with its own measure
        for (int i = 0; i < 20; i++) {
            Map<String, Object> body = analysis(unique("Trygghetsanalys statement"), "1980-backby", measure());
            body.put("date", "2041-03-03");
            create(body);
        }
        java.util.function.IntFunction<Runnable> list = limit -> () -> as(VIEWER).queryParam("from", "2041-03-03")
                .queryParam("to", "2041-03-03").queryParam("limit", limit).when().get("/api/v1/safety-analyses")
                .then().statusCode(200).body("items.size()", equalTo(limit)).body("items[0].factorCount", equalTo(2))
                .body("items[0].highRiskCount", equalTo(1)).body("items[0].placeCount", equalTo(2))
                .body("items[0].measureCount", equalTo(1));
        long two = Statements.preparedFor(list.apply(2));
        assertThat(two).isPositive();
        assertThat(Statements.preparedFor(list.apply(20))).isEqualTo(two);
    }

}
