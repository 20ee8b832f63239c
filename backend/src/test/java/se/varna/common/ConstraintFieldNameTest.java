package se.varna.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * A constraint on a request body names its field as the services' own checks do: the path
 * from the body, with list positions ({@code commitments[1].title}, {@code parties[0]}).
 */
class ConstraintFieldNameTest {

    record Commitment(@Size(max = 3) String title) {
    }

    record Input(@NotNull String name, List<@Size(max = 2) String> parties, List<@Valid Commitment> commitments) {
    }

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    static List<String> fields(Object bean) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(bean);
        return violations.stream().map(ProblemMappers::fieldName).sorted().toList();
    }

    @Test
    void aPropertyAListItemAndANestedPropertyAreNamedFromTheBody() {
        assertThat(fields(new Input(null, List.of("ok", "too long"), List.of(new Commitment("ok"), new Commitment("long")))))
                .containsExactly("commitments[1].title", "name", "parties[1]");
    }
}
