package se.varna.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;

/**
 * The root {@code openapi.yaml}, the contract partners read and the web app is generated
 * from, is the document the service serves at {@code /q/openapi}, generated from the code
 * (annotations, bean-validation constraints, {@code META-INF/openapi.yaml} and the
 * {@code CommonResponses} filter): every key and value, not only the API's structure. When
 * they differ, the committed file is stale: {@code make contract} writes it again.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ContractTest {

    private static final int LISTED = 40;

    @Test
    void openapiYamlIsTheDocumentTheServiceServes() throws IOException {
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(Contract.OPENAPI_YAML.toFile());
        JsonNode served = new ObjectMapper().readTree(given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().asString());

        List<String> anywhere = JsonDifferences.between(committed, served);
        if (!anywhere.isEmpty()) {
            // The API's structure first, readable; then every other key that differs.
            List<String> differences = new ArrayList<>(OpenApiComparer.compare(committed, served));
            differences.addAll(anywhere);
            fail(Contract.OPENAPI_YAML + " is not the contract the code declares: run `make contract` and commit "
                    + "openapi.yaml with your change. " + differences.size() + " difference(s):\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(LISTED, differences.size())))
                    + (differences.size() > LISTED ? "\n  …" : ""));
        }
    }
}
