package se.varna.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import se.varna.support.Contract;
import se.varna.support.TestTokens;

/**
 * The database stops while the service runs: readiness turns DOWN within 5 s, requests get
 * 503 problems with Retry-After (no hangs, no 500), and within 30 s of the database coming back
 * reads and writes work again without restarting the service.
 */
@QuarkusTest
@WithTestResource(RestartablePostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DatabaseOutageTest {

    private static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");

    @Test
    void theServiceSaysSoWhileTheDatabaseIsDownAndRecoversWhenItIsBack() throws Exception {
        given().get("/q/health/ready").then().statusCode(200);
        given().filter(Contract.VALIDATED).get("/api/v1/goals").then().statusCode(200);

        RestartablePostgresResource.stopDatabase();
        Instant stopped = Instant.now();
        try {
            Duration untilDown = waitFor(Duration.ofSeconds(5), () -> given().get("/q/health/ready").statusCode() == 503);
            assertThat(untilDown).as("readiness DOWN within 5 s").isLessThan(Duration.ofSeconds(5));

            for (String path : new String[] { "/api/v1/goals", "/api/v1/measures", "/api/v1/indicators/1" }) {
                Instant asked = Instant.now();
                Response answer = given().filter(Contract.RESPONSES_VALIDATED).get(path);
                assertThat(Duration.between(asked, Instant.now())).as(path + " answered promptly")
                        .isLessThan(Duration.ofSeconds(10));
                assertThat(answer.statusCode()).as(path + ": " + answer.body().asString()).isEqualTo(503);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.header("Retry-After")).isNotBlank();
            }
            Response write = given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                    .contentType("application/json")
                    .body("{\"code\":\"OUTAGE_RISK\",\"level\":\"individual\",\"name\":{\"sv\":\"Avbrott\",\"en\":\"Outage\"}}")
                    .post("/api/v1/risk-factors");
            assertThat(write.statusCode()).as(write.body().asString()).isEqualTo(503);
        } finally {
            RestartablePostgresResource.startDatabase();
        }
        Instant restarted = Instant.now();
        Duration untilBack = waitFor(Duration.ofSeconds(30), () -> given().get("/q/health/ready").statusCode() == 200
                && given().get("/api/v1/goals").statusCode() == 200);
        assertThat(untilBack).as("working again within 30 s").isLessThan(Duration.ofSeconds(30));
        given().filter(Contract.VALIDATED).get("/api/v1/goals").then().statusCode(200);
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType("application/json")
                .body("{\"code\":\"AFTER_OUTAGE\",\"level\":\"individual\",\"name\":{\"sv\":\"Efter avbrott\",\"en\":\"After the outage\"}}")
                .post("/api/v1/risk-factors").then().statusCode(201);
        System.out.printf("Database outage: down after stop, back %d ms after restart (outage %d ms)%n",
                untilBack.toMillis(), Duration.between(stopped, restarted).toMillis());
    }

    private static Duration waitFor(Duration limit, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(limit.plusSeconds(5)) < 0) {
            if (condition.getAsBoolean()) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(250);
        }
        return Duration.ofDays(1);
    }
}
