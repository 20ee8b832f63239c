package se.varna.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import se.varna.common.VarnaConfig;

/**
 * Remembers, for a while, the identity Quarkus OIDC built from a bearer token it verified, so that
 * the same token on the next request is not verified again (the RS256 signature, jose4j's parse of
 * the claims and the roles: most of what a cheap signed-in read costs). It is an identity provider
 * of its own, asked before Quarkus OIDC's: for a token it holds it answers from memory, for any
 * other it asks the next provider (Quarkus OIDC) and keeps what that answers.
 * <p>
 * Exact by construction (docs/security.md#tokens): the key is the SHA-256 of the whole token
 * string, signature included, so a token that differs in any character — another signature over the
 * same claims — is a miss and is verified in full; only verified tokens are kept, never a refusal;
 * an entry is used only before the token's {@code exp} and before {@code varna.token-cache.max-age}
 * since it was verified, checked on every hit (a stale entry is dropped and the token verified
 * again, which refuses an expired one); at most {@code varna.token-cache.max-size} tokens are kept.
 * A token without {@code exp}, an opaque one or anything that is not a bearer access token is never
 * kept. What the token says (roles, organisation) cannot change while it is valid; a role change
 * comes with a new token. The price: a token verified once stays accepted until it expires even if
 * its signing key is withdrawn from the provider's key set in the meantime (at most max-age).
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Before Quarkus OIDC's provider, which has the default priority. */
    private static final int PRIORITY = IdentityProvider.SYSTEM_FIRST + 2;

    /** A verified token's identity, without the request it came with, usable until {@code until}. */
    record Verified(SecurityIdentity identity, long until) {
    }

    private final Cache<String, Verified> verified;
    private final long maxAgeMillis;
    private final boolean enabled;

    @Inject
    @Any
    Instance<IdentityProvider<TokenAuthenticationRequest>> providers;

    private volatile IdentityProvider<TokenAuthenticationRequest> next;

    @Inject
    VerifiedTokens(VarnaConfig config) {
        this(config.tokenCache().maxSize(), config.tokenCache().maxAge());
    }

    VerifiedTokens(long maxSize, Duration maxAge) {
        this.enabled = maxSize > 0 && !maxAge.isZero() && !maxAge.isNegative();
        this.maxAgeMillis = maxAge.toMillis();
        this.verified = Caffeine.newBuilder()
                .maximumSize(Math.max(maxSize, 0))
                // the memory goes when the token can no longer be used; the hit checks the time itself
                .expireAfter(Expiry.<String, Verified>creating((key, entry) -> Duration.ofMillis(
                        Math.max(0, entry.until() - System.currentTimeMillis()))))
                .build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        if (!enabled || !(request.getToken() instanceof AccessTokenCredential) || token == null) {
            return next().authenticate(request, context);
        }
        String key = key(token);
        SecurityIdentity known = find(key, HttpSecurityUtils.getRoutingContextAttribute(request), context);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return next().authenticate(request, context).invoke(identity -> keep(key, identity));
    }

    /** The identity of a token verified before and still usable now, bound to this request; else null. */
    SecurityIdentity find(String key, RoutingContext request, AuthenticationRequestContext context) {
        Verified entry = verified.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        if (System.currentTimeMillis() >= entry.until()) {
            verified.invalidate(key);
            return null;
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(entry.identity());
        // the attributes Quarkus OIDC set to the request it verified the token in are set to this one
        for (Map.Entry<String, Object> attribute : entry.identity().getAttributes().entrySet()) {
            if (attribute.getValue() instanceof RequestBound bound) {
                identity.addAttribute(attribute.getKey(), bound.type() == RoutingContext.class ? request : context);
            }
        }
        return identity.build();
    }

    /** Keeps a verified bearer token's identity until its {@code exp}, or max-age from now if sooner. */
    void keep(String key, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0
                || identity.getCredential(AccessTokenCredential.class) == null
                || identity.getCredential(AccessTokenCredential.class).isOpaque()) {
            return;
        }
        long now = System.currentTimeMillis();
        long until = Math.min(TimeUnit.SECONDS.toMillis(jwt.getExpirationTime()), now + maxAgeMillis);
        if (until <= now) {
            return; // accepted within the provider's grace after exp: verified again each time
        }
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder(identity);
        // no request is kept alive in memory: its place is marked, filled by find() with the next one's
        for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
            if (attribute.getValue() instanceof RoutingContext) {
                kept.addAttribute(attribute.getKey(), new RequestBound(RoutingContext.class));
            } else if (attribute.getValue() instanceof AuthenticationRequestContext) {
                kept.addAttribute(attribute.getKey(), new RequestBound(AuthenticationRequestContext.class));
            }
        }
        verified.put(key, new Verified(kept.build(), until));
    }

    /** Where a kept identity had an attribute of the request it was verified in. */
    record RequestBound(Class<?> type) {
    }

    /**
     * Whether the token of this key was verified and may be used now, exactly as {@link #find} would
     * use it: for {@code MeHits}, which replays {@code /me} only for such a token.
     */
    public boolean usable(String key) {
        Verified entry = verified.getIfPresent(key);
        return entry != null && System.currentTimeMillis() < entry.until();
    }

    /** How many tokens are kept now (for the tests). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /** The key of a token: the SHA-256 of the whole token string, in hex. */
    public static String key(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The provider after this one for bearer tokens: Quarkus OIDC's. */
    private IdentityProvider<TokenAuthenticationRequest> next() {
        IdentityProvider<TokenAuthenticationRequest> found = next;
        if (found == null) {
            for (IdentityProvider<TokenAuthenticationRequest> provider : providers) {
                if (provider.priority() < PRIORITY && (found == null || provider.priority() > found.priority())) {
                    found = provider;
                }
            }
            if (found == null) {
                throw new IllegalStateException("No identity provider verifies bearer tokens after " + getClass().getName());
            }
            next = found;
        }
        return found;
    }
}
