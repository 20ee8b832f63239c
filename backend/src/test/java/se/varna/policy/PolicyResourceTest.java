package se.varna.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PolicyResourceTest {

    @Test
    void anonymousReadsThePolicyInForceWithItsGoals() {
        given().filter(Contract.VALIDATED)
                .when().get("/api/v1/policies")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].code", equalTo("2020-2025"))
                .body("items[0].title.sv", equalTo("Policy för trygghetsskapande och brottsförebyggande arbete 2020–2025"))
                .body("items[0].title.en", equalTo("Policy for safety-creating and crime-preventive work 2020–2025"))
                .body("items[0].validFrom", equalTo(2020))
                .body("items[0].validTo", equalTo(2025))
                .body("items[0].adoptedBy", equalTo("Kommunfullmäktige"))
                .body("items[0].current", equalTo(true))
                .body("items[0].goals.number", contains(1, 2, 3, 4, 5, 6))
                .body("items[0].goals[3].title.sv", equalTo("Barn och unga är trygga i skolan"));
    }

    @Test
    void offsetBeyondTheLastPolicyIsAnEmptyPageThatStillCountsAll() {
        given().filter(Contract.VALIDATED)
                .queryParam("offset", 10)
                .when().get("/api/v1/policies")
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(1))
                .body("offset", equalTo(10));
    }

    @Test
    void largestAllowedOffsetIsAnEmptyPageNotAFailure() {
        given().filter(Contract.VALIDATED)
                .queryParam("offset", Integer.MAX_VALUE)
                .queryParam("limit", 500)
                .when().get("/api/v1/policies")
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(1))
                .body("offset", equalTo(Integer.MAX_VALUE));
    }

    @Test
    void negativeOffsetIsAProblemNamingTheParameter() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .queryParam("offset", -1)
                .when().get("/api/v1/policies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid request"))
                .body("errors.field", contains("offset"))
                .body("errors[0].message", equalTo("must be at least 0"));
    }

    @Test
    void zeroLimitIsAProblemNamingTheParameter() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .queryParam("limit", 0)
                .when().get("/api/v1/policies")
                .then().statusCode(400)
                .body("errors.field", contains("limit"));
    }

    @Test
    void nonNumericLimitIsAProblemNamingTheParameter() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .queryParam("limit", "many")
                .when().get("/api/v1/policies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("limit"))
                .body("errors[0].message", equalTo("must be a whole number, not 'many'"));
    }
}
