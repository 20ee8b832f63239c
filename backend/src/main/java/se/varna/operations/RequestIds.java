package se.varna.operations;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a plausible one (a
 * proxy's or the web app's, so that one id follows a request through every hop), else a new
 * UUID. It is in the logging context ({@code requestId}, a field of every JSON log record
 * written while the request is served) and echoed in the answer, so that a user's report of a
 * failure ("incident …", or the header) leads to its log records. An id that is too long or
 * holds anything but letters, digits and {@code . _ : -} is replaced, not echoed: it could
 * otherwise forge log fields or blow up the log.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** Ahead of {@code VaryByOrigin} and Quarkus's CORS handler, so that preflights carry it too. */
    private static final int PRIORITY = 3100;

    /** One DEBUG line per answered request (method, route, status, time); off unless asked for. */
    private static final Logger ACCESS = Logger.getLogger("se.varna.access");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = idFor(rc.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            rc.response().putHeader(HEADER, id);
            long started = System.nanoTime();
            rc.addEndHandler(ignored -> {
                if (ACCESS.isDebugEnabled()) {
                    MDC.put(MDC_KEY, id);
                    ACCESS.debugf("%s %s %d %d ms", rc.request().method(), rc.normalizedPath(),
                            rc.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000);
                }
            });
            rc.next();
        }, PRIORITY);
    }

    /** The caller's id when sane, else a new one. */
    static String idFor(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
