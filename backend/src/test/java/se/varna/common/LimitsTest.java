package se.varna.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cut that keeps an answer within the contract. */
class LimitsTest {

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
