package se.varna.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A token bucket per partner client ({@code azp}, else {@code client_id}, else the username):
 * {@code varna.rate-limit.partner.requests-per-minute} requests a minute, refilled steadily, at
 * most that many at once. Over it, a 429 problem with {@code Retry-After}; every partner answer
 * carries {@code RateLimit: "partner";r=<left>;t=<seconds until full>}. Only callers with the
 * {@code partner} role and no other Värna role are limited; people in the web app are not.
 */
public class PartnerRateLimit {

    private static final String REMAINING = PartnerRateLimit.class.getName() + ".remaining";
    private static final String RESET = PartnerRateLimit.class.getName() + ".reset";

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    Buckets buckets;

    @Inject
    ObjectMapper objectMapper;

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null || !buckets.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .onItem().transform(identity -> decide(identity, request))
                // A bad token is answered 401 by the operation that needs one, or ignored by a public read.
                .onFailure().recoverWithNull();
    }

    private Response decide(SecurityIdentity identity, ContainerRequestContext request) {
        if (identity == null || identity.isAnonymous() || !identity.hasRole(Roles.PARTNER)
                || identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.COORDINATOR)) {
            return null;
        }
        Bucket.Take take = buckets.take(clientOf(identity));
        request.setProperty(REMAINING, take.remaining());
        request.setProperty(RESET, take.secondsUntilFull());
        if (take.granted()) {
            return null;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        Problem problem = new Problem(Problem.ABOUT_BLANK, Messages.text("problem.tooManyRequests.title"), 429,
                Messages.text("problem.tooManyRequests.detail", buckets.perMinute(), take.retryAfterSeconds()), path,
                null);
        return ProblemMappers.answer(objectMapper, problem)
                .header(HttpHeaders.RETRY_AFTER, take.retryAfterSeconds())
                .header("RateLimit", rateLimit(take.remaining(), take.secondsUntilFull()))
                .build();
    }

    @ServerResponseFilter
    public void announce(ContainerRequestContext request, ContainerResponseContext response) {
        Object remaining = request.getProperty(REMAINING);
        if (remaining != null && !response.getHeaders().containsKey("RateLimit")) {
            response.getHeaders().putSingle("RateLimit", rateLimit((Long) remaining, (Long) request.getProperty(RESET)));
        }
    }

    private static String rateLimit(long remaining, long reset) {
        return "\"partner\";r=" + remaining + ";t=" + reset;
    }

    private static String clientOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            for (String claim : new String[] { "azp", "client_id" }) {
                Object value = token.getClaim(claim);
                if (value != null) {
                    return value.toString();
                }
            }
        }
        return identity.getPrincipal().getName();
    }

    /** The buckets of every partner client seen, for the life of the process. */
    @Singleton
    public static class Buckets {

        private final Map<String, Bucket> byClient = new ConcurrentHashMap<>();

        @Inject
        VarnaConfig config;

        boolean enabled() {
            return perMinute() > 0;
        }

        int perMinute() {
            return config.rateLimit().partner().requestsPerMinute();
        }

        Bucket.Take take(String client) {
            return byClient.computeIfAbsent(client, c -> new Bucket(perMinute())).take(System.nanoTime());
        }

        /** Forgets every bucket (tests). */
        public void reset() {
            byClient.clear();
        }
    }

    /** Holds up to {@code perMinute} tokens, refilled at {@code perMinute / 60} a second. */
    static final class Bucket {

        record Take(boolean granted, long remaining, long retryAfterSeconds, long secondsUntilFull) {
        }

        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last;

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.perNano = perMinute / 60e9;
            this.tokens = perMinute;
            this.last = System.nanoTime();
        }

        synchronized Take take(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            boolean granted = tokens >= 1;
            if (granted) {
                tokens -= 1;
            }
            long retryAfter = granted ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
            long untilFull = (long) Math.ceil((capacity - tokens) / perNano / 1e9);
            return new Take(granted, (long) Math.floor(tokens), retryAfter, untilFull);
        }
    }
}
