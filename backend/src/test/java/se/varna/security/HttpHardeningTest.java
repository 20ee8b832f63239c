package se.varna.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * What every answer carries and what the service refuses before an operation runs: nosniff,
 * a CORS policy for the web app's origin only, no stack traces or class names, 413 for an
 * oversized JSON body, 415 for a media type an operation does not take, and 400 naming a
 * query parameter an operation does not declare.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class HttpHardeningTest {

    private static final String WEB_APP = "http://localhost:5173";
    /** What a leaked stack trace or exception would show. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat [a-z]+\\.|java\\.|jakarta\\.|org\\.[a-z]|com\\.[a-z]|io\\.(quarkus|vertx|smallrye)|se\\.varna");

    private static RequestSpecification editor() {
        return given().header("Authorization", "Bearer " + TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor"));
    }

    @Test
    void answersOfEveryKindCarryNosniff() {
        given().filter(Contract.VALIDATED).get("/api/v1/goals").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
        given().filter(Contract.RESPONSES_VALIDATED).get("/api/v1/me").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/no-such-thing").then().statusCode(404)
                .header("X-Content-Type-Options", "nosniff");
        given().get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/q/health/ready").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void corsAllowsTheWebAppsOriginOnly() {
        given().header("Origin", WEB_APP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/measures")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", WEB_APP);
        given().header("Origin", WEB_APP).get("/api/v1/goals").then().statusCode(200)
                .header("Access-Control-Allow-Origin", WEB_APP);

        Response preflight = given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/measures");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        Response read = given().header("Origin", "https://evil.example.com").get("/api/v1/goals");
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
        assertThat(read.statusCode()).isIn(200, 403);
    }

    /** The CORS headers depend on the caller's origin, so every answer says so to caches, beside its other Varys. */
    @Test
    void everyAnswerVariesByOrigin() {
        Response preflight = given().header("Origin", WEB_APP).header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/goals");
        assertThat(preflight.headers().getValues("Vary")).contains("Origin");
        assertThat(varyNames(given().header("Origin", WEB_APP).get("/api/v1/goals"))).contains("Origin");
        assertThat(varyNames(given().header("Origin", "https://evil.example.com").get("/api/v1/goals"))).contains("Origin");
        assertThat(varyNames(given().get("/api/v1/goals"))).contains("Origin");
        // a problem answer keeps its Vary: Accept-Language, in the one Vary header
        Response missing = given().header("Accept-Language", "sv").get("/api/v1/goals/999999");
        assertThat(missing.headers().getValues("Vary")).containsExactly(
                "Accept-Language, Authorization, Accept, Origin");
    }

    /** The names an answer varies by, however many Vary headers carry them. */
    private static List<String> varyNames(Response response) {
        return response.headers().getValues("Vary").stream()
                .flatMap(vary -> java.util.Arrays.stream(vary.split(","))).map(String::strip).toList();
    }

    @Test
    void failuresNameNoClassesAndShowNoStackTraces() {
        assertNoInternals(editor().contentType("application/json").body("{\"title\": [1, 2,").post("/api/v1/measures"), 400);
        assertNoInternals(editor().contentType("application/json").body("{\"title\":{\"deep\":true},\"startDate\":\"yesterday\"}")
                .post("/api/v1/measures"), 400);
        assertNoInternals(given().get("/api/v1/goals/not-a-number"), 400, 404);
        assertNoInternals(given().get("/api/v1/goals/99999999999999999999999"), 400, 404);
        assertNoInternals(given().delete("/api/v1/goals"), 405);
        assertNoInternals(given().get("/api/v1/no-such-thing"), 404);
        assertNoInternals(given().get("/api/v1/measures?limit=-1"), 400);
        assertNoInternals(given().header("Authorization", "Bearer x.y.z").get("/api/v1/me"), 401);
        // nested past the parser's depth limit: the answer says the body is too deep, not which limit class said so
        String deep = "{\"title\":" + "[".repeat(1500) + "]".repeat(1500) + "}";
        Response tooDeep = editor().contentType("application/json").body(deep).post("/api/v1/measures");
        assertNoInternals(tooDeep, 400);
        assertThat(tooDeep.body().asString()).doesNotContain("StreamReadConstraints", "maxNestingDepth");
    }

    private static void assertNoInternals(Response answer, Integer... statuses) {
        assertThat(answer.statusCode()).isIn((Object[]) statuses);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        String body = answer.body().asString();
        assertThat(INTERNALS.matcher(body).find()).as(body).isFalse();
    }

    @Test
    void anOversizedJsonBodyGets413BeforeItIsRead() {
        String huge = "{\"title\":\"" + "x".repeat(1_100_000) + "\"}";
        editor().contentType("application/json").body(huge)
                .when().post("/api/v1/measures")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void aMediaTypeTheOperationDoesNotTakeGets415() {
        editor().contentType("text/plain").body("title=Nattvandring")
                .when().post("/api/v1/measures")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
        editor().contentType("application/xml").body("<measure/>")
                .when().post("/api/v1/measures/1/updates")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownQueryParameterGets400NamingIt() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .queryParam("limit", 5).queryParam("colour", "red").queryParam("sortBy", "name")
                .when().get("/api/v1/goals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("colour", "sortBy"))
                .body("detail", containsString("colour"));
        given().filter(Contract.RESPONSES_VALIDATED)
                .queryParam("status", "ongoing").queryParam("organization", "polisen")
                .when().get("/api/v1/measures")
                .then().statusCode(400)
                .body("errors.field", contains("organization"));
    }

    @Test
    void publicReadsIgnoreABadToken() {
        // a read whose answer never depends on the caller ignores a bad token
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer not-a-token")
                .when().get("/api/v1/areas")
                .then().statusCode(200);
        // one whose answer does (goals count the measures the caller may see) tells the client
        // its token is bad rather than answering as if it had sent none
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer not-a-token")
                .when().get("/api/v1/goals")
                .then().statusCode(401).contentType("application/problem+json");
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + TestTokens.forAnotherAudience("eve"))
                .when().get("/api/v1/organisations")
                .then().statusCode(200);
    }

    @Test
    void declaredQueryParametersStillWork() {
        given().filter(Contract.VALIDATED)
                .queryParam("status", "ongoing").queryParam("organisation", "polisen").queryParam("limit", 5)
                .when().get("/api/v1/measures")
                .then().statusCode(200)
                .body("limit", equalTo(5));
        given().filter(Contract.VALIDATED).queryParam("year", 2024)
                .when().get("/api/v1/areas")
                .then().statusCode(200)
                .body("errors", nullValue());
    }
}
