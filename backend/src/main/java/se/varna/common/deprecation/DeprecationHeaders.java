package se.varna.common.deprecation;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells a client that used a deprecated part of the contract: {@code Deprecation} (RFC 9745,
 * the day it was deprecated as {@code @<epoch seconds>}), {@code Sunset} (RFC 8594, the
 * earliest sunset when several were used) and a {@code Link rel="deprecation"} to docs/api.md's
 * deprecation section, which lists each deprecation and its replacement.
 */
public class DeprecationHeaders {

    /** Where the deprecations are documented, relative to the API's origin as the web app serves the docs. */
    static final String DOCS = "/docs/api.md#deprecation";

    @Inject
    DeprecatedUse deprecatedUse;

    @ServerResponseFilter
    public void deprecationHeaders(ContainerResponseContext response) {
        if (deprecatedUse.all().isEmpty()) {
            return;
        }
        Deprecation earliestSince = deprecatedUse.all().stream().min(Comparator.comparing(Deprecation::since))
                .orElseThrow();
        Deprecation earliestSunset = deprecatedUse.all().stream().min(Comparator.comparing(Deprecation::sunset))
                .orElseThrow();
        response.getHeaders().putSingle("Deprecation",
                "@" + earliestSince.since().atStartOfDay(ZoneOffset.UTC).toEpochSecond());
        response.getHeaders().putSingle("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME
                .format(earliestSunset.sunset().atStartOfDay(ZoneOffset.UTC)));
        response.getHeaders().add("Link", "<" + DOCS + ">; rel=\"deprecation\"; type=\"text/markdown\"");
    }
}
