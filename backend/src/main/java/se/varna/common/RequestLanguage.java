package se.varna.common;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.arc.Unremovable;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The language the current request is answered in: its {@code Accept-Language}, resolved
 * once by {@link Messages#resolve}. Read from the HTTP request itself, so that it is known
 * in filters and exception mappers as well as in resources. Unremovable: {@link Messages}
 * looks it up rather than injecting it.
 */
@RequestScoped
@Unremovable
public class RequestLanguage {

    @Inject
    CurrentVertxRequest request;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            RoutingContext current = request.getCurrent();
            locale = Messages.resolve(current == null ? null
                    : current.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return locale;
    }

    /** The {@code Content-Language} of an answer in this language: {@code sv} or {@code en}. */
    public String tag() {
        return locale().toLanguageTag();
    }
}
