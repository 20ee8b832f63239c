package se.varna.common;

import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.OIDCException;
import se.varna.common.document.LifecycleProblem;
import se.varna.common.imports.ImportQueueFullException;
import se.varna.common.imports.ImportRejectedException;
import se.varna.common.imports.UploadProblemException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer. No answer
 * ever carries a stack trace or a Java class name; unexpected failures are logged with an
 * id the answer repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ObjectMapper objectMapper;

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem(new Problem(Problem.INVALID_INPUT, Messages.text("problem.invalid.title"), 400,
                describe(e.errors()), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return problem(new Problem(Problem.INVALID_INPUT, Messages.text("problem.invalid.title"), 400,
                describe(errors), path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        FieldError error = bodyError(e);
        return problem(new Problem(Problem.INVALID_INPUT, Messages.text("problem.invalid.title"), 400,
                "body".equals(error.field()) ? Messages.text("problem.invalid.body.detail")
                        : describe(List.of(error)),
                path(uri), List.of(error)));
    }

    /**
     * A body value of the wrong type (an unknown enum constant, a malformed date): without this,
     * Quarkus' own mapper for this exception would answer plain JSON.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    /** Names the property a body failed on (`startDate`, `goals[1]`) when Jackson knows it. */
    private static FieldError bodyError(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    field.append('[').append(reference.getIndex()).append(']');
                }
            }
            if (!field.isEmpty()) {
                Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
                String message = target != null && target.isEnum()
                        ? Messages.text("field.oneOf", java.util.Arrays.stream(target.getEnumConstants())
                                .map(Object::toString).collect(java.util.stream.Collectors.joining(", ")))
                        : target == java.time.LocalDate.class ? Messages.text("field.date", "2025-03-31")
                        : Messages.text("field.wrongType");
                return new FieldError(field.toString(), message);
            }
        }
        return new FieldError("body", Messages.text("field.body.notJson"));
    }

    @ServerExceptionMapper
    public Response precondition(PreconditionProblem e, UriInfo uri) {
        return problem(new Problem(Problem.ABOUT_BLANK, Messages.text(e.status() == 428
                ? "problem.preconditionRequired.title" : "problem.preconditionFailed.title"), e.status(),
                e.getMessage(), path(uri), null));
    }

    /** Two writers raced from the same version: the later one loses, as with a stale If-Match. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return problem(new Problem(Problem.ABOUT_BLANK, Messages.text("problem.preconditionFailed.title"), 412,
                Messages.text("problem.preconditionFailed.raced.detail"), path(uri), null));
    }

    /** An edit of an approved or adopted document (or a new version of a draft): 409. */
    @ServerExceptionMapper
    public Response lifecycle(LifecycleProblem e, UriInfo uri) {
        return problem(new Problem(e.type(), e.title(), 409, e.getMessage(), path(uri), null));
    }

    @ServerExceptionMapper
    public Response uploadProblem(UploadProblemException e, UriInfo uri) {
        return problem(new Problem(e.status() == 413 ? Problem.FILE_TOO_LARGE : Problem.UNREADABLE_FILE, e.title(),
                e.status(), e.getMessage(), path(uri), e.errors()));
    }

    /** The import queue is full: 429 with Retry-After, as the rate limit answers, and nothing stored. */
    @ServerExceptionMapper
    public Response importQueueFull(ImportQueueFullException e, UriInfo uri) {
        return answer(objectMapper, new Problem(Problem.ABOUT_BLANK, Messages.text("problem.tooManyRequests.title"), 429,
                Messages.text("problem.importQueueFull.detail", e.queueMax(), e.retryAfterSeconds()), path(uri), null))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response unprocessable(UnprocessableProblem e, UriInfo uri) {
        return problem(new Problem(e.type(), e.title(), 422, e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response importRejected(ImportRejectedException e, UriInfo uri) {
        return problem(new Problem(Problem.IMPORT_REJECTED, Messages.text("problem.importRejected.title"), 422,
                e.detail(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return problem(new Problem(Problem.ABOUT_BLANK, Messages.text("problem.notFound.title"), 404, e.getMessage(),
                path(uri), null));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Response problem = problem(new Problem(Problem.ABOUT_BLANK, Messages.text("problem.unauthorized.title"), 401,
                Messages.text("problem.unauthorized.detail"), path(uri), null));
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** The identity provider cannot be reached, so no token can be checked: still a 401. */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e, UriInfo uri) {
        LOG.warnf("Token on %s not checked: %s", path(uri), e.getMessage());
        Response problem = problem(new Problem(Problem.ABOUT_BLANK, Messages.text("problem.unauthorized.title"), 401,
                Messages.text("problem.unauthorized.unchecked.detail"), path(uri), null));
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(new Problem(Problem.ABOUT_BLANK, Messages.text("problem.forbidden.title"), 403,
                Messages.text("problem.forbidden.detail"), path(uri), null));
    }

    @ServerExceptionMapper
    public Response forbiddenHere(ForbiddenProblem e, UriInfo uri) {
        return problem(new Problem(Problem.ABOUT_BLANK, Messages.text("problem.forbidden.title"), 403, e.getMessage(),
                path(uri), e.errors().isEmpty() ? null : e.errors()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.ResponseBuilder answer = Response.fromResponse(problem(new Problem(Problem.ABOUT_BLANK,
                statusTitle(status, original), status, detailFor(status), path(uri), null)));
        if (status == 405 && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            answer.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            LOG.warnf("Database unreachable on %s: %s", path(uri), rootMessage(e));
            return Response.fromResponse(problem(new Problem(Problem.ABOUT_BLANK,
                    Messages.text("problem.unavailable.title"), 503, Messages.text("problem.unavailable.detail"),
                    path(uri), null)))
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        if (valueTheDatabaseRefuses(e)) {
            LOG.infof("Value refused by the database on %s: %s", path(uri), rootMessage(e));
            return problem(new Problem(Problem.INVALID_INPUT, Messages.text("problem.invalid.title"), 400,
                    Messages.text("problem.invalid.refusedValue.detail"), path(uri),
                    List.of(new FieldError("request", Messages.text("field.refusedValue")))));
        }
        String incident = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure on %s (incident %s)", path(uri), incident);
        return problem(new Problem(Problem.ABOUT_BLANK, Messages.text("problem.internal.title"), 500,
                Messages.text("problem.internal.detail", incident), path(uri), null));
    }

    /**
     * No connection to the database could be had or kept: a connection failure (SQL state class
     * 08), the pool's acquisition timeout, or the database shutting down (57P01–57P03).
     */
    public static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** The database refused a value from the request (SQL state class 22: data exception). */
    private static boolean valueTheDatabaseRefuses(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
            if (t instanceof org.hibernate.exception.DataException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /**
     * The status's reason phrase as the title, as RFC 9457 asks of {@code about:blank}
     * problems, in the reader's language (which it allows).
     */
    private static String statusTitle(int status, Response original) {
        String key = "problem.status." + status + ".title";
        if (Messages.has(key)) {
            return Messages.text(key);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return type != null ? type.getReasonPhrase() : original.getStatusInfo().getReasonPhrase();
    }

    private static String detailFor(int status) {
        String key = "problem.status." + status + ".detail";
        return Messages.text(Messages.has(key) ? key : "problem.status.other.detail");
    }

    private Response problem(Problem problem) {
        return answer(objectMapper, problem).build();
    }

    /**
     * A problem answer, with its {@code Content-Language}: the language its texts are in, and
     * {@code Vary: Accept-Language}, so that no cache hands a Swedish 404 to an English reader.
     * The one way every problem is answered (the rate limit's 429 too).
     */
    public static Response.ResponseBuilder answer(ObjectMapper objectMapper, Problem problem) {
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"Internal Server Error\",\"status\":500}";
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, Messages.language().toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    private static String describe(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return Messages.text("problem.status.400.detail");
        }
        FieldError first = errors.get(0);
        return errors.size() > 1 ? Messages.text("problem.invalid.detail.more", first.field(), first.message(),
                errors.size() - 1) : Messages.text("problem.invalid.detail", first.field(), first.message());
    }

    /**
     * The field a violation names, as the services' own checks name it: a query or path
     * parameter by its name ({@code limit}), a body's property by its path from the body
     * ({@code commitments[0].title}, {@code parties[2]}).
     */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, BEAN, CONTAINER_ELEMENT -> {
                    if (node.isInIterable() && !field.isEmpty()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
                default -> {
                    // the method itself, its return value or its parameters together name no field
                }
            }
        }
        return !field.isEmpty() ? field.toString() : parameter != null ? parameter : "request";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
