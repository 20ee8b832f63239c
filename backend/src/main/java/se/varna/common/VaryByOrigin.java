package se.varna.common;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;

/**
 * Every answer says it varies by {@code Origin} ({@code Vary: Origin}): the CORS headers echo
 * the caller's origin when the web app's is allowed and are absent otherwise, so a shared cache
 * that kept one origin's answer must not hand it to another (or to a request without one).
 * Registered as a Vert.x filter ahead of the CORS handler, so that preflight answers, which the
 * CORS handler ends itself, carry it too; added when the headers are written, beside whatever
 * else the answer varies by ({@code Accept}, {@code Accept-Language}).
 */
@ApplicationScoped
public class VaryByOrigin {

    /** Ahead of Quarkus's CORS handler. */
    private static final int PRIORITY = 3000;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(ignored -> varyByOrigin(rc.response().headers()));
            rc.next();
        }, PRIORITY);
    }

    /** One {@code Vary} header with Origin added to what the answer already varies by. */
    static void varyByOrigin(MultiMap headers) {
        List<String> names = new ArrayList<>();
        for (String vary : headers.getAll(HttpHeaders.VARY)) {
            for (String name : vary.split(",")) {
                String n = name.strip();
                if (n.equals("*")) {
                    return;
                }
                if (!n.isEmpty() && names.stream().noneMatch(n::equalsIgnoreCase)) {
                    names.add(n);
                }
            }
        }
        if (names.stream().noneMatch("Origin"::equalsIgnoreCase)) {
            names.add("Origin");
        }
        headers.set(HttpHeaders.VARY, String.join(", ", names));
    }
}
