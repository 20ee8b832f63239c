package se.varna.common.caching;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import se.varna.operations.RequestIds;

/**
 * Answers a repeated anonymous read of a {@link CachedAnswer} operation on the event loop, without
 * the hop to a worker thread and the Quarkus REST filter chain, when everything the answer
 * depends on is known there: no token, no {@code Origin}, no {@code If-None-Match}, no body, and
 * the data version in memory ({@link DataVersion#inMemory()}). The answer replayed is the one the
 * full path last gave the same question under the same data version and day — its status, every
 * header it carried (but the request's own id, set afresh by {@link RequestIds}) and its bytes —
 * so the two are the same to the caller. Anything else goes the full way. docs/api.md#caching.
 */
@ApplicationScoped
public class PublicHits {

    /** Set by {@link HttpCaching} on the Vert.x request when its answer may be replayed: the key. */
    static final String KEEP = PublicHits.class.getName() + ".keep";
    static final String BODY = PublicHits.class.getName() + ".body";

    /** After {@link RequestIds} (3100), {@code VaryByOrigin} (3000) and the security headers. */
    private static final int PRIORITY = 50;

    @Inject
    DataVersion dataVersion;

    @Inject
    AnswerCache answers;

    @ConfigProperty(name = "varna.answer-cache.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "varna.answer-cache.event-loop", defaultValue = "true")
    boolean onEventLoop;

    private final Cache<String, Replay> replays;
    private final java.util.concurrent.atomic.AtomicLong replayed = new java.util.concurrent.atomic.AtomicLong();

    PublicHits(@ConfigProperty(name = "varna.answer-cache.max-bytes", defaultValue = "67108864") long maxBytes) {
        replays = Caffeine.newBuilder()
                .maximumWeight(maxBytes / 2)
                .weigher((String key, Replay replay) -> 2 * key.length() + replay.body().length + 300)
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    void register(@Observes Filters filters) {
        filters.register(this::answer, PRIORITY);
    }

    private void answer(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!enabled || !onEventLoop || request.method() != HttpMethod.GET
                || request.headers().contains(HttpHeaders.AUTHORIZATION) || request.headers().contains(HttpHeaders.ORIGIN)
                || request.headers().contains(HttpHeaders.IF_NONE_MATCH)
                || request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                || request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                || !request.path().startsWith("/api/")) {
            rc.next();
            return;
        }
        long version = dataVersion.inMemoryOrNone();
        if (version >= 0) {
            Replay replay = replays.getIfPresent(key(version, AnswerCache.today(), request));
            if (replay != null) {
                answers.countHit();
                replayed.incrementAndGet();
                replay.send(rc);
                return;
            }
        }
        // the full path: keep what it answers if HttpCaching says it may be replayed
        rc.addHeadersEndHandler(ignored -> keep(rc));
        rc.next();
    }

    private void keep(RoutingContext rc) {
        String key = rc.get(KEEP);
        byte[] body = rc.get(BODY);
        if (key == null || body == null || rc.response().getStatusCode() != 200) {
            return;
        }
        replays.put(key, Replay.of(rc, body));
    }

    /** How many answers were replayed on the event loop (for the tests). */
    long replayed() {
        return replayed.get();
    }

    /** The key of a question asked under a data version and day: the parts of {@link AnswerCache}'s for anonymous callers. */
    static String key(long version, String day, HttpServerRequest request) {
        return version + "\n" + day + "\n" + request.uri()
                + "\n" + request.getHeader(HttpHeaders.ACCEPT) + "\n" + request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    }
}
