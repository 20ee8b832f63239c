package se.varna.common.csv;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * An operation that answers JSON or CSV by the request's {@code Accept} says so in every
 * answer ({@code Vary: Accept}), so that no cache hands the CSV to a client that asked for JSON
 * or the other way round.
 */
public class VaryByAccept {

    @ServerResponseFilter
    public void varyByAccept(ResourceInfo resource, ContainerResponseContext response) {
        Method method = resource.getResourceMethod();
        Produces produces = method == null ? null : method.getAnnotation(Produces.class);
        if (produces != null && Arrays.asList(produces.value()).contains(CsvDialect.MEDIA_TYPE)) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }
}
