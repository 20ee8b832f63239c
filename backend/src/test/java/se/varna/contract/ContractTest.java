package se.varna.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
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
 * The API the service describes at {@code /q/openapi} is the API of the root
 * {@code openapi.yaml}, the contract the web app is generated from.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ContractTest {

    @Test
    void theServedApiIsTheApiOfOpenapiYaml() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Contract.OPENAPI_YAML.toFile());
        String servedJson = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().asString();
        JsonNode served = new ObjectMapper().readTree(servedJson);

        List<String> differences = OpenApiComparer.compare(contract, served);

        if (!differences.isEmpty()) {
            fail("The API served at /q/openapi differs from " + Contract.OPENAPI_YAML + " in "
                    + differences.size() + " place(s):\n  " + String.join("\n  ", differences));
        }
    }
}
