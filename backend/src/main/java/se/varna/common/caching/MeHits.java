package se.varna.common.caching;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import se.varna.common.VarnaConfig;
import se.varna.common.VarnaRole;
import se.varna.common.security.VerifiedTokens;
import se.varna.operations.RequestIds;

/**
 * Answers a repeated {@code GET /api/v1/me} with a token on the event loop, as {@link PublicHits}
 * does for anonymous reads: {@code /me} depends only on the token's claims and the organisation
 * they name (read under the data version), so the answer the full path gave the same token string
 * under the same data version is replayed — status, every header (but the request's own id) and
 * bytes — while {@link VerifiedTokens} still holds that exact token as verified and usable now
 * (before its {@code exp}, checked on every request). Anything else goes the full way: another or
 * an expired token, an {@code Origin}, {@code If-None-Match}, a query or a body, the data version
 * not in memory, a partner client (whose requests the rate limit counts). docs/api.md#caching.
 */
@ApplicationScoped
public class MeHits {

    static final String PATH = "/api/v1/me";
    private static final String BEARER = "Bearer ";
    /** Beside {@link PublicHits}: after {@link RequestIds}, {@code VaryByOrigin} and the security headers. */
    private static final int PRIORITY = 49;
    private static final String KEEP = MeHits.class.getName() + ".keep";


    @Inject
    DataVersion dataVersion;

    @Inject
    VerifiedTokens tokens;

    @ConfigProperty(name = "varna.answer-cache.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "varna.answer-cache.event-loop", defaultValue = "true")
    boolean onEventLoop;

    private final Cache<String, Replay> replays;
    private final java.util.concurrent.atomic.AtomicLong replayed = new java.util.concurrent.atomic.AtomicLong();

    @Inject
    MeHits(VarnaConfig config) {
        // never used past the token's own entry (checked per request); this only bounds the memory
        replays = Caffeine.newBuilder().maximumSize(Math.max(config.tokenCache().maxSize(), 0))
                .expireAfterWrite(config.tokenCache().maxAge()).build();
    }

    void register(@Observes Filters filters) {
        filters.register(this::answer, PRIORITY);
    }

    private void answer(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String token = token(request);
        if (!enabled || !onEventLoop || token == null || request.method() != HttpMethod.GET
                || !PATH.equals(request.path()) || request.query() != null
                || request.headers().contains(HttpHeaders.ORIGIN) || request.headers().contains(HttpHeaders.IF_NONE_MATCH)
                || request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                || request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            rc.next();
            return;
        }
        String tokenKey = VerifiedTokens.key(token);
        long version = dataVersion.inMemoryOrNone();
        if (version >= 0 && tokens.usable(tokenKey)) {
            Replay replay = replays.getIfPresent(key(tokenKey, version, request));
            if (replay != null) {
                replayed.incrementAndGet();
                replay.send(rc);
                return;
            }
        }
        if (version >= 0) {
            rc.put(KEEP, key(tokenKey, version, request));
            rc.addHeadersEndHandler(ignored -> keep(rc));
        }
        rc.next();
    }

    private void keep(RoutingContext rc) {
        String key = rc.get(KEEP);
        byte[] body = rc.get(PublicHits.BODY);
        if (key == null || body == null || rc.response().getStatusCode() != 200
                || !(rc.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()
                || user.getSecurityIdentity().hasRole(VarnaRole.partner.name())) {
            return;
        }
        replays.put(key, Replay.of(rc, body));
    }

    /** Forgets every answer kept, for {@code KnownUsers} when it forgets whom it noted. */
    public void forget() {
        replays.invalidateAll();
    }

    /** How many answers were replayed on the event loop (for the tests). */
    long replayed() {
        return replayed.get();
    }

    /**
     * The token of {@code Authorization: Bearer <token>} when the header is exactly that, one token
     * without spaces, as Quarkus OIDC reads it; else null (and the request goes the full way).
     */
    private static String token(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith(BEARER) || authorization.length() == BEARER.length()
                || authorization.indexOf(' ', BEARER.length()) >= 0 || authorization.indexOf(',') >= 0) {
            return null;
        }
        return authorization.substring(BEARER.length());
    }

    private static String key(String tokenKey, long version, HttpServerRequest request) {
        return tokenKey + "\n" + version + "\n" + request.uri() + "\n" + request.getHeader(HttpHeaders.ACCEPT)
                + "\n" + request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    }
}
