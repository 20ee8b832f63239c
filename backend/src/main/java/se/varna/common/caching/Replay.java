package se.varna.common.caching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import se.varna.operations.RequestIds;

/**
 * An answer as the full path sent it, kept to be sent again on the event loop by
 * {@link PublicHits} and {@link MeHits}: its bytes, every header it carried but those set afresh
 * for each request, and the path template the HTTP metrics count it under. Sent again, it is the
 * same to the caller as the full path's.
 */
record Replay(byte[] body, Map<String, List<String>> headers, String template) {

    /**
     * Where Quarkus REST leaves the matched path template for the HTTP metrics' {@code uri} tag
     * (its ObservabilityUtil, not public): a replayed answer is counted under the same template.
     */
    private static final String TEMPLATE = "UrlPathTemplate";
    /** Set for each request by others, never replayed. */
    private static final Set<String> OWN = Set.of(RequestIds.HEADER.toLowerCase(), "content-length", "date",
            "transfer-encoding", "connection");

    /** What the full path is sending in {@code rc} (from a headers-end handler), with {@code body}. */
    static Replay of(RoutingContext rc, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : rc.response().headers().names()) {
            if (!OWN.contains(name.toLowerCase())) {
                headers.put(name, List.copyOf(rc.response().headers().getAll(name)));
            }
        }
        return new Replay(body, Collections.unmodifiableMap(headers),
                (String) ((HttpServerRequestInternal) rc.request()).context().getLocal(TEMPLATE));
    }

    /** Sends it as the answer to {@code rc}: 200, its headers and bytes. */
    void send(RoutingContext rc) {
        MultiMap response = rc.response().headers();
        // set, not added: a header the filters before this one set (the security headers) stays one
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            response.set(header.getKey(), header.getValue());
        }
        if (template != null) {
            ((HttpServerRequestInternal) rc.request()).context().putLocal(TEMPLATE, template);
        }
        rc.response().setStatusCode(200).end(Buffer.buffer(body));
    }
}
