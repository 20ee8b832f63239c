package se.varna.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import se.varna.support.Contract;

/**
 * The contract says how the language of problem texts is chosen: every operation takes the
 * {@code Accept-Language} header parameter, and every problem answer declares its
 * {@code Content-Language} (ContractTest compares parameters with the served API, not answer
 * headers, so this test keeps the latter from being forgotten on a new operation).
 */
class LanguageContractTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Test
    void everyOperationTakesAcceptLanguageAndEveryProblemAnswerSaysItsContentLanguage() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Contract.OPENAPI_YAML.toFile());
        List<String> missing = new ArrayList<>();
        int operations = 0;
        int problems = 0;
        for (Map.Entry<String, JsonNode> path : contract.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                operations++;
                String label = method.toUpperCase() + " " + path.getKey();
                boolean takesLanguage = false;
                for (JsonNode parameter : operation.path("parameters")) {
                    takesLanguage |= "Accept-Language".equals(resolve(contract, parameter).path("name").asText());
                }
                if (!takesLanguage) {
                    missing.add(label + ": no Accept-Language parameter");
                }
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    JsonNode answer = resolve(contract, response.getValue());
                    if (answer.path("content").has("application/problem+json")) {
                        problems++;
                        if (!answer.path("headers").has("Content-Language")) {
                            missing.add(label + " " + response.getKey() + ": no Content-Language header");
                        }
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(40);
        assertThat(problems).isGreaterThan(operations);
        assertThat(missing).isEmpty();
        JsonNode header = contract.path("components").path("headers").path("Content-Language");
        assertThat(header.path("required").asBoolean()).isTrue();
        assertThat(header.path("schema").path("enum").toString()).isEqualTo("[\"en\",\"sv\"]");
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        JsonNode target = contract;
        for (String part : ref.asText().substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }
}
