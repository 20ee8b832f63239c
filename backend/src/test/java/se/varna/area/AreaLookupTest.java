package se.varna.area;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * One rule finds an area by code in every operation ({@code AreaService.findByCode}): shown
 * here through two that used to differ, an agreement (exact before) and an indicator value
 * (case-insensitive before).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AreaLookupTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    /** A year of TILLIT no other test records, removed again after each test. */
    static final String PERIOD = "2019";

    @Inject
    EntityManager em;

    @AfterEach
    void removeTheRecordedValue() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from indicator_value_audit where period = ?1 and indicator_id = "
                    + "(select id from indicator where code = 'TILLIT')").setParameter(1, PERIOD).executeUpdate();
            em.createNativeQuery("delete from indicator_value where period = ?1 and indicator_id = "
                    + "(select id from indicator where code = 'TILLIT')").setParameter(1, PERIOD).executeUpdate();
        });
    }

    static RequestSpecification asCoordinator() {
        return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON);
    }

    long tillit() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select id from indicator where code = 'TILLIT'").getSingleResult()).longValue());
    }

    static Map<String, Object> agreement(String title, String area) {
        return Map.of("type", "citizenPromise", "title", title, "area", area, "startDate", "2025-01-01",
                "parties", List.of("polisen"), "commitments", List.of());
    }

    static Map<String, Object> value(String area) {
        return Map.of("period", PERIOD, "area", area, "value", 61.5);
    }

    @Test
    void aCodeInAnotherLetterCaseNamesTheSameAreaInAnAgreementAndAnIndicatorValue() {
        String title = "Medborgarlöfte Bäckby " + UUID.randomUUID();
        asCoordinator().body(agreement(title, "1980-BACKBY"))
                .when().post("/api/v1/agreements")
                .then().statusCode(201).body("area.code", equalTo("1980-backby"));
        asCoordinator().body(value(" 1980-Backby "))
                .when().post("/api/v1/indicators/{id}/values", tillit())
                .then().statusCode(201).body("area.code", equalTo("1980-backby"));

        // and the filters of both find them by the same rule
        asCoordinator().queryParam("area", "1980-BackBy").when().get("/api/v1/agreements")
                .then().statusCode(200).body("items.title", hasItem(title));
        asCoordinator().queryParam("area", "1980-BACKBY").queryParam("from", PERIOD).queryParam("to", PERIOD)
                .when().get("/api/v1/indicators/{id}/values", tillit())
                .then().statusCode(200).body("series.area.code", contains("1980-backby"));
    }

    @Test
    void anUnknownCodeIsTheSame400NamingTheFieldInAnAgreementAndAnIndicatorValue() {
        String expected = "is not a known area code: '1980-atlantis'";
        asCoordinator().body(agreement("Medborgarlöfte Atlantis " + UUID.randomUUID(), "1980-atlantis"))
                .when().post("/api/v1/agreements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("area")).body("errors[0].message", equalTo(expected));
        asCoordinator().body(value("1980-atlantis"))
                .when().post("/api/v1/indicators/{id}/values", tillit())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("area")).body("errors[0].message", equalTo(expected));

        asCoordinator().queryParam("area", "1980-atlantis").when().get("/api/v1/agreements")
                .then().statusCode(400).body("errors.field", contains("area"))
                .body("errors[0].message", equalTo(expected));
        asCoordinator().queryParam("area", "1980-atlantis").when().get("/api/v1/indicators/{id}/values", tillit())
                .then().statusCode(400).body("errors.field", contains("area"))
                .body("errors[0].message", equalTo(expected));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from indicator_value where period = ?1").setParameter(1, PERIOD).getSingleResult())
                .longValue())).as("nothing stored").isZero();
    }
}
