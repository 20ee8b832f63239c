package se.varna.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
class MeResourceTest {

    @Test
    void meIsUnauthorizedWithoutToken() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("instance", equalTo("/api/v1/me"));
    }

    @Test
    void meIsUnauthorizedWithAGarbledToken() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .header("Authorization", "Bearer not-a-token")
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void meIsUnauthorizedWithATokenForAnotherAudience() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .header("Authorization", "Bearer " + TestTokens.forAnotherAudience("alice"))
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void meNamesTheCallersOrganisationFromTheTokenClaim() {
        given().filter(Contract.VALIDATED)
                .header("Authorization", "Bearer " + TestTokens.user("anna", "barn-utbildning", "editor"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("anna"))
                .body("name", equalTo("Test anna"))
                .body("email", equalTo("anna@vasteras.se"))
                .body("roles", contains("editor"))
                .body("organisation.code", equalTo("barn-utbildning"))
                .body("organisation.name.sv", equalTo("Barn- och utbildningsförvaltningen"))
                .body("organisation.name.en", equalTo("Children and Education Administration"))
                .body("serviceAccount", equalTo(false));
    }

    @Test
    void meAnswersOnlyVarnasRolesSorted() {
        given().filter(Contract.VALIDATED)
                .header("Authorization", "Bearer " + TestTokens.user("carl", "hallbarhetsenheten", "viewer",
                        "coordinator", "offline_access", "uma_authorization"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("coordinator", "viewer"));
    }

    @Test
    void meWithoutOrganisationClaimHasNoOrganisation() {
        given().filter(Contract.VALIDATED)
                .header("Authorization", "Bearer " + TestTokens.user("vera", null, "viewer"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("organisation", nullValue());
    }

    @Test
    void meWithAnUnknownOrganisationCodeHasNoOrganisation() {
        given().filter(Contract.VALIDATED)
                .header("Authorization", "Bearer " + TestTokens.user("olle", "no-such-organisation"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("organisation", nullValue())
                .body("roles", emptyIterable());
    }

    @Test
    void aPartnerSystemWithClientCredentialsIsAServiceAccount() {
        given().filter(Contract.VALIDATED)
                .header("Authorization", "Bearer " + TestTokens.serviceAccount("polisen-statistik", "polisen", "partner"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("service-account-polisen-statistik"))
                .body("serviceAccount", equalTo(true))
                .body("roles", contains("partner"))
                .body("organisation.code", equalTo("polisen"));
    }

    @Test
    void publicReadsIgnoreAnyToken() {
        given().filter(Contract.VALIDATED)
                .header("Authorization", "Bearer " + TestTokens.user("anna", "barn-utbildning", "editor"))
                .when().get("/api/v1/goals")
                .then().statusCode(200)
                .body("total", equalTo(6));
    }
}
