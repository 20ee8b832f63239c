package se.varna.organisation;

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
 * One rule finds an organisation by code in every operation
 * ({@code OrganisationService.findByCode}: spaces around it ignored, letter case not), shown
 * through an agreement's parties and a measure's partners.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class OrganisationLookupTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");

    static RequestSpecification asCoordinator() {
        return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON);
    }

    static Map<String, Object> agreement(String party) {
        return Map.of("type", "collaborationAgreement", "title", "Samverkan " + UUID.randomUUID(), "area", "1980",
                "startDate", "2025-01-01", "parties", List.of(party), "commitments", List.of());
    }

    static Map<String, Object> measure(String partner) {
        return Map.of("title", "Nattvandring " + UUID.randomUUID(), "preventionType", "social",
                "preventionLevel", "primary", "status", "planned", "startDate", "2025-03-01",
                "responsibleOrganisation", "kultur-idrott-fritid", "partnerOrganisations", List.of(partner));
    }

    @Test
    void aCodeWithSpacesAroundItNamesTheSameOrganisationInAnAgreementAndAMeasure() {
        asCoordinator().body(agreement(" polisen ")).when().post("/api/v1/agreements")
                .then().statusCode(201).body("parties.code", contains("polisen"));
        asCoordinator().body(measure(" polisen ")).when().post("/api/v1/measures")
                .then().statusCode(201).body("partnerOrganisations.code", contains("polisen"));
    }

    @Test
    void aCodeInAnotherLetterCaseIsTheSame400NamingTheFieldInAnAgreementAndAMeasure() {
        String expected = "is not a known organisation code: 'POLISEN'";
        asCoordinator().body(agreement("POLISEN")).when().post("/api/v1/agreements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("parties[0]")).body("errors[0].message", equalTo(expected));
        asCoordinator().body(measure("POLISEN")).when().post("/api/v1/measures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("partnerOrganisations[0]")).body("errors[0].message", equalTo(expected));
    }
}
