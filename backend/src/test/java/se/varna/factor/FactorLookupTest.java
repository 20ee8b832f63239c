package se.varna.factor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * One rule finds a factor by code in every operation ({@code FactorService.findByCode}: spaces
 * around it ignored, letter case not), shown through a safety analysis's assessed factors and
 * a measure's risk factors.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class FactorLookupTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");

    static RequestSpecification asCoordinator() {
        return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON);
    }

    static Map<String, Object> analysis(String factor) {
        return Map.of("area", "1980-backby", "date", "2025-10-01", "title", "Trygghetsanalys " + UUID.randomUUID(),
                "factors", List.of(Map.of("factor", factor, "level", "high", "trend", "worsening")));
    }

    static Map<String, Object> measure(String riskFactor) {
        return Map.of("title", "Fritidsgård " + UUID.randomUUID(), "preventionType", "social",
                "preventionLevel", "secondary", "status", "planned", "startDate", "2025-03-01",
                "responsibleOrganisation", "kultur-idrott-fritid", "riskFactors", List.of(riskFactor));
    }

    @Test
    void aCodeWithSpacesAroundItNamesTheSameFactorInASafetyAnalysisAndAMeasure() {
        asCoordinator().body(analysis(" BROTTSBELASTADE_KAMRATER ")).when().post("/api/v1/safety-analyses")
                .then().statusCode(201).body("factors.factor.code", contains("BROTTSBELASTADE_KAMRATER"));
        asCoordinator().body(measure(" BROTTSBELASTADE_KAMRATER ")).when().post("/api/v1/measures")
                .then().statusCode(201).body("riskFactors.code", contains("BROTTSBELASTADE_KAMRATER"));
    }

    @Test
    void aCodeInAnotherLetterCaseIsA400NamingTheFieldInASafetyAnalysisAndAMeasure() {
        asCoordinator().body(analysis("brottsbelastade_kamrater")).when().post("/api/v1/safety-analyses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("factors[0].factor"))
                .body("errors[0].message", equalTo("is not a known factor code: 'brottsbelastade_kamrater'"));
        asCoordinator().body(measure("brottsbelastade_kamrater")).when().post("/api/v1/measures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("riskFactors[0]"))
                .body("errors[0].message", equalTo("is not a known risk factor code: 'brottsbelastade_kamrater'"));
    }
}
