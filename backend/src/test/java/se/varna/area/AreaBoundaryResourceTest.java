package se.varna.area;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AreaBoundaryResourceTest {

    /** A small square around Västerås centrum, counter-clockwise, closed. */
    static final String SQUARE = "[[16.54,59.60],[16.56,59.60],[16.56,59.62],[16.54,59.62],[16.54,59.60]]";
    static final String POLYGON = "{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}";

    @Inject
    EntityManager em;

    @AfterEach
    void removeEveryBoundary() {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update area set boundary = null, boundary_demo = false").executeUpdate());
    }

    static RequestSpecification as(String role) {
        RequestSpecification request = given();
        return switch (role) {
            case "anonymous" -> request;
            case "partner" -> request.header("Authorization",
                    "Bearer " + TestTokens.serviceAccount("polisen-api", "polisen", "partner"));
            case "coordinator" -> request.header("Authorization",
                    "Bearer " + TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator"));
            case "editor" -> request.header("Authorization",
                    "Bearer " + TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor"));
            case "viewer" -> request.header("Authorization",
                    "Bearer " + TestTokens.user("lasare", "kommunstyrelsen", "viewer"));
            default -> throw new IllegalArgumentException(role);
        };
    }

    static RequestSpecification asCoordinator() {
        return as("coordinator");
    }

    static String feature(String code, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":" + geometry + "}";
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    JsonPath boundaries() {
        return given().filter(Contract.VALIDATED).queryParam("parent", "1980")
                .when().get("/api/v1/areas/boundaries")
                .then().statusCode(200).extract().jsonPath();
    }

    Map<String, Object> boundaryOf(String code) {
        List<Map<String, Object>> features = boundaries().getList("features");
        return features.stream().filter(f -> code.equals(f.get("id"))).findFirst().orElseThrow();
    }

    // ---- reading ----

    @Test
    void everyChildAreaIsAFeatureInTreeOrderAndOnesWithoutBoundaryHaveNullGeometry() {
        JsonPath collection = given().filter(Contract.VALIDATED).queryParam("parent", "1980")
                .when().get("/api/v1/areas/boundaries")
                .then().statusCode(200)
                .contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(26))
                .body("features.type", everyItem(equalTo("Feature")))
                .body("features.geometry", everyItem(nullValue()))
                .body("features.properties.demo", everyItem(equalTo(false)))
                .extract().jsonPath();
        List<String> names = collection.getList("features.properties.name");
        assertThat(names.subList(0, 3)).containsExactly("Bjurhovda", "Bäckby", "Centrum");
        assertThat(names.subList(20, 26)).containsExactly("Barkarö", "Dingtuna", "Irsta", "Kärrbo", "Skultuna",
                "Tillberga");
        assertThat(collection.getList("features.id")).isEqualTo(collection.getList("features.properties.code"));
    }

    @Test
    void boundariesAreAlsoAnsweredAsPlainJson() {
        given().filter(Contract.VALIDATED).queryParam("parent", "1980").accept(ContentType.JSON)
                .when().get("/api/v1/areas/boundaries")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("features", hasSize(26));
    }

    @Test
    void aParentWithoutChildrenHasAnEmptyCollection() {
        given().filter(Contract.VALIDATED).queryParam("parent", "1980-centrum")
                .when().get("/api/v1/areas/boundaries")
                .then().statusCode(200)
                .body("features", hasSize(0));
    }

    @Test
    void anUnknownParentIsNotFound() {
        given().filter(Contract.VALIDATED).queryParam("parent", "0000")
                .when().get("/api/v1/areas/boundaries")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void withoutParentTheProblemNamesIt() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .when().get("/api/v1/areas/boundaries")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("parent"));
    }

    @Test
    void withoutParentTheProblemSaysWhatItIsInTheReadersLanguage() {
        given().filter(Contract.RESPONSES_VALIDATED).queryParam("parent", " ")
                .when().get("/api/v1/areas/boundaries")
                .then().statusCode(400)
                .body("errors.field", contains("parent"))
                .body("errors[0].message", equalTo("is required: the code of an area"));
        given().filter(Contract.RESPONSES_VALIDATED).header("Accept-Language", "sv")
                .when().get("/api/v1/areas/boundaries")
                .then().statusCode(400).header("Content-Language", "sv")
                .body("errors.field", contains("parent"))
                .body("errors[0].message", equalTo("krävs: koden för ett område"));
    }

    @Test
    void aCodeOverItsLimitIsRefusedInSwedishForASwedishReaderAndNothingIsStored() {
        given().filter(Contract.RESPONSES_VALIDATED).header("Accept-Language", "sv")
                .queryParam("parent", "x".repeat(AreaResource.PARENT_MAX + 1))
                .when().get("/api/v1/areas/boundaries")
                .then().statusCode(400).header("Content-Language", "sv")
                .body("errors.field", contains("parent"))
                .body("errors[0].message", equalTo("får vara högst 64 tecken"));
        asCoordinator().filter(Contract.RESPONSES_VALIDATED).header("Accept-Language", "sv")
                .contentType(ContentType.JSON).body(POLYGON)
                .when().put("/api/v1/areas/{code}/boundary", "1980-centrum" + "x".repeat(200))
                .then().statusCode(400).header("Content-Language", "sv")
                .body("errors.field", contains("code"))
                .body("errors[0].message", equalTo("får vara högst 200 tecken"));
        asCoordinator().filter(Contract.RESPONSES_VALIDATED).header("Accept-Language", "sv")
                .contentType(ContentType.JSON).body(collection(feature("1980-centrum", POLYGON),
                        feature("1980-" + "x".repeat(200), POLYGON)))
                .when().put("/api/v1/areas/boundaries")
                .then().statusCode(422).header("Content-Language", "sv")
                .body("errors.field", contains("features[1].properties.code"))
                .body("errors[0].message", equalTo("får vara högst 200 tecken"));
        assertThat(boundaries().getList("features.geometry")).allSatisfy(g -> assertThat(g).isNull());
    }

    // ---- replacing one boundary ----

    @Test
    void theCoordinatorReplacesADemoBoundaryWithARealPolygon() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update area set boundary = cast(?1 as jsonb), boundary_demo = true where code = '1980-centrum'")
                .setParameter(1, POLYGON).executeUpdate());
        assertThat(boundaryOf("1980-centrum")).extractingByKey("properties").asString().contains("demo=true");

        asCoordinator().filter(Contract.VALIDATED).contentType(ContentType.JSON).body(POLYGON)
                .when().put("/api/v1/areas/1980-centrum/boundary")
                .then().statusCode(200)
                .body("id", equalTo("1980-centrum"))
                .body("properties.name", equalTo("Centrum"))
                .body("properties.demo", equalTo(false))
                .body("geometry.type", equalTo("Polygon"))
                .body("geometry.coordinates[0]", hasSize(5))
                .body("geometry.coordinates[0][1]", contains(16.56f, 59.60f));

        Map<String, Object> stored = boundaryOf("1980-centrum");
        assertThat(stored.get("properties")).asString().contains("demo=false");
        assertThat(stored.get("geometry")).asString().contains("Polygon");
    }

    @Test
    void aFeatureWithAMultiPolygonIsAcceptedAsGeoJson() {
        String second = "[[16.60,59.60],[16.62,59.60],[16.62,59.62],[16.60,59.60]]";
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "],[" + second + "]]}";
        asCoordinator().filter(Contract.VALIDATED).contentType("application/geo+json")
                .body(feature("1980-irsta", multi))
                .when().put("/api/v1/areas/1980-irsta/boundary")
                .then().statusCode(200)
                .body("geometry.type", equalTo("MultiPolygon"))
                .body("geometry.coordinates", hasSize(2));
    }

    @Test
    void aFeatureNamingAnotherAreaIsRefused() {
        asCoordinator().filter(Contract.VALIDATED).contentType(ContentType.JSON)
                .body(feature("1980-irsta", POLYGON))
                .when().put("/api/v1/areas/1980-centrum/boundary")
                .then().statusCode(400)
                .body("errors.field", contains("properties.code"))
                .body("errors[0].message", equalTo("is '1980-irsta' but the path names '1980-centrum'"));
        assertThat(boundaryOf("1980-centrum").get("geometry")).isNull();
        assertThat(boundaryOf("1980-irsta").get("geometry")).isNull();
    }

    @Test
    void anUnknownAreaIsNotFound() {
        asCoordinator().filter(Contract.VALIDATED).contentType(ContentType.JSON).body(POLYGON)
                .when().put("/api/v1/areas/1980-atlantis/boundary")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    static Stream<Arguments> badGeometries() {
        return Stream.of(
                Arguments.of("not JSON", "{\"type\":", "body", "is not valid JSON"),
                Arguments.of("an array", "[1,2]", "body", "must be a GeoJSON object"),
                Arguments.of("a Point", "{\"type\":\"Point\",\"coordinates\":[16.5,59.6]}", "type",
                        "is Point but must be Polygon or MultiPolygon"),
                Arguments.of("no type", "{\"coordinates\":[" + SQUARE + "]}", "type", "is missing"),
                Arguments.of("a Feature whose geometry is a LineString",
                        feature("1980-centrum", "{\"type\":\"LineString\",\"coordinates\":[[16.5,59.6],[16.6,59.6]]}"),
                        "geometry.type", "is LineString"),
                Arguments.of("a Feature without geometry",
                        "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}", "geometry", "is missing"),
                Arguments.of("no coordinates", "{\"type\":\"Polygon\"}", "coordinates", "must be a non-empty array"),
                Arguments.of("empty coordinates", "{\"type\":\"Polygon\",\"coordinates\":[]}", "coordinates",
                        "must be a non-empty array of rings"),
                Arguments.of("a ring of three positions",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[16.54,59.60],[16.56,59.60],[16.54,59.60]]]}",
                        "coordinates[0]", "has 3 positions but a ring needs at least 4"),
                Arguments.of("an open ring",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[16.54,59.60],[16.56,59.60],[16.56,59.62],[16.54,59.62]]]}",
                        "coordinates[0]", "is not closed: its last position must repeat its first, [16.54, 59.6]"),
                Arguments.of("a position that is not a pair of numbers",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[16.54,59.60],[\"16.56\",59.60],[16.56,59.62],[16.54,59.60]]]}",
                        "coordinates[0][1]", "must be a position [longitude, latitude] of numbers"),
                Arguments.of("a longitude beyond 180",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[16.54,59.60],[190,59.60],[16.56,59.62],[16.54,59.60]]]}",
                        "coordinates[0][1][0]", "longitude 190 is outside -180..180"),
                Arguments.of("SWEREF 99 TM metres instead of degrees",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[587000,6610000],[588000,6610000],[588000,6611000],[587000,6610000]]]}",
                        "coordinates[0][0][0]", "not SWEREF 99 TM metres"),
                Arguments.of("a latitude beyond 90",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[16.54,59.60],[16.56,95],[16.56,59.62],[16.54,59.60]]]}",
                        "coordinates[0][1][1]", "latitude 95 is outside -90..90"),
                Arguments.of("latitude and longitude swapped",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[59.60,16.54],[59.60,16.56],[59.62,16.56],[59.60,16.54]]]}",
                        "coordinates[0][0]", "looks like latitude, longitude"),
                Arguments.of("a place outside Sweden (Paris)",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]]}",
                        "coordinates[0][0]", "lies outside Sweden"),
                Arguments.of("a MultiPolygon with an empty polygon",
                        "{\"type\":\"MultiPolygon\",\"coordinates\":[[]]}", "coordinates[0]",
                        "must be a polygon"));
    }

    @Test
    void aBadGeometryIsExplainedInSwedishNamingTheSameMember() {
        asCoordinator().filter(Contract.RESPONSES_VALIDATED).header("Accept-Language", "sv-SE")
                .contentType(ContentType.JSON)
                .body("{\"type\":\"Polygon\",\"coordinates\":[[[16.54,59.60],[16.56,59.60],[16.56,59.62],[16.54,59.62]]]}")
                .when().put("/api/v1/areas/1980-centrum/boundary")
                .then().statusCode(400)
                .header("Content-Language", "sv")
                .body("type", equalTo("urn:varna:problem:invalid-input"))
                .body("errors[0].field", equalTo("coordinates[0]"))
                .body("errors[0].message",
                        equalTo("är inte sluten: dess sista position måste upprepa den första, [16.54, 59.6]"));
        assertThat(boundaryOf("1980-centrum").get("geometry")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badGeometries")
    void aBadGeometryIsAProblemNamingWhatIsWrongAndNothingIsStored(String what, String body, String field,
            String message) {
        JsonPath problem = asCoordinator().filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON)
                .body(body)
                .when().put("/api/v1/areas/1980-centrum/boundary")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:invalid-input"))
                .extract().jsonPath();
        assertThat(problem.getList("errors.field", String.class)).as(what).first().isEqualTo(field);
        assertThat(problem.getString("errors[0].message")).as(what).contains(message);
        assertThat(boundaryOf("1980-centrum").get("geometry")).as(what).isNull();
    }

    @Test
    void anEmptyBodyIsAProblemNamingTheBody() {
        asCoordinator().filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON).body("")
                .when().put("/api/v1/areas/1980-centrum/boundary")
                .then().statusCode(400)
                .body("errors.field", contains("body"));
    }

    @Test
    void aBoundaryLargerThanTwoMegabytesIsRefusedWith413() {
        StringBuilder ring = new StringBuilder("[[16.54,59.60]");
        while (ring.length() < BoundaryService.MAX_BOUNDARY_BYTES) {
            ring.append(",[16.550001,59.610001]");
        }
        ring.append(",[16.54,59.60]]");
        asCoordinator().filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON)
                .body("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}")
                .when().put("/api/v1/areas/1980-centrum/boundary")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("errors.field", contains("file"));
    }

    // ---- removing ----

    @Test
    void theCoordinatorRemovesABoundary() {
        asCoordinator().filter(Contract.VALIDATED).contentType(ContentType.JSON).body(POLYGON)
                .when().put("/api/v1/areas/1980-centrum/boundary").then().statusCode(200);

        asCoordinator().filter(Contract.VALIDATED)
                .when().delete("/api/v1/areas/1980-centrum/boundary")
                .then().statusCode(204);

        assertThat(boundaryOf("1980-centrum").get("geometry")).isNull();
        asCoordinator().filter(Contract.VALIDATED)
                .when().delete("/api/v1/areas/1980-centrum/boundary")
                .then().statusCode(204);
        asCoordinator().filter(Contract.VALIDATED)
                .when().delete("/api/v1/areas/1980-atlantis/boundary")
                .then().statusCode(404);
    }

    // ---- many at once ----

    @Test
    void aFeatureCollectionReplacesTheBoundariesItNamesAndReportsEachFeature() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update area set boundary = cast(?1 as jsonb), boundary_demo = true where code = '1980-irsta'")
                .setParameter(1, POLYGON).executeUpdate());
        String body = collection(feature("1980-centrum", POLYGON), feature("1980-irsta", POLYGON));

        asCoordinator().filter(Contract.VALIDATED).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/areas/boundaries")
                .then().statusCode(200)
                .body("dryRun", equalTo(false))
                .body("featuresRead", equalTo(2))
                .body("areasStored", equalTo(2))
                .body("areasUnchanged", equalTo(0))
                .body("items.row", contains(1, 2))
                .body("items.code", contains("1980-centrum", "1980-irsta"))
                .body("items.name", contains("Centrum", "Irsta"))
                .body("items.result", contains("stored", "stored"))
                .body("items.replacedDemo", contains(false, true));

        JsonPath stored = boundaries();
        assertThat(stored.getList("features.findAll { it.geometry != null }.id"))
                .containsExactlyInAnyOrder("1980-centrum", "1980-irsta");
        assertThat(stored.getList("features.findAll { it.properties.demo }")).isEmpty();

        // the same file again changes nothing
        asCoordinator().filter(Contract.VALIDATED).contentType("application/geo+json").body(body)
                .when().put("/api/v1/areas/boundaries")
                .then().statusCode(200)
                .body("areasStored", equalTo(0))
                .body("areasUnchanged", equalTo(2))
                .body("items.result", contains("unchanged", "unchanged"));
    }

    @Test
    void aDryRunReportsButStoresNothing() {
        asCoordinator().filter(Contract.VALIDATED).contentType(ContentType.JSON).queryParam("dryRun", true)
                .body(collection(feature("1980-centrum", POLYGON)))
                .when().put("/api/v1/areas/boundaries")
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("areasStored", equalTo(0))
                .body("items.result", contains("stored"));
        assertThat(boundaryOf("1980-centrum").get("geometry")).isNull();
    }

    @Test
    void oneInvalidFeatureRejectsTheWholeFileWithEveryErrorByFeature() {
        String open = "{\"type\":\"Polygon\",\"coordinates\":[[[16.54,59.60],[16.56,59.60],[16.56,59.62],[16.54,59.62]]]}";
        String body = collection(
                feature("1980-centrum", POLYGON),
                feature("1980-atlantis", POLYGON),
                feature("1980-irsta", open),
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + POLYGON + "}",
                feature("1980-centrum", POLYGON),
                "{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}");

        JsonPath problem = asCoordinator().filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON)
                .body(body)
                .when().put("/api/v1/areas/boundaries")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:import-rejected"))
                .body("detail", startsWith("5 of 6 features are invalid, so no boundary was stored."))
                .extract().jsonPath();
        assertThat(problem.getList("errors.row", Integer.class)).containsExactly(2, 3, 4, 5, 6);
        assertThat(problem.getList("errors.field", String.class)).containsExactly(
                "features[1].properties.code", "features[2].geometry.coordinates[0]",
                "features[3].properties.code", "features[4].properties.code", "features[5].type");
        assertThat(problem.getList("errors.message", String.class)).containsExactly(
                "is not a known area code: '1980-atlantis'",
                "is not closed: its last position must repeat its first, [16.54, 59.6]",
                "is missing: it names the area",
                "'1980-centrum' was already given in feature 1",
                "must be Feature");
        assertThat(boundaryOf("1980-centrum").get("geometry")).as("the valid first feature").isNull();
    }

    @Test
    void aBodyThatIsNotAFeatureCollectionIsAProblemNamingTheMember() {
        asCoordinator().filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON).body(POLYGON)
                .when().put("/api/v1/areas/boundaries")
                .then().statusCode(400)
                .body("errors.field", contains("type"));
        asCoordinator().filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON)
                .body("{\"type\":\"FeatureCollection\",\"features\":[]}")
                .when().put("/api/v1/areas/boundaries")
                .then().statusCode(400)
                .body("errors.field", contains("features"));
    }

    // ---- who may call what ----

    static Stream<Arguments> rolesAndWrites() {
        List<Arguments> cases = new ArrayList<>();
        for (String operation : List.of("replaceAreaBoundary", "replaceAreaBoundaries", "deleteAreaBoundary")) {
            cases.add(Arguments.of(operation, "anonymous", 401));
            cases.add(Arguments.of(operation, "viewer", 403));
            cases.add(Arguments.of(operation, "partner", 403));
            cases.add(Arguments.of(operation, "editor", 403));
            cases.add(Arguments.of(operation, "coordinator", "deleteAreaBoundary".equals(operation) ? 204 : 200));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("rolesAndWrites")
    void onlyTheCoordinatorChangesBoundaries(String operation, String role, int status) {
        RequestSpecification request = as(role).filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON);
        var response = switch (operation) {
            case "replaceAreaBoundary" -> request.body(POLYGON).when().put("/api/v1/areas/1980-centrum/boundary");
            case "replaceAreaBoundaries" -> request.body(collection(feature("1980-centrum", POLYGON)))
                    .when().put("/api/v1/areas/boundaries");
            default -> request.when().delete("/api/v1/areas/1980-centrum/boundary");
        };
        response.then().statusCode(status);
        if (status >= 400) {
            response.then().contentType("application/problem+json");
            assertThat(boundaryOf("1980-centrum").get("geometry")).isNull();
        }
    }

    @ParameterizedTest(name = "as {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "anonymous", "viewer", "partner", "editor",
            "coordinator" })
    void everyoneReadsBoundaries(String role) {
        as(role).filter(Contract.VALIDATED).queryParam("parent", "1980")
                .when().get("/api/v1/areas/boundaries")
                .then().statusCode(200)
                .body("features.id", hasItem("1980-centrum"));
    }

    // ---- the schematic demo boundaries ----

    @Test
    void theDemoMigrationGivesEveryDistrictAndLocalityAValidNonOverlappingSchematicBoundary() throws IOException {
        runDemoMigration();

        JsonPath collection = boundaries();
        List<Map<String, Object>> features = collection.getList("features");
        assertThat(features).hasSize(26);
        assertThat(collection.getList("features.properties.demo", Boolean.class)).containsOnly(true);

        ObjectMapper mapper = new ObjectMapper();
        List<double[][]> rings = new ArrayList<>();
        for (Map<String, Object> feature : features) {
            JsonNode geometry = mapper.valueToTree(feature.get("geometry"));
            assertThat(BoundaryGeometry.check(geometry, "", null).errors()).as("%s", feature.get("id")).isEmpty();
            assertThat(geometry.path("type").asText()).isEqualTo("Polygon");
            JsonNode ring = geometry.path("coordinates").path(0);
            double[][] points = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                points[i] = new double[] { ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble() };
            }
            rings.add(points);
        }
        // Centrum holds the city centre; no area's inner point lies inside another area
        int centrum = collection.getList("features.id").indexOf("1980-centrum");
        assertThat(inside(16.55, 59.61, rings.get(centrum))).isTrue();
        for (int a = 0; a < rings.size(); a++) {
            double[] point = innerPoint(rings.get(a));
            assertThat(inside(point[0], point[1], rings.get(a))).as("inner point of %s", features.get(a).get("id"))
                    .isTrue();
            for (int b = 0; b < rings.size(); b++) {
                if (a != b) {
                    assertThat(inside(point[0], point[1], rings.get(b))).as("%s inside %s",
                            features.get(a).get("id"), features.get(b).get("id")).isFalse();
                }
            }
        }
        // Skultuna lies north of Centrum, Irsta south-east
        int skultuna = collection.getList("features.id").indexOf("1980-skultuna");
        assertThat(rings.get(skultuna)[0][1]).isGreaterThan(59.7);
        int irsta = collection.getList("features.id").indexOf("1980-irsta");
        assertThat(rings.get(irsta)[0][1]).isLessThan(59.61);
        assertThat(rings.get(irsta)[0][0]).isGreaterThan(16.55);
    }

    @Test
    void theDemoMigrationLeavesARealBoundaryAlone() throws IOException {
        asCoordinator().filter(Contract.VALIDATED).contentType(ContentType.JSON).body(POLYGON)
                .when().put("/api/v1/areas/1980-centrum/boundary").then().statusCode(200);

        runDemoMigration();

        Map<String, Object> centrum = boundaryOf("1980-centrum");
        assertThat(centrum.get("properties")).asString().contains("demo=false");
        assertThat(centrum.get("geometry")).asString().contains("16.54");
        assertThat(boundaryOf("1980-irsta").get("properties")).asString().contains("demo=true");
    }

    private void runDemoMigration() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/demo/R__demo_area_boundaries.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (String statement : sql.replaceAll("(?m)--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    em.createNativeQuery(statement).executeUpdate();
                }
            }
        });
    }

    /** A point inside a sector or hexagon: the middle between its vertex average and its first inner vertex. */
    private static double[] innerPoint(double[][] ring) {
        double x = 0;
        double y = 0;
        for (int i = 0; i < ring.length - 1; i++) {
            x += ring[i][0];
            y += ring[i][1];
        }
        return new double[] { x / (ring.length - 1), y / (ring.length - 1) };
    }

    /** Ray casting. */
    private static boolean inside(double x, double y, double[][] ring) {
        boolean in = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            if ((ring[i][1] > y) != (ring[j][1] > y)
                    && x < (ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                in = !in;
            }
        }
        return in;
    }
}
