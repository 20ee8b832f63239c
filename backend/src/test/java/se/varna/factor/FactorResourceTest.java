package se.varna.factor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class FactorResourceTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");

    @Test
    void anyoneReadsTheRiskFactorsThePolicyListsInItsOrder() {
        given().filter(Contract.VALIDATED)
                .when().get("/api/v1/risk-factors")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(14))
                .body("items[0].code", equalTo("MISSLYCKANDE_I_SKOLAN"))
                .body("items[13].code", equalTo("OGYNNSAMMA_UPPVAXTVILLKOR"))
                .body("items[0].name.sv", equalTo("Misslyckas i skolan"))
                .body("items[0].name.en", equalTo("Failing at school"))
                .body("items.level", hasItems("individual", "social", "structural"));
    }

    @Test
    void anyoneReadsTheProtectiveFactorsThePolicyLists() {
        given().filter(Contract.VALIDATED)
                .when().get("/api/v1/protective-factors")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(9))
                .body("items.code", hasItems("STARK_ANKNYTNING_FORALDER", "LYCKAS_I_SKOLAN", "POSITIVT_SKOLKLIMAT",
                        "PROSOCIALA_KAMRATER", "SOCIALA_FARDIGHETER", "SYSSELSATTNING_EGENFORSORJNING"));
    }

    @Test
    void aTooLongNameIsRefusedInTheReadersLanguageAndNothingIsStored() {
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .header("Accept-Language", "sv-SE").contentType("application/json")
                .body(Map.of("code", "FOR_LANGT_NAMN", "level", "social", "name", Map.of("sv", "ö".repeat(501), "en", "x")))
                .when().post("/api/v1/risk-factors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "sv")
                .body("errors.field", contains("name.sv"))
                .body("errors[0].message", equalTo("får vara högst 500 tecken"));
        given().when().get("/api/v1/risk-factors").then().body("items.code", not(hasItem("FOR_LANGT_NAMN")));
    }

    @Test
    void aCodeBreakingItsPatternIsNamedWithWhatACodeIs() {
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType("application/json")
                .body(Map.of("code", "lower case", "level", "social", "name", Map.of("sv", "Namn", "en", "Name")))
                .when().post("/api/v1/risk-factors")
                .then().statusCode(400)
                .body("errors.field", contains("code"))
                .body("errors[0].message", equalTo("must be 1–64 capital letters A–Z, digits or _"));
    }

    @Test
    void onlyTheCoordinatorAddsAFactor() {
        Map<String, Object> factor = Map.of("code", "ENSAMHET", "level", "individual",
                "name", Map.of("sv", "Ensamhet", "en", "Loneliness"));
        given().filter(Contract.RESPONSES_VALIDATED).contentType("application/json").body(factor)
                .when().post("/api/v1/risk-factors").then().statusCode(401);
        for (String token : new String[] { TestTokens.user("lasare", "kommunstyrelsen", "viewer"),
                TestTokens.serviceAccount("polisen-api", "polisen", "partner"),
                TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor") }) {
            given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + token)
                    .contentType("application/json").body(factor)
                    .when().post("/api/v1/risk-factors").then().statusCode(403);
            given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + token)
                    .contentType("application/json").body(factor)
                    .when().post("/api/v1/protective-factors").then().statusCode(403);
        }

        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType("application/json").body(factor)
                .when().post("/api/v1/risk-factors")
                .then().statusCode(201).body("code", equalTo("ENSAMHET")).body("level", equalTo("individual"));
        given().when().get("/api/v1/risk-factors").then().body("items[-1].code", equalTo("ENSAMHET"));

        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType("application/json").body(factor)
                .when().post("/api/v1/protective-factors")
                .then().statusCode(400).body("errors.field", contains("code"));
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType("application/json").body(Map.of("code", "lower case", "name", Map.of("sv", "", "en", "x")))
                .when().post("/api/v1/protective-factors")
                .then().statusCode(400).body("errors.field", contains("code", "level", "name.sv"));
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType("application/json")
                .body(Map.of("code", "FORENINGSLIV", "level", "social", "name", Map.of("sv", "Aktivt föreningsliv",
                        "en", "Active associations")))
                .when().post("/api/v1/protective-factors")
                .then().statusCode(201);
    }
}
