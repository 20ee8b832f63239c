package se.varna.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import se.varna.common.Municipality;
import se.varna.common.PartnerRateLimit;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * Each partner client has its own budget of requests a minute (here 30), shared by every replica
 * of the service; people are not limited.
 */
@QuarkusTest
@TestProfile(PartnerRateLimitTest.ThirtyAMinute.class)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PartnerRateLimitTest {

    public static class ThirtyAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("varna.rate-limit.partner.requests-per-minute", "30");
        }
    }

    private static final String POLICE = TestTokens.serviceAccount("polisen-api", "polisen", "partner");
    private static final String CUSTOMS = TestTokens.serviceAccount("tullverket-api", "polisen", "partner");

    @Inject
    PartnerRateLimit.Buckets buckets;

    @BeforeEach
    void freshBuckets() {
        buckets.reset();
    }

    private static Response asPartner(String token) {
        return given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + token)
                .when().get("/api/v1/crime-statistics/imports");
    }

    /** Calls until the first 429 (the bucket refills one request every 2 s meanwhile). */
    private static Response untilRefused(String token, java.util.List<Integer> remaining) {
        for (int i = 0; i < 60; i++) {
            Response answer = asPartner(token);
            if (answer.statusCode() == 429) {
                return answer;
            }
            answer.then().statusCode(200).header("RateLimit", matchesPattern("\"partner\";r=\\d+;t=\\d+"));
            remaining.add(Integer.parseInt(answer.header("RateLimit").replaceAll(".*;r=(\\d+);.*", "$1")));
        }
        throw new AssertionError("60 requests and no 429");
    }

    @Test
    void aPartnerOverItsLimitGets429WithRetryAfter() {
        java.util.List<Integer> remaining = new java.util.ArrayList<>();
        Response refused = untilRefused(POLICE, remaining);
        assertThat(remaining.size()).as("requests granted").isBetween(30, 45);
        assertThat(remaining.get(0)).isEqualTo(29);
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 2);
    }

    @Inject
    DataSource dataSource;

    @Inject
    Municipality municipality;

    /**
     * Two replicas: this service (through HTTP) and a second set of buckets on the same database,
     * as another replica has. The partner's requests alternate between them, and together they
     * grant the 30 of one minute, not 30 each.
     */
    @Test
    void twoReplicasSharingTheDatabaseTogetherGrantTheLimitOnce() {
        PartnerRateLimit.Buckets otherReplica = PartnerRateLimit.Buckets.onDatabase(dataSource, 30, municipality.code());
        int grantedHere = 0;
        int grantedThere = 0;
        boolean refusedHere = false;
        boolean refusedThere = false;
        for (int i = 0; i < 60 && !(refusedHere && refusedThere); i++) {
            Response answer = asPartner(POLICE);
            if (answer.statusCode() == 200) {
                grantedHere++;
            } else {
                assertThat(answer.statusCode()).isEqualTo(429);
                refusedHere = true;
            }
            if (otherReplica.take("polisen-api").granted()) {
                grantedThere++;
            } else {
                refusedThere = true;
            }
        }
        assertThat(grantedHere).as("granted by this replica").isPositive();
        assertThat(grantedThere).as("granted by the other replica").isPositive();
        // (one more may be refilled while the loop runs: a request every 2 s)
        assertThat(grantedHere + grantedThere).as("granted by both replicas together").isBetween(30, 32);
        assertThat(refusedHere && refusedThere).as("both replicas refuse once the budget is spent").isTrue();
    }

    @Test
    void eachPartnerClientHasItsOwnBudget() {
        untilRefused(POLICE, new java.util.ArrayList<>());
        asPartner(CUSTOMS).then().statusCode(200);
    }

    @Test
    void peopleAndAnonymousReadersAreNotLimited() {
        String coordinator = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
        for (int i = 0; i < 40; i++) {
            given().header("Authorization", "Bearer " + coordinator).get("/api/v1/crime-statistics/imports")
                    .then().statusCode(200).header("RateLimit", (String) null);
            given().get("/api/v1/goals").then().statusCode(200);
        }
    }

    @Test
    void aRefusedPartnerMayCallAgainWhenTheBucketRefills() throws InterruptedException {
        Response refused = untilRefused(POLICE, new java.util.ArrayList<>());
        Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000 + 200);
        asPartner(POLICE).then().statusCode(200);
    }
}
