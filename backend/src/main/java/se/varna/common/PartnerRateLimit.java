package se.varna.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;

/**
 * A token bucket per partner client, shared by every replica (in PostgreSQL, see {@link Buckets}) ({@code azp}, else {@code client_id}, else the username):
 * {@code varna.rate-limit.partner.requests-per-minute} requests a minute, refilled steadily, at
 * most that many at once. Over it, a 429 problem with {@code Retry-After}; every partner answer
 * carries {@code RateLimit: "partner";r=<left>;t=<seconds until full>}. Only callers with the
 * {@code partner} role and no other Värna role are limited; people in the web app are not.
 */
public class PartnerRateLimit {

    private static final String REMAINING = PartnerRateLimit.class.getName() + ".remaining";
    private static final String RESET = PartnerRateLimit.class.getName() + ".reset";
    private static final Logger LOG = Logger.getLogger(PartnerRateLimit.class);

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
                // The bucket is a database row: taken on a worker thread, never on the event loop.
                .onItem().transformToUni(identity -> {
                    Uni<Response> decision = Uni.createFrom().item(() -> decide(identity, request));
                    return Context.isOnEventLoopThread()
                            ? decision.runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                            : decision;
                })
                // A bad token is answered 401 by the operation that needs one, or ignored by a public read.
                .onFailure().recoverWithNull();
    }

    private Response decide(SecurityIdentity identity, ContainerRequestContext request) {
        if (identity == null || identity.isAnonymous() || !identity.hasRole(Roles.PARTNER)
                || identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.COORDINATOR)) {
            return null;
        }
        Take take;
        try {
            take = buckets.take(clientOf(identity));
        } catch (RuntimeException e) {
            // Without its database the limit cannot count; the operation answers 503 itself.
            LOG.debugf("Partner rate limit unavailable: %s", e.getMessage());
            return null;
        }
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

    /**
     * The buckets of every partner client, in PostgreSQL ({@code partner_rate_limit}) through
     * Bucket4j, so that every replica takes from the same bucket: one short transaction per
     * partner request ({@code select … for update} of the client's row, then its update).
     */
    @Singleton
    public static class Buckets {

        private static final Logger LOG = Logger.getLogger(Buckets.class);

        @Inject
        VarnaConfig config;

        @Inject
        DataSource dataSource;

        @Inject
        Municipality municipality;

        private volatile ProxyManager<String> proxies;
        private volatile int perMinute = -1;
        private Supplier<String> municipalityCode;

        /** The buckets of another replica on the same database (tests). */
        public static Buckets onDatabase(DataSource dataSource, int perMinute, String municipality) {
            Buckets buckets = new Buckets();
            buckets.dataSource = dataSource;
            buckets.perMinute = perMinute;
            buckets.municipalityCode = () -> municipality;
            return buckets;
        }

        boolean enabled() {
            return perMinute() > 0;
        }

        int perMinute() {
            int known = perMinute;
            if (known < 0) {
                known = config.rateLimit().partner().requestsPerMinute();
                perMinute = known;
            }
            return known;
        }

        /** Takes one request from the client's bucket (blocking: a database transaction). */
        public Take take(String client) {
            int limit = perMinute();
            BucketConfiguration configuration = BucketConfiguration.builder()
                    .addLimit(l -> l.capacity(limit).refillGreedy(limit, Duration.ofMinutes(1)))
                    .build();
            // A changed limit replaces the stored buckets' configuration (its version is the limit).
            ConsumptionProbe probe = proxies().builder()
                    .withImplicitConfigurationReplacement(limit, TokensInheritanceStrategy.PROPORTIONALLY)
                    .build(client, () -> configuration)
                    .tryConsumeAndReturnRemaining(1);
            long retryAfter = probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill()));
            return new Take(probe.isConsumed(), probe.getRemainingTokens(), retryAfter,
                    seconds(probe.getNanosToWaitForReset()));
        }

        /** Deletes the rows of buckets that have been full for a while (Bucket4j's expires_at). */
        @Scheduled(identity = "partner-rate-limit-cleanup", every = "10m", delayed = "1m")
        void removeFullBuckets() {
            try {
                int removed;
                do {
                    removed = ((ExpiredEntriesCleaner) proxies()).removeExpired(1_000);
                } while (removed == 1_000);
            } catch (RuntimeException e) {
                LOG.debugf("Could not remove expired partner rate-limit buckets: %s", e.getMessage());
            }
        }

        private ProxyManager<String> proxies() {
            ProxyManager<String> known = proxies;
            if (known == null) {
                synchronized (this) {
                    if (proxies == null) {
                        Supplier<String> code = municipalityCode != null ? municipalityCode : municipality::code;
                        proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                                .table("partner_rate_limit").idColumn("client").stateColumn("state")
                                .expiresAtColumn("expires_at")
                                .addCustomColumn(new CustomColumnProvider<String>() {
                                    @Override
                                    public void setCustomField(String key, int index, PreparedStatement statement,
                                            RemoteBucketState state, long now) throws SQLException {
                                        statement.setString(index, code.get());
                                    }

                                    @Override
                                    public String getCustomFieldName() {
                                        return "municipality";
                                    }
                                })
                                .expirationAfterWrite(ExpirationAfterWriteStrategy
                                        .basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                                .build();
                    }
                    known = proxies;
                }
            }
            return known;
        }

        private static long seconds(long nanos) {
            return (long) Math.ceil(nanos / 1e9);
        }

        /** Forgets every bucket (tests). */
        public void reset() {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("delete from partner_rate_limit");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One request taken from a bucket, or refused. */
    public record Take(boolean granted, long remaining, long retryAfterSeconds, long secondsUntilFull) {
    }
}
