package se.varna.crimestatistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import se.varna.support.Contract;
import se.varna.support.TestTokens;

/**
 * Test helpers: tokens of each role, and an import that waits for its job to finish.
 */
public final class CrimeImports {

    public static final String POLICE = TestTokens.serviceAccount("polisen-api", "polisen", "partner");
    public static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    public static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");
    static final String EDITOR = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");
    static final String FIRE_SERVICE = TestTokens.serviceAccount("raddningstjansten-api", "raddningstjansten", "partner");

    public static final String HEADER = "month,area,category,sex,ageGroup,count\n";

    /**
     * Validates requests and responses against the contract, except that the validator cannot
     * read repeated (array) query parameters of OpenAPI 3.1 (it takes them for
     * single values and parses each as JSON), so those two checks are left out.
     */
    static final OpenApiValidationFilter VALIDATED = new OpenApiValidationFilter(OpenApiInteractionValidator
            .createForSpecificationUrl(Contract.OPENAPI_YAML.toUri().toString())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request.parameter.schema.invalidJson", ValidationReport.Level.IGNORE)
                    .withLevel("validation.request.parameter.collection.invalid", ValidationReport.Level.IGNORE)
                    .build())
            .build());

    private CrimeImports() {
    }

    /** Posts a file, expects 202, and polls the job until it has finished. */
    public static JsonPath importAndWait(String token, String csv, String... query) {
        Response started = post(token, csv, query);
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).endsWith("/api/v1/crime-statistics/imports/" + started.path("id"));
        return waitFor(token, started.jsonPath().getLong("id"));
    }

    static Response post(String token, String csv, String... query) {
        var request = given().filter(VALIDATED).contentType("text/csv; charset=utf-8").body(csv);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.when().post("/api/v1/crime-statistics/imports");
    }

    static JsonPath waitFor(String token, long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath job = given().filter(VALIDATED).header("Authorization", "Bearer " + token)
                    .when().get("/api/v1/crime-statistics/imports/{id}", id)
                    .then().statusCode(200).extract().jsonPath();
            if (List.of("succeeded", "rejected", "failed").contains(job.getString("state"))) {
                return job;
            }
            assertThat(Instant.now()).as("import job %d still %s", id, job.getString("state")).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A GET of crime statistics as {@code token} (null: anonymous) with query pairs. */
    static JsonPath statistics(String token, String... query) {
        return get(token, "application/json", query).then().statusCode(200).extract().jsonPath();
    }

    /** The same GET asking for {@code accept} (e.g. {@code text/csv}), answered as it comes. */
    static Response get(String token, String accept, String... query) {
        var request = given().filter(VALIDATED).accept(accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.when().get("/api/v1/crime-statistics");
    }
}
