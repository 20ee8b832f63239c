package se.varna.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks that come before any operation reads its input: a query parameter the operation does
 * not declare is a mistake the caller should hear about (400 naming it) rather than a filter
 * silently ignored, and a JSON body larger than {@code varna.http.max-json-body-size} is refused
 * with 413 before it is parsed (files have their own, larger limits per import).
 */
public class RequestGuards {

    private static final Map<Method, Set<String>> QUERY_PARAMETERS = new ConcurrentHashMap<>();

    @Inject
    VarnaConfig config;

    @ServerRequestFilter
    public void rejectUnknownQueryParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = QUERY_PARAMETERS.computeIfAbsent(method, RequestGuards::queryParameters);
        List<FieldError> errors = new ArrayList<>();
        for (String name : new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
            if (!known.contains(name)) {
                errors.add(new FieldError(name, known.isEmpty() ? Messages.text("field.unknownParameter.none")
                        : Messages.text("field.unknownParameter", String.join(", ", new TreeSet<>(known)))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
    }

    @ServerRequestFilter
    public void refuseOversizedJson(ContainerRequestContext request, ResourceInfo resource) {
        MediaType type = request.getMediaType();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (type == null || length == null || !type.getSubtype().endsWith("json") || readsItsOwnBody(resource)) {
            return;
        }
        long limit = config.http().maxJsonBodySize().asLongValue();
        long size;
        try {
            size = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return;
        }
        if (size > limit && !"text".equals(type.getType())) {
            throw se.varna.common.imports.UploadProblemException.bodyTooLarge(limit, size);
        }
    }

    /** Imports read the body as a stream and check their own, larger limit. */
    private static boolean readsItsOwnBody(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        return method != null && java.util.Arrays.stream(method.getParameterTypes())
                .anyMatch(java.io.InputStream.class::isAssignableFrom);
    }

    private static Set<String> queryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(names, field);
                    }
                    for (Method m : type.getDeclaredMethods()) {
                        add(names, m);
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    private static void add(Set<String> names, AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation instanceof QueryParam query) {
                names.add(query.value());
            }
        }
    }
}
