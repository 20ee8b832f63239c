package se.varna.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;

/**
 * A coordinator keeps indicators: creates one, replaces its definition, baseline and targets;
 * nobody else may; every invalid field is named.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class IndicatorAdminTest {

    static final String CODE = "TEST_KOLADA_MATT";

    @AfterEach
    void removeTestIndicator() {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("delete from goal_indicator where indicator_id in (select id from indicator where code like 'TEST_%')").executeUpdate();
            em.createNativeQuery("delete from indicator where code like 'TEST_%'").executeUpdate();
        });
    }

    static Map<String, Object> input(long goalId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", CODE);
        body.put("name", Map.of("sv", "Testmått", "en", "Test measure"));
        body.put("description", Map.of("sv", "Ett mått för test.", "en", "A measure for tests."));
        body.put("unit", "percent");
        body.put("direction", "higherIsBetter");
        body.put("source", "kolada");
        body.put("sourceReference", "N99001");
        body.put("frequency", "yearly");
        body.put("disaggregations", List.of("sex", "ageGroup"));
        body.put("ageGroups", List.of("15-17", "18-24"));
        body.put("owner", "barn-utbildning");
        body.put("goals", List.of(goalId));
        body.put("baseline", Map.of("period", "2019", "value", 50.5));
        body.put("targets", List.of(Map.of("year", 2025, "value", 60), Map.of("year", 2023, "value", 55)));
        return body;
    }

    static long goal(int index) {
        return given().when().get("/api/v1/goals").then().extract().jsonPath().getLong("items[" + index + "].id");
    }

    ValidatableResponse create(String token, Object body) {
        return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicators").then();
    }

    @Test
    void coordinatorCreatesAnIndicatorWithBaselineTargetsOwnerAndGoal() {
        long goalSix = goal(5);
        create(IndicatorValueResourceTest.COORDINATOR, input(goalSix))
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/indicators/\\d+$"))
                .body("code", equalTo(CODE))
                .body("owner.code", equalTo("barn-utbildning"))
                .body("ageGroups", contains("15-17", "18-24"))
                .body("baseline.period", equalTo("2019"))
                .body("baseline.value", equalTo(50.5f))
                .body("targets.year", contains(2023, 2025))
                .body("goals.number", contains(6))
                .body("freshness.latestPeriod", nullValue());

        // added last to goal 6's list, after the seeded share of agreement commitments
        given().queryParam("goal", goalSix).when().get("/api/v1/indicators")
                .then().body("items.code", contains("SAMVERKAN_ATAGANDEN", CODE));
    }

    @Test
    void coordinatorReplacesTheDefinitionTargetsAndGoals() {
        long goalFive = goal(4);
        long goalSix = goal(5);
        int id = create(IndicatorValueResourceTest.COORDINATOR, input(goalFive)).statusCode(201).extract().path("id");

        Map<String, Object> changed = input(goalSix);
        changed.put("targets", List.of(Map.of("year", 2030, "value", 70)));
        changed.put("baseline", null);
        changed.put("direction", "lowerIsBetter");
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + IndicatorValueResourceTest.COORDINATOR)
                .contentType(ContentType.JSON).body(changed)
                .when().put("/api/v1/indicators/{id}", id)
                .then().statusCode(200)
                .body("direction", equalTo("lowerIsBetter"))
                .body("targets.year", contains(2030))
                .body("baseline", nullValue())
                .body("goals.number", contains(6));

        // goal 5 keeps its own indicators, in order, without a gap
        given().queryParam("goal", goalFive).when().get("/api/v1/indicators")
                .then().body("items.code", contains("ANMALDA_VALDSBROTT", "UTSATTHET_VALD"));
    }

    @Test
    void everyInvalidFieldIsNamed() {
        Map<String, Object> body = input(goal(5));
        // a code in use: a code breaking its pattern is refused before the other rules are read
        // (aCodeBreakingItsPatternIsRefusedBeforeTheOtherRules)
        body.put("code", "TILLIT");
        body.put("unit", "percentage");
        body.put("ageGroups", List.of("0-99"));
        body.put("owner", "no-such-org");
        body.put("baseline", Map.of("period", "2019Q1", "value", 1));
        body.put("targets", List.of(Map.of("year", 2025, "value", 1), Map.of("year", 2025, "value", 2)));
        // the request breaks the contract on purpose, so only the answer is validated
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + IndicatorValueResourceTest.COORDINATOR)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicators").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "unit", "ageGroups", "owner", "baseline.period", "targets"));
    }

    @Test
    void aCodeBreakingItsPatternIsRefusedBeforeTheOtherRules() {
        Map<String, Object> body = input(goal(5));
        body.put("code", "bad code");
        body.put("unit", "percentage");
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + IndicatorValueResourceTest.COORDINATOR)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicators").then()
                .statusCode(400)
                .body("errors.field", contains("code"))
                .body("errors[0].message", equalTo("must be 2–64 capital letters, digits or _"));
    }

    @Test
    void aTooLongNameIsRefusedInTheReadersLanguageAndNothingIsStored() {
        Map<String, Object> body = input(goal(5));
        body.put("name", Map.of("sv", "ö".repeat(501), "en", "Test measure"));
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + IndicatorValueResourceTest.COORDINATOR)
                .header("Accept-Language", "sv-SE").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicators").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "sv")
                .body("errors.field", contains("name.sv"))
                .body("errors[0].message", equalTo("får vara högst 500 tecken"));
        given().when().get("/api/v1/indicators").then().body("items.code", not(hasItem(CODE)));
    }

    @Test
    void aCodeInUseIsRefused() {
        Map<String, Object> body = input(goal(5));
        body.put("code", "TILLIT");
        create(IndicatorValueResourceTest.COORDINATOR, body)
                .statusCode(400).body("errors.field", contains("code"));
    }

    @Test
    void onlyACoordinatorKeepsIndicators() {
        Map<String, Object> body = input(goal(5));
        for (String token : new String[] { IndicatorValueResourceTest.EDITOR_SCHOOL, IndicatorValueResourceTest.EDITOR_KFF,
                IndicatorValueResourceTest.VIEWER, IndicatorValueResourceTest.PARTNER }) {
            create(token, body).statusCode(403);
        }
        given().filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicators").then().statusCode(401);
        long tillit = IndicatorValueFixtures.indicatorId("TILLIT");
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + IndicatorValueResourceTest.EDITOR_KFF)
                .contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/indicators/{id}", tillit).then().statusCode(403);
        given().when().get("/api/v1/indicators").then().body("items.code", not(hasItem(CODE)));
    }

    @Test
    void updatingAnUnknownIndicatorIsNotFound() {
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + IndicatorValueResourceTest.COORDINATOR)
                .contentType(ContentType.JSON).body(input(goal(5)))
                .when().put("/api/v1/indicators/{id}", 987654)
                .then().statusCode(404).body("instance", endsWith("/987654"));
    }
}
