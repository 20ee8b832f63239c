package se.varna.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The limits services check, and the cut that keeps an answer within the contract. */
class LimitsTest {

    @Test
    void aTextOrListAtItsLimitPassesAndOneMoreIsAnErrorNamingIt() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(Limits.maxLength(errors, "title", "ö".repeat(300), 300)).isTrue();
        assertThat(Limits.maxLength(errors, "title", null, 300)).isTrue();
        assertThat(Limits.maxItems(errors, "goals", Collections.nCopies(3, 1L), 3)).isTrue();
        assertThat(errors).isEmpty();

        assertThat(Limits.maxLength(errors, "title", "ö".repeat(301), 300)).isFalse();
        assertThat(Limits.maxItems(errors, "goals", Collections.nCopies(4, 1L), 3)).isFalse();
        assertThat(Limits.codes(errors, "districts", List.of("1980", "x".repeat(201)), 10, 200)).isFalse();
        assertThat(errors).containsExactly(new FieldError("title", "must be at most 300 characters"),
                new FieldError("goals", "must have at most 3 items"),
                new FieldError("districts[1]", "must be at most 200 characters"));
    }

    @Test
    void aFieldErrorOrProblemNeverExceedsTheContractsLengths() {
        FieldError error = new FieldError("x".repeat(9000), "y".repeat(30_000));
        assertThat(error.field()).hasSize(Limits.FIELD_NAME).endsWith("…");
        assertThat(error.message()).hasSize(Limits.MESSAGE).endsWith("…");
        assertThat(new FieldError("title", "is required").message()).isEqualTo("is required");

        Problem problem = new Problem(Problem.INVALID_INPUT, "Invalid request", 400, "z".repeat(20_001), "/x", null);
        assertThat(problem.detail()).hasSize(Limits.MESSAGE);
    }
}
