package se.varna.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * The six kinds of bad token each get 401 with a problem body, on an operation for any
 * signed-in caller and on one for coordinators only. The controls: the same claims, properly
 * signed, are accepted.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class BadTokenTest {

    private static final String ISSUER = "https://server.example.com";

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("no token", null),
                Arguments.of("expired", sign(claims().issuedAt(Instant.now().minusSeconds(7200))
                        .expiresAt(Instant.now().minusSeconds(3600)))),
                Arguments.of("wrong issuer", sign(Jwt.issuer("https://attacker.example.com").audience(TestTokens.AUDIENCE)
                        .subject("mallory").preferredUserName("mallory").groups(Set.of("coordinator"))
                        .claim("organisation", "hallbarhetsenheten"))),
                Arguments.of("wrong audience", sign(Jwt.issuer(ISSUER).audience("another-api").subject("mallory")
                        .preferredUserName("mallory").groups(Set.of("coordinator"))
                        .claim("organisation", "hallbarhetsenheten"))),
                Arguments.of("bad signature", claims().jws().keyId("1").sign(anotherKey())),
                Arguments.of("alg none", unsigned()),
                Arguments.of("garbled", "not-a-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aBadTokenGets401WithAProblemOnAnAuthenticatedOperation(String kind, String token) {
        var request = given().filter(Contract.RESPONSES_VALIDATED);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aBadTokenGets401WithAProblemOnACoordinatorsWrite(String kind, String token) {
        var request = given().filter(Contract.RESPONSES_VALIDATED).contentType("application/json")
                .body("{\"code\":\"x\"}");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.when().post("/api/v1/indicators")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @org.junit.jupiter.api.Test
    void theSameClaimsProperlySignedAreAccepted() {
        given().filter(Contract.VALIDATED)
                .header("Authorization", "Bearer " + sign(claims()))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("mallory"));
    }

    private static JwtClaimsBuilder claims() {
        return Jwt.issuer(ISSUER).audience(TestTokens.AUDIENCE).subject("mallory").preferredUserName("mallory")
                .groups(Set.of("coordinator")).claim("organisation", "hallbarhetsenheten");
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    private static PrivateKey anotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token with {@code alg: none} and no signature, claims a coordinator would have. */
    private static String unsigned() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE + "\",\"sub\":\"mallory\","
                + "\"preferred_username\":\"mallory\",\"groups\":[\"coordinator\"],\"organisation\":\"hallbarhetsenheten\","
                + "\"iat\":" + now + ",\"exp\":" + (now + 300) + "}";
        return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
