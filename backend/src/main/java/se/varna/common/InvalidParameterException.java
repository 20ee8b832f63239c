package se.varna.common;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;

/**
 * A request parameter, property or row is not valid; answered as 400 problem+json whose
 * {@code errors} name each invalid field. A {@link WebApplicationException} so that Quarkus REST
 * passes it on as it is when a parameter converter ({@link WholeNumberParameters}) throws it.
 */
public class InvalidParameterException extends WebApplicationException {

    private final List<FieldError> errors;

    public InvalidParameterException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidParameterException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + " " + errors.get(0).message(), 400);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
