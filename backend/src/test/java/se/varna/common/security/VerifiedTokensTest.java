package se.varna.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import jakarta.inject.Inject;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * The memory of verified tokens changes no answer: a token it holds gets the same {@code /me}, one
 * past its {@code exp} is refused at once although it was held, a token with another signature over
 * the same claims is refused although the properly signed one is held, and it holds no more tokens
 * than it may, nor any longer than it may.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class VerifiedTokensTest {

    private static final String ISSUER = "https://server.example.com";

    @Inject
    VerifiedTokens tokens;

    @Test
    void aHeldTokenGetsTheSameMe() {
        String token = TestTokens.user("tove", "barn-utbildning", "editor");
        String first = me(token).then().statusCode(200).extract().asString();
        assertTrue(holds(token), "kept after its first verification");
        String second = me(token).then().statusCode(200).body("username", equalTo("tove")).extract().asString();
        assertEquals(first, second);
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + token)
                .when().get("/api/v1/me").then().statusCode(200)
                .body("roles[0]", equalTo("editor")).body("organisation.code", equalTo("barn-utbildning"));
    }

    @Test
    void aHeldTokenIsRefusedOnceExpired() throws InterruptedException {
        Instant exp = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 3);
        String token = sign(claims("elsa").expiresAt(exp));
        me(token).then().statusCode(200);
        assertTrue(holds(token));
        long wait = exp.plusSeconds(1).toEpochMilli() - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        me(token).then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        assertFalse(holds(token), "dropped when found stale");
    }

    @Test
    void anotherSignatureOverTheClaimsOfAHeldTokenIsRefused() throws GeneralSecurityException {
        String token = sign(claims("mallory"));
        me(token).then().statusCode(200);
        assertTrue(holds(token));
        String signed = token.substring(0, token.lastIndexOf('.'));
        String signature = token.substring(token.lastIndexOf('.') + 1);
        // one character of the signature changed, in the middle (the last one may only carry padding bits)
        int middle = signature.length() / 2;
        char changed = signature.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = signed + "." + signature.substring(0, middle) + changed + signature.substring(middle + 1);
        me(tampered).then().statusCode(401).contentType("application/problem+json");
        // the same header and claims, signed by another key
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(generator.generateKeyPair().getPrivate());
        rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
        String forged = signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        me(forged).then().statusCode(401).contentType("application/problem+json");
        assertFalse(holds(tampered));
        assertFalse(holds(forged));
        // and the held one is still what it was
        me(token).then().statusCode(200).body("username", equalTo("mallory"));
    }

    @Test
    void itHoldsAtMostMaxSizeTokens() {
        VerifiedTokens small = new VerifiedTokens(3, Duration.ofMinutes(5));
        for (int i = 0; i < 20; i++) {
            String token = sign(claims("user-" + i));
            small.keep(VerifiedTokens.key(token), identity(token, Instant.now().plusSeconds(60)));
        }
        assertTrue(small.size() <= 3, "held " + small.size());
        assertTrue(small.size() > 0);
    }

    @Test
    void itHoldsATokenNoLongerThanMaxAgeNorPastItsExp() throws InterruptedException {
        VerifiedTokens brief = new VerifiedTokens(10, Duration.ofMillis(300));
        String longLived = sign(claims("long-lived"));
        String key = VerifiedTokens.key(longLived);
        brief.keep(key, identity(longLived, Instant.now().plusSeconds(3600)));
        SecurityIdentity found = brief.find(key, null, null);
        assertNotNull(found);
        assertEquals(longLived, found.getCredential(AccessTokenCredential.class).getToken());
        Thread.sleep(400);
        assertNull(brief.find(key, null, null), "past max-age");

        String expiredToken = sign(claims("expired"));
        String expired = VerifiedTokens.key(expiredToken);
        brief.keep(expired, identity(expiredToken, Instant.now().minusSeconds(1)));
        assertNull(brief.find(expired, null, null), "an identity past its exp is never kept");
        assertNotEquals(VerifiedTokens.key("a.b.c"), VerifiedTokens.key("a.b.d"));
    }

    private boolean holds(String token) {
        return tokens.find(VerifiedTokens.key(token), null, null) != null;
    }

    private static io.restassured.response.Response me(String token) {
        return given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + token)
                .when().get("/api/v1/me");
    }

    /** An identity as Quarkus OIDC builds one for a bearer token (a JWT, not an opaque token). */
    private static SecurityIdentity identity(String token, Instant exp) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("someone");
        claims.setClaim("exp", exp.getEpochSecond());
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .addCredential(new AccessTokenCredential(token)).addRole("viewer").build();
    }

    private static JwtClaimsBuilder claims(String username) {
        return Jwt.issuer(ISSUER).audience(TestTokens.AUDIENCE).subject(username).preferredUserName(username)
                .groups(Set.of("coordinator")).claim("organisation", "hallbarhetsenheten");
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
