package se.varna.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

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
 * The coordinator places an organisation or a forum on a level of the policy's organisation;
 * nobody else may, and a level the policy does not have is refused naming {@code level}, with
 * nothing changed. Every test puts the seeded levels back.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class GovernanceLevelResourceTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    static final String EDITOR = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");
    static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");
    static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");

    @AfterEach
    void putTheSeededLevelsBack() {
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation.update("governanceLevel = null where code = ?1", "kommunstyrelsen");
            Organisation.update("governanceLevel = ?1 where code = ?2", GovernanceLevel.taktisk,
                    "plg-social-hallbarhet");
            Organisation.update("governanceLevel = ?1 where code = ?2", GovernanceLevel.operativ,
                    "kultur-idrott-fritid");
        });
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    static Map<String, Object> level(String level) {
        Map<String, Object> body = new HashMap<>();
        body.put("level", level);
        return body;
    }

    static String levelOf(String code) {
        return given().queryParam("limit", 500).when().get("/api/v1/organisations").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.code == '" + code + "' }.governanceLevel");
    }

    @Test
    void theCoordinatorPlacesAnOrganisationOnALevelAndOnNone() {
        assertThat(levelOf("kommunstyrelsen")).as("seeded on no level").isNull();
        as(COORDINATOR).contentType(ContentType.JSON).body(level("strategisk"))
                .when().put("/api/v1/organisations/{code}/governance-level", "kommunstyrelsen")
                .then().statusCode(200).body("code", equalTo("kommunstyrelsen"))
                .body("governanceLevel", equalTo("strategisk"));
        assertThat(levelOf("kommunstyrelsen")).as("the list shows the new level").isEqualTo("strategisk");

        as(COORDINATOR).contentType(ContentType.JSON).body(level(null))
                .when().put("/api/v1/organisations/{code}/governance-level", "kommunstyrelsen")
                .then().statusCode(200).body("governanceLevel", nullValue());
        assertThat(levelOf("kommunstyrelsen")).isNull();
    }

    @Test
    void theCoordinatorChangesAForumsLevelThroughTheForums() {
        as(COORDINATOR).contentType(ContentType.JSON).body(level("strategisk"))
                .when().put("/api/v1/forums/{code}/governance-level", "plg-social-hallbarhet")
                .then().statusCode(200).body("type", equalTo("forum")).body("governanceLevel", equalTo("strategisk"));
        given().when().get("/api/v1/forums").then().statusCode(200)
                .body("items.find { it.code == 'plg-social-hallbarhet' }.governanceLevel", equalTo("strategisk"));
        // an organisation that is not a forum is not found among the forums, and keeps its level
        as(COORDINATOR).contentType(ContentType.JSON).body(level("taktisk"))
                .when().put("/api/v1/forums/{code}/governance-level", "kultur-idrott-fritid")
                .then().statusCode(404);
        assertThat(levelOf("kultur-idrott-fritid")).isEqualTo("operativ");
    }

    @Test
    void onlyTheCoordinatorChangesALevel() {
        for (String token : new String[] { EDITOR, VIEWER, PARTNER }) {
            as(token).contentType(ContentType.JSON).body(level("inriktande"))
                    .when().put("/api/v1/organisations/{code}/governance-level", "kultur-idrott-fritid")
                    .then().statusCode(403);
            as(token).contentType(ContentType.JSON).body(level("inriktande"))
                    .when().put("/api/v1/forums/{code}/governance-level", "plg-social-hallbarhet")
                    .then().statusCode(403);
        }
        // without a token the request breaks the contract on purpose: only the answer is checked
        given().filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON).body(level("inriktande"))
                .when().put("/api/v1/organisations/{code}/governance-level", "kultur-idrott-fritid")
                .then().statusCode(401);
        given().filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON).body(level("inriktande"))
                .when().put("/api/v1/forums/{code}/governance-level", "plg-social-hallbarhet")
                .then().statusCode(401);
        assertThat(levelOf("kultur-idrott-fritid")).as("an editor's own organisation unchanged").isEqualTo("operativ");
        assertThat(levelOf("plg-social-hallbarhet")).isEqualTo("taktisk");
    }

    @Test
    void anUnknownLevelIsRefusedNamingLevelAndNothingChanges() {
        as(COORDINATOR).contentType(ContentType.JSON).body(level("regional"))
                .when().put("/api/v1/organisations/{code}/governance-level", "kultur-idrott-fritid")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:governance-level"))
                .body("errors.field", contains("level"));
        as(COORDINATOR).contentType(ContentType.JSON).body(level("Taktisk"))
                .when().put("/api/v1/forums/{code}/governance-level", "plg-social-hallbarhet")
                .then().statusCode(422).body("errors.field", contains("level"));
        assertThat(levelOf("kultur-idrott-fritid")).isEqualTo("operativ");
        assertThat(levelOf("plg-social-hallbarhet")).isEqualTo("taktisk");
    }

    @Test
    void anUnknownCodeIs404AndNoBodyIs400() {
        as(COORDINATOR).contentType(ContentType.JSON).body(level("operativ"))
                .when().put("/api/v1/organisations/{code}/governance-level", "ingen-sadan")
                .then().statusCode(404).contentType("application/problem+json");
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON)
                .when().put("/api/v1/organisations/{code}/governance-level", "kultur-idrott-fritid")
                .then().statusCode(400).body("errors.field", contains("body"));
        assertThat(levelOf("kultur-idrott-fritid")).isEqualTo("operativ");
    }
}
