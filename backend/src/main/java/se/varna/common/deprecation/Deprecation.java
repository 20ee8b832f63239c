package se.varna.common.deprecation;

import java.time.LocalDate;

/**
 * A deprecated part of the contract: a parameter value or a field's old name that is still
 * answered until {@code sunset}. Each one is listed in docs/api.md's deprecation section under
 * its {@code anchor}; a request that uses it gets the {@code Deprecation}, {@code Sunset} and
 * {@code Link} headers ({@link DeprecationHeaders}).
 *
 * @param what what is deprecated, for logs and the documentation
 * @param since the day it was deprecated (the {@code Deprecation} header's date)
 * @param sunset the first day it may no longer be answered (the {@code Sunset} header)
 */
public record Deprecation(String what, LocalDate since, LocalDate sunset) {
}
