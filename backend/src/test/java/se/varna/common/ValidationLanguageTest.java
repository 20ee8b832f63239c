package se.varna.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import se.varna.support.EmbeddedPostgresResource;

/**
 * Bean Validation's standard messages follow the reader's language as the problem catalogue
 * does (ReaderLocaleResolver): Swedish from ValidationMessages_sv.properties, English as
 * Hibernate Validator writes it.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ValidationLanguageTest {

    record Sample(@NotNull String title, @Size(max = 3) String code) {
    }

    @Inject
    Validator validator;

    @Test
    void standardConstraintMessagesAreInTheReadersLanguage() {
        Sample invalid = new Sample(null, "ABCD");
    }

    private Set<String> messages(Sample sample) {
        Set<String> messages = new TreeSet<>();
        for (ConstraintViolation<Sample> violation : validator.validate(sample)) {
            messages.add(violation.getMessage());
        }
        return messages;
    }
}
