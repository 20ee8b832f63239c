package se.varna.common.caching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.varna.common.caching.Replays.awaitTrue;
import static se.varna.common.caching.Replays.headers;
import static se.varna.common.caching.Replays.versionInMemory;

import java.time.Instant;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * A repeated {@code /me} with the same token is answered on the event loop with the same status,
 * headers and bytes as the full path gave it — and only while that exact token is verified and
 * before its {@code exp}; anything else goes the full way.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class MeHitsTest {

    @Inject
    MeHits meHits;

    @Inject
    DataVersion dataVersion;

    @Test
    void aRepeatedMeIsReplayedWithTheSameStatusHeadersAndBytes() throws Exception {
        String token = TestTokens.user("rut", "barn-utbildning", "editor");
        Response full = me(token).then().statusCode(200).extract().response();
        Response replay = replayed(token);
        assertThat(replay.asByteArray()).isEqualTo(full.asByteArray());
        assertThat(headers(replay)).isEqualTo(headers(full));
        assertThat(replay.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(replay.header("X-Request-Id")).isNotEqualTo(full.header("X-Request-Id"));
    }

    @Test
    void aReplayedTokenIsRefusedOnceExpired() throws Exception {
        Instant exp = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 4);
        String token = Jwt.issuer("https://server.example.com").audience(TestTokens.AUDIENCE).subject("vera")
                .preferredUserName("vera").groups(Set.of("viewer")).claim("organisation", "hallbarhetsenheten")
                .expiresAt(exp).jws().keyId("1").sign("privateKey.jwk");
        me(token).then().statusCode(200);
        replayed(token);
        long wait = exp.plusSeconds(1).toEpochMilli() - System.currentTimeMillis();
        assertThat(wait).as("replayed before its exp").isPositive();
        Thread.sleep(wait);
        long replayed = meHits.replayed();
        me(token).then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        assertThat(meHits.replayed()).isEqualTo(replayed);
    }

    @Test
    void anythingElseGoesTheFullWay() throws Exception {
        String token = TestTokens.user("sixten", "kultur-idrott-fritid", "editor");
        me(token).then().statusCode(200);
        Response replay = replayed(token);
        long replayed = meHits.replayed();
        // another signature over the same claims
        String signature = token.substring(token.lastIndexOf('.') + 1);
        int middle = signature.length() / 2;
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + signature.substring(0, middle)
                + (signature.charAt(middle) == 'A' ? 'B' : 'A') + signature.substring(middle + 1);
        me(tampered).then().statusCode(401);
        me(tampered).then().statusCode(401);
        // an Origin, a conditional read, a query
        given().header("Authorization", "Bearer " + token).header("Origin", "http://localhost:5173")
                .when().get("/api/v1/me").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Authorization", "Bearer " + token).header("If-None-Match", replay.header("ETag"))
                .when().get("/api/v1/me").then().statusCode(304);
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/me?x=1").then().statusCode(400);
        // a partner client, whose every request the rate limit counts
        String partner = TestTokens.serviceAccount("polisen-api", "polisen", "partner");
        for (int i = 0; i < 3; i++) {
            awaitTrue("the listener holds the version", () -> versionInMemory(dataVersion));
            me(partner).then().statusCode(200).header("RateLimit", org.hamcrest.Matchers.startsWith("\"partner\""));
        }
        assertThat(meHits.replayed()).as("none of these replayed").isEqualTo(replayed);
    }

    /** The answer to the same token once replayed (a background transaction may make one request read the version). */
    private Response replayed(String token) throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            awaitTrue("the listener holds the version", () -> versionInMemory(dataVersion));
            long replayed = meHits.replayed();
            Response answer = me(token).then().statusCode(200).extract().response();
            if (meHits.replayed() == replayed + 1) {
                return answer;
            }
        }
        throw new AssertionError("never replayed");
    }

    private static Response me(String token) {
        return given().header("Authorization", "Bearer " + token).when().get("/api/v1/me");
    }
}
