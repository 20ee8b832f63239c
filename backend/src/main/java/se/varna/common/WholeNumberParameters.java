package se.varna.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads {@code int}, {@code long}, {@code Integer} and {@code Long} query, path and header
 * parameters, so that resources take them typed (and the contract gets their type and format
 * from the Java type) while a value that is not a whole number is still answered with 400
 * naming the parameter: JAX-RS would answer 404 for a query or path parameter that does not
 * convert. Their bounds are bean-validation constraints on the parameter ({@code @Min},
 * {@code @Max}), which the contract shows too.
 */
@Provider
public class WholeNumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        boolean isLong = rawType == Long.class || rawType == long.class;
        boolean isInt = rawType == Integer.class || rawType == int.class;
        String name = nameOf(annotations);
        if (!(isLong || isInt) || name == null) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<Number>() {
            @Override
            public Number fromString(String raw) {
                if (raw == null || raw.isBlank()) {
                    // A primitive (a path's id) cannot be absent; a boxed one is optional.
                    if (rawType.isPrimitive()) {
                        throw new InvalidParameterException(name, Messages.text("field.required"));
                    }
                    return null;
                }
                try {
                    // Not a conditional expression: that would promote the int to a long.
                    if (isLong) {
                        return Long.parseLong(raw.trim());
                    }
                    return Integer.parseInt(raw.trim());
                } catch (NumberFormatException e) {
                    throw new InvalidParameterException(name, Messages.text("field.wholeNumber", abbreviate(raw)));
                }
            }

            @Override
            public String toString(Number value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String abbreviate(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }
}
