package se.varna.common.caching;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import se.varna.common.CurrentCaller;
import se.varna.common.deprecation.DeprecatedUse;

/**
 * The server's memory of computed answers: the JSON bytes of each {@link CachedAnswer}
 * operation's answer, serialised once, keyed by the question (path and query, {@code Accept},
 * {@code Accept-Language}), who asks (roles and organisation: exact or protected figures, and
 * anything else a role changes), the day, and the {@link DataVersion} read at the start of the
 * request. A committed write moves the data version on, so the next request on any replica
 * misses and computes the answer from the new data; an answer computed while a write commits is
 * kept under the version read before it, which no later request asks for. The version comes from
 * memory while the replica's listener holds it ({@link DataVersion}); a repeated anonymous
 * question is answered before it reaches this filter, on the event loop ({@link PublicHits}).
 */
@ApplicationScoped
public class AnswerCache {

    /** The request's key, set when it missed, for {@link HttpCaching} to store the answer under. */
    static final String KEY = AnswerCache.class.getName() + ".key";
    /** The answer a request was given from the cache. */
    static final String HIT = AnswerCache.class.getName() + ".hit";
    /** The data version and the day the request's key was made with. */
    static final String VERSION = AnswerCache.class.getName() + ".version";
    static final String DAY = AnswerCache.class.getName() + ".day";

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** A kept answer: the bytes as sent, their media type, their ETag and a CSV's file name header. */
    record Answer(byte[] body, MediaType mediaType, String etag, String disposition) {
    }

    @Inject
    DataVersion dataVersion;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    DeprecatedUse deprecatedUse;

    @ConfigProperty(name = "varna.answer-cache.enabled", defaultValue = "true")
    boolean enabled;

    private final Cache<String, Answer> answers;
    private Counter hits;
    private Counter misses;

    AnswerCache(@ConfigProperty(name = "varna.answer-cache.max-bytes", defaultValue = "67108864") long maxBytes) {
        answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Answer answer) -> 2 * key.length() + answer.body().length + 100)
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    @Inject
    void metrics(MeterRegistry registry) {
        hits = counter(registry, "hit");
        misses = counter(registry, "miss");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("varna.answer.cache").tag("result", result)
                .description("Reads of cached operations answered from memory (hit) or computed (miss)")
                .register(registry);
    }

    /**
     * Answers a cached operation's request from memory when the same question was answered for
     * the same callers since the last write. Runs after the other request filters (the partner
     * rate limit, the request guards), so a kept answer skips only the operation itself.
     */
    @ServerRequestFilter(priority = Priorities.USER + 500)
    public Response lookup(ContainerRequestContext request, ResourceInfo resource) {
        if (!enabled || !HttpMethod.GET.equals(request.getMethod()) || resource.getResourceMethod() == null
                || !resource.getResourceMethod().isAnnotationPresent(CachedAnswer.class)
                || Context.isOnEventLoopThread()) {
            return null;
        }
        String who = who();
        if (who == null) {
            return null;
        }
        String key = key(request, who);
        Answer answer = answers.getIfPresent(key);
        if (answer == null) {
            misses.increment();
            request.setProperty(KEY, key);
            return null;
        }
        hits.increment();
        request.setProperty(HIT, answer);
        return Response.ok(answer.body(), answer.mediaType()).build();
    }

    /**
     * Who asks, as far as an answer can depend on it: anonymous, or the Värna roles and the
     * organisation (finer than exact or protected figures, so that nothing a role changes is
     * shared). Null for a token that does not hold, whose request goes on as it would without
     * the cache (a public read ignores it).
     */
    private String who() {
        SecurityIdentity identity;
        try {
            identity = identities.getDeferredIdentity().await().indefinitely();
        } catch (RuntimeException e) {
            return null;
        }
        if (identity == null || identity.isAnonymous()) {
            return "anonymous";
        }
        return caller.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","))
                + "@" + caller.organisationCode().orElse("");
    }

    /** The day a key names: in Stockholm and the server's zone ("the policy in force today"). */
    static String today() {
        return LocalDate.now(STOCKHOLM) + "/" + LocalDate.now();
    }

    private String key(ContainerRequestContext request, String who) {
        long version = dataVersion.current();
        String day = today();
        request.setProperty(VERSION, version);
        request.setProperty(DAY, day);
        return version + "\n" + day + "\n" + who
                + "\n" + request.getUriInfo().getRequestUri().getRawPath()
                + "?" + request.getUriInfo().getRequestUri().getRawQuery()
                + "\n" + request.getHeaderString(HttpHeaders.ACCEPT)
                + "\n" + request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    }

    /** A read answered from memory without reaching this filter ({@link PublicHits}). */
    void countHit() {
        hits.increment();
    }

    /** Whether the request's answer came from memory or may be kept: a cached operation's, with its key made. */
    boolean keyed(ContainerRequestContext request) {
        return request.getProperty(VERSION) != null && !deprecatedUse.any();
    }

    /** The answer the request was given from memory, or null. */
    Answer hit(ContainerRequestContext request) {
        return (Answer) request.getProperty(HIT);
    }

    /** Keeps a missed request's answer, unless it told the caller of a deprecated use. */
    void keep(ContainerRequestContext request, byte[] body, MediaType mediaType, String etag, String disposition) {
        Object key = request.getProperty(KEY);
        if (key != null && !deprecatedUse.any()) {
            answers.put((String) key, new Answer(body, mediaType, etag, disposition));
        }
    }
}
