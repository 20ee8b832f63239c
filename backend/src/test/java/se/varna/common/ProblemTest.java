package se.varna.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import se.varna.support.EmbeddedPostgresResource;

/**
 * Errors outside the contract's paths are problem+json too, and never show Java internals.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ProblemTest {

    @Test
    void unknownPathIsNotFoundProblem() {
        given().when().get("/api/v1/no-such-things")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("There is no resource at this path."))
                .body("instance", equalTo("/api/v1/no-such-things"));
    }

    @Test
    void wrongMethodIsMethodNotAllowedProblem() {
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/goals")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405))
                .body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void unacceptableMediaTypeIsNotAcceptableProblem() {
        given().accept("text/csv")
                .when().get("/api/v1/goals")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("status", equalTo(406));
    }

    @Test
    void problemsNeverShowJavaInternals() {
        given().queryParam("limit", "9999999999999999999999")
                .when().get("/api/v1/indicators")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")))
                .body(not(containsString("se.varna")));
    }
}
