package se.varna.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The comparer behind {@link ContractTest} reports differences that matter and only those.
 */
class OpenApiComparerTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final String CONTRACT = """
            openapi: 3.1.0
            paths:
              /api/v1/goals:
                get:
                  operationId: listGoals
                  x-roles: [anonymous, viewer]
                  parameters:
                    - $ref: '#/components/parameters/limit'
                    - name: q
                      in: query
                      schema: {type: string, maxLength: 200}
                  responses:
                    '200':
                      description: A page
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/GoalPage'
            components:
              parameters:
                limit:
                  name: limit
                  in: query
                  schema: {type: integer, format: int32, minimum: 1, maximum: 500}
              schemas:
                GoalPage:
                  type: object
                  required: [items]
                  properties:
                    items:
                      type: array
                      items: {$ref: '#/components/schemas/Goal'}
                Goal:
                  type: object
                  required: [id, title]
                  properties:
                    id: {type: integer, format: int64}
                    title:
                      type: object
                      required: [sv, en]
                      properties:
                        sv: {type: string}
                        en: {type: string}
                    owner:
                      oneOf:
                        - $ref: '#/components/schemas/Owner'
                        - type: 'null'
                    parentId: {type: [integer, 'null'], format: int64}
                    separator:
                      anyOf:
                        - type: string
                          enum: [',', "\\t"]
                          x-enum-varnames: [COMMA, TAB]
                        - type: 'null'
                Owner:
                  type: object
                  properties:
                    code: {type: string}
            """;

    /** The same API written differently: inlined, anyOf instead of oneOf, other descriptions. */
    private static final String SAME_API_WRITTEN_DIFFERENTLY = """
            {"openapi": "3.1.0", "paths": {"/api/v1/goals": {"get": {
              "operationId": "listGoals", "summary": "Another summary", "x-roles": ["viewer", "anonymous"],
              "parameters": [{"name": "limit", "in": "query", "description": "How many",
                "schema": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 500, "default": 100}},
                {"name": "q", "in": "query", "schema": {"maxLength": 200, "type": "string"}}],
              "responses": {"200": {"description": "Other words", "content": {"application/json": {"schema": {
                "type": "object", "required": ["items"], "properties": {"items": {"type": "array", "items": {
                  "type": "object", "required": ["title", "id"], "properties": {
                    "id": {"type": "integer", "format": "int64", "description": "The id"},
                    "title": {"$ref": "#/components/schemas/Text"},
                    "owner": {"type": ["object", "null"], "anyOf": [{"$ref": "#/components/schemas/O"}, {"type": "null"}]},
                    "parentId": {"type": "integer", "format": "int64", "nullable": true},
                    "separator": {"type": ["string", "null"], "enum": [",", "\\t"],
                      "x-enum-varnames": ["COMMA", "TAB"]}}}}}}}}}}}}},
             "components": {"schemas": {
               "Text": {"type": "object", "required": ["en", "sv"], "properties": {"sv": {"type": "string"}, "en": {"type": "string"}}},
               "O": {"type": "object", "properties": {"code": {"type": "string"}}}}}}
            """;

    @Test
    void theSameApiWrittenDifferentlyHasNoDifferences() throws Exception {
        assertThat(compare(CONTRACT, SAME_API_WRITTEN_DIFFERENTLY)).isEmpty();
    }

    @Test
    void aRenamedPropertyIsReportedOnBothSides() throws Exception {
        String served = SAME_API_WRITTEN_DIFFERENTLY.replace("\"sv\": {\"type\": \"string\"}",
                "\"se\": {\"type\": \"string\"}");

        assertThat(compare(CONTRACT, served)).contains(
                "GET /api/v1/goals 200 application/json: property items[].title.sv missing in served API",
                "GET /api/v1/goals 200 application/json: property items[].title.se served but not in openapi.yaml");
    }

    @Test
    void aPropertyThatLostItsNullabilityIsReported() throws Exception {
        String served = SAME_API_WRITTEN_DIFFERENTLY.replace(", \"nullable\": true", "");

        assertThat(compare(CONTRACT, served)).containsExactly(
                "GET /api/v1/goals 200 application/json: property items[].parentId is nullable in openapi.yaml"
                        + " but not in served API");
    }

    @Test
    void aChangedTypeFormatAndRequiredListAreReported() throws Exception {
        String served = SAME_API_WRITTEN_DIFFERENTLY
                .replace("\"id\": {\"type\": \"integer\", \"format\": \"int64\"", "\"id\": {\"type\": \"string\", \"format\": \"uuid\"")
                .replace("\"required\": [\"title\", \"id\"]", "\"required\": [\"title\"]");

        assertThat(compare(CONTRACT, served)).containsExactlyInAnyOrder(
                "GET /api/v1/goals 200 application/json: property items[].id is required in openapi.yaml but optional in served API",
                "GET /api/v1/goals 200 application/json: property items[].id type is integer in openapi.yaml but string in served API",
                "GET /api/v1/goals 200 application/json: property items[].id format is int64 in openapi.yaml but uuid in served API");
    }

    @Test
    void parameterBoundsOperationIdRolesAndResponsesAreCompared() throws Exception {
        String served = SAME_API_WRITTEN_DIFFERENTLY
                .replace("\"maximum\": 500", "\"maximum\": 1000")
                .replace("\"operationId\": \"listGoals\"", "\"operationId\": \"getGoals\"")
                .replace("[\"viewer\", \"anonymous\"]", "[\"viewer\"]")
                .replace("\"responses\": {\"200\":", "\"responses\": {\"404\": {\"description\": \"x\"}, \"200\":");

        assertThat(compare(CONTRACT, served)).containsExactlyInAnyOrder(
                "GET /api/v1/goals: operationId is listGoals in openapi.yaml but getGoals in served API",
                "GET /api/v1/goals: x-roles is [anonymous, viewer] in openapi.yaml but [viewer] in served API",
                "GET /api/v1/goals: query parameter limit maximum is 500 in openapi.yaml but 1000 in served API",
                "GET /api/v1/goals: response 404 served but not in openapi.yaml");
    }

    @Test
    void parameterLengthLimitsAndPatternsAreCompared() throws Exception {
        String served = SAME_API_WRITTEN_DIFFERENTLY.replace("{\"maxLength\": 200, \"type\": \"string\"}",
                "{\"maxLength\": 300, \"type\": \"string\", \"pattern\": \"^[a-z]+$\"}");

        assertThat(compare(CONTRACT, served)).containsExactlyInAnyOrder(
                "GET /api/v1/goals: query parameter q maxLength is 200 in openapi.yaml but 300 in served API",
                "GET /api/v1/goals: query parameter q pattern is absent in openapi.yaml but ^[a-z]+$ in served API");
    }

    @Test
    void enumNamesGeneratedClientsUseAreCompared() throws Exception {
        String renamed = SAME_API_WRITTEN_DIFFERENTLY.replace("[\"COMMA\", \"TAB\"]", "[\"COMMA\", \"TABULATOR\"]");
        String unnamed = SAME_API_WRITTEN_DIFFERENTLY.replace("\"x-enum-varnames\"", "\"x-names\"");

        assertThat(compare(CONTRACT, renamed)).containsExactly(
                "GET /api/v1/goals 200 application/json: property items[].separator x-enum-varnames is"
                        + " {\",\"=COMMA, \"\\t\"=TAB} in openapi.yaml but {\",\"=COMMA, \"\\t\"=TABULATOR} in served API");
        assertThat(compare(CONTRACT, unnamed)).containsExactly(
                "GET /api/v1/goals 200 application/json: property items[].separator x-enum-varnames is"
                        + " {\",\"=COMMA, \"\\t\"=TAB} in openapi.yaml but {} in served API");
    }

    @Test
    void aMissingOperationIsReported() throws Exception {
        String served = SAME_API_WRITTEN_DIFFERENTLY.replace("\"/api/v1/goals\"", "\"/api/v1/targets\"");

        assertThat(compare(CONTRACT, served)).containsExactly(
                "path /api/v1/goals missing in served API",
                "path /api/v1/targets served but not in openapi.yaml");
    }

    private static List<String> compare(String contract, String served) throws Exception {
        JsonNode contractNode = YAML.readTree(contract);
        JsonNode servedNode = new ObjectMapper().readTree(served);
        return OpenApiComparer.compare(contractNode, servedNode);
    }
}
