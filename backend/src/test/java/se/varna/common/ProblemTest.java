package se.varna.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import se.varna.support.Contract;
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
    void aMissingThingIsExplainedInSwedishWhenTheReaderAsksForSwedish() {
        for (String swedish : new String[] { "sv-SE", "sv", "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7" }) {
            given().filter(Contract.VALIDATED).header("Accept-Language", swedish)
                    .when().get("/api/v1/goals/{id}", 987654)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .header("Content-Language", "sv")
                    .header("Vary", containsString("Accept-Language"))
                    .body("type", equalTo("about:blank"))
                    .body("title", equalTo("Hittades inte"))
                    .body("detail", equalTo("Det finns inget mål med id 987654."));
        }
    }

    @Test
    void aMissingThingIsExplainedInEnglishAsBeforeForAnyOtherOrNoLanguage() {
        for (String other : new String[] { null, "en", "en-GB", "de-DE", "*" }) {
            var request = given().filter(Contract.VALIDATED);
            if (other != null) {
                request.header("Accept-Language", other);
            }
            request.when().get("/api/v1/goals/{id}", 987654)
                    .then().statusCode(404)
                    .header("Content-Language", "en")
                    .body("title", equalTo("Not Found"))
                    .body("detail", equalTo("No goal with id 987654."));
        }
    }

    @Test
    void anInvalidParameterIsNamedTheSameInBothLanguagesAndExplainedInTheReaders() {
        given().filter(Contract.RESPONSES_VALIDATED).header("Accept-Language", "sv-SE").queryParam("limit", "0")
                .when().get("/api/v1/goals")
                .then().statusCode(400)
                .header("Content-Language", "sv")
                .body("type", equalTo(Problem.INVALID_INPUT))
                .body("title", equalTo("Ogiltig begäran"))
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("måste vara mellan 1 och 500"))
                .body("detail", equalTo("'limit' måste vara mellan 1 och 500."));
        given().filter(Contract.RESPONSES_VALIDATED).header("Accept-Language", "en").queryParam("limit", "0")
                .when().get("/api/v1/goals")
                .then().statusCode(400)
                .header("Content-Language", "en")
                .body("type", equalTo(Problem.INVALID_INPUT))
                .body("title", equalTo("Invalid request"))
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("must be between 1 and 500"))
                .body("detail", equalTo("'limit' must be between 1 and 500."));
    }

    @Test
    void anUnknownPathIsExplainedInTheReadersLanguage() {
        given().header("Accept-Language", "sv")
                .when().get("/api/v1/no-such-things")
                .then().statusCode(404)
                .header("Content-Language", "sv")
                .body("title", equalTo("Hittades inte"))
                .body("detail", equalTo("Det finns ingen resurs på den här sökvägen."));
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
