package se.varna.support;

import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/**
 * REST Assured filters that check every request and response against the root
 * {@code openapi.yaml}, the contract the web app is generated from.
 */
public final class Contract {

    /** The contract at the repository root. */
    public static final Path OPENAPI_YAML = locate();

    /** Validates requests and responses. */
    public static final OpenApiValidationFilter VALIDATED = filter(false);

    /**
     * Validates responses only: for tests that send what the contract forbids (a limit
     * above 500, no token) to see the answer.
     */
    public static final OpenApiValidationFilter RESPONSES_VALIDATED = filter(true);

    private Contract() {
    }

    private static OpenApiValidationFilter filter(boolean ignoreRequests) {
        LevelResolver.Builder levels = LevelResolver.create();
        if (ignoreRequests) {
            levels.withLevel("validation.request", ValidationReport.Level.IGNORE);
        }
        return new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForSpecificationUrl(OPENAPI_YAML.toUri().toString())
                .withLevelResolver(levels.build())
                .build());
    }

    private static Path locate() {
        for (Path candidate : new Path[] { Path.of("../openapi.yaml"), Path.of("openapi.yaml") }) {
            if (Files.exists(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("openapi.yaml not found next to backend/");
    }
}
