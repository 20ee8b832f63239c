package se.varna.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import se.varna.common.PartnerRateLimit;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/** Each partner client has its own budget of requests a minute (here 30); people are not limited. */
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
