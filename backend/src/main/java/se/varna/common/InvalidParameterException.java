package se.varna.common;

import java.util.List;

/**
 * A request parameter, property or row is not valid; answered as 400 problem+json whose
 * {@code errors} name each invalid field.
 */
public class InvalidParameterException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidParameterException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidParameterException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + " " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
