package se.varna.support;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access tokens as Keycloak issues them for Värna, signed with the key the WireMock OIDC
 * server ({@code OidcWiremockTestResource}) publishes.
 */
public final class TestTokens {

    /** The issuer the WireMock OIDC server announces. */
    private static final String ISSUER = "https://server.example.com";
    /** The audience Keycloak's mapper adds and the service requires. */
    public static final String AUDIENCE = "varna-api";

    private TestTokens() {
    }

    /** A user's token: roles in {@code groups}, organisation code in {@code organisation}. */
    public static String user(String username, String organisation, String... roles) {
        JwtClaimsBuilder claims = base()
                .preferredUserName(username)
                .claim("name", "Test " + username)
                .claim("email", username + "@vasteras.se")
                .claim("azp", "varna-web")
                .groups(Set.of(roles));
        if (organisation != null) {
            claims.claim("organisation", organisation);
        }
        return sign(claims);
    }

    /** A partner system's token from the client-credentials grant, as Keycloak issues it. */
    public static String serviceAccount(String clientId, String organisation, String... roles) {
        JwtClaimsBuilder claims = base()
                .preferredUserName("service-account-" + clientId)
                .claim("client_id", clientId)
                .claim("azp", clientId)
                .claim("organisation", organisation)
                .groups(Set.of(roles));
        return sign(claims);
    }

    /** A token Värna must refuse: signed by the right key, but for another audience. */
    public static String forAnotherAudience(String username) {
        return sign(Jwt.issuer(ISSUER).audience("another-api").subject(username).preferredUserName(username));
    }

    private static JwtClaimsBuilder base() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(java.util.UUID.randomUUID().toString());
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
