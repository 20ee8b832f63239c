package se.varna.common.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import se.varna.common.csv.CsvBodyWriter;
import se.varna.common.csv.CsvDialect;

/**
 * HTTP caching that clients and proxies understand, for every read: a {@code Cache-Control} that
 * fits who may see the answer ({@code no-cache} for what anyone may read, so every use
 * revalidates; {@code private, no-store} for an answer to a signed-in caller), {@code Vary:
 * Authorization, Accept, Accept-Language}, and an {@code ETag}. A JSON, CSV or binary (PDF, XLSX)
 * answer's ETag is a weak one of its bytes, written here once, and an {@code If-None-Match}
 * naming it is answered {@code 304 Not Modified} without a body. A versioned document keeps the ETag its resource set (its version, what
 * {@code If-Match} checks); as a draft's content also follows live data, a conditional read of a
 * document is always answered in full. docs/api.md#caching.
 */
public class HttpCaching {

    static final String VARY = "Authorization, Accept, Accept-Language";
    static final String DISPOSITION = "Content-Disposition";

    @Inject
    ObjectMapper objectMapper;

    @Inject
    AnswerCache answers;

    @Inject
    CsvBodyWriter csv;

    @Inject
    CurrentVertxRequest vertxRequest;

    @ServerResponseFilter
    public void caching(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return;
        }
        // The only credential the API takes is a bearer token.
        boolean personal = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, personal ? "private, no-store" : "no-cache");
        response.getHeaders().add(HttpHeaders.VARY, VARY);
        if (response.getStatus() != Status.OK.getStatusCode() || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        String etag;
        AnswerCache.Answer hit = answers.hit(request);
        if (hit != null) {
            etag = hit.etag();
            if (hit.disposition() != null) {
                response.getHeaders().putSingle(DISPOSITION, hit.disposition());
            }
        } else {
            MediaType mediaType = response.getMediaType();
            byte[] body;
            if (isCsv(mediaType) && !(response.getEntity() instanceof byte[]) && !(response.getEntity() instanceof String)
                    && response.getEntity() != null) {
                // written here as the CSV writer would, so that its bytes have an ETag and can be kept
                MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
                body = csv(response, headers);
                mediaType = MediaType.valueOf(String.valueOf(headers.getFirst(HttpHeaders.CONTENT_TYPE)));
                response.getHeaders().putSingle(DISPOSITION, headers.getFirst(DISPOSITION));
            } else {
                body = bytes(response.getEntity(), mediaType);
            }
            if (body == null) {
                return;
            }
            etag = etag(body);
            response.setEntity(body, response.getEntityAnnotations(), mediaType);
            Object disposition = response.getHeaders().getFirst(DISPOSITION);
            answers.keep(request, body, mediaType, etag, disposition == null ? null : disposition.toString());
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        } else if (!personal && answers.keyed(request) && request.getHeaderString("Origin") == null
                && request.getHeaderString(HttpHeaders.IF_NONE_MATCH) == null) {
            // the same question without a token may be answered on the event loop next time (PublicHits)
            RoutingContext rc = vertxRequest.getCurrent();
            if (rc != null) {
                rc.put(PublicHits.KEEP, PublicHits.key((Long) request.getProperty(AnswerCache.VERSION),
                        (String) request.getProperty(AnswerCache.DAY), rc.request()));
                rc.put(PublicHits.BODY, hit != null ? hit.body() : (byte[]) response.getEntity());
            }
        } else if (personal && request.getHeaderString(HttpHeaders.IF_NONE_MATCH) == null) {
            // the bytes a signed-in answer was sent as, for MeHits (which replays /me alone)
            RoutingContext rc = vertxRequest.getCurrent();
            if (rc != null) {
                rc.put(PublicHits.BODY, hit != null ? hit.body() : (byte[]) response.getEntity());
            }
        }
    }

    /** The answer's bytes when they can be known here (JSON, text, bytes), else null. */
    private byte[] bytes(Object entity, MediaType mediaType) {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity == null || mediaType == null || !isJson(mediaType)) {
            return null;
        }
        try {
            return objectMapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be written as JSON", e);
        }
    }

    private byte[] csv(ContainerResponseContext response, MultivaluedMap<String, Object> headers) {
        Object entity = response.getEntity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            csv.writeTo(entity, entity.getClass(), response.getEntityType(), response.getEntityAnnotations(),
                    response.getMediaType(), headers, out);
        } catch (IOException e) {
            throw new UncheckedIOException("An answer could not be written as CSV", e);
        }
        return out.toByteArray();
    }

    private static boolean isCsv(MediaType mediaType) {
        return mediaType != null && CsvDialect.MEDIA_TYPE.equals(mediaType.getType() + "/" + mediaType.getSubtype());
    }

    private static boolean isJson(MediaType mediaType) {
        String subtype = mediaType.getSubtype();
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    /** A weak ETag of the bytes: 128 bits of their SHA-256, base64url. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an {@code If-None-Match} names the ETag, compared weakly (RFC 9110, 13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
