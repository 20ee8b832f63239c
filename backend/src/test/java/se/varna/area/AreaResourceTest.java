package se.varna.area;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AreaResourceTest {

    @Test
    void theMunicipalityIsTheRootWithTwentyDistrictsAndSixLocalities() {
        JsonPath tree = given().filter(Contract.VALIDATED)
                .when().get("/api/v1/areas")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].code", equalTo("1980"))
                .body("items[0].name", equalTo("Västerås"))
                .body("items[0].type", equalTo("municipality"))
                .body("items[0].parentId", nullValue())
                .extract().jsonPath();

        List<Map<String, Object>> children = tree.getList("items[0].children");
        assertThat(children).hasSize(26);
        assertThat(children).filteredOn(c -> "district".equals(c.get("type"))).hasSize(20);
        assertThat(children).filteredOn(c -> "locality".equals(c.get("type"))).extracting(c -> c.get("name"))
                .containsExactly("Barkarö", "Dingtuna", "Irsta", "Kärrbo", "Skultuna", "Tillberga");
        assertThat(children).extracting(c -> c.get("code")).contains("1980-centrum", "1980-onsta-gryta",
                "1980-oster-malarstrand", "1980-backby");
        assertThat(children).allSatisfy(c -> assertThat(c.get("parentId")).isEqualTo(tree.get("items[0].id")));
    }

    @Test
    void withoutYearThePopulationIsOfTheLatestYearAndDemo() {
        given().filter(Contract.VALIDATED)
                .when().get("/api/v1/areas")
                .then().statusCode(200)
                .body("year", equalTo(2025))
                .body("years", contains(2019, 2020, 2021, 2022, 2023, 2024, 2025))
                .body("items[0].population.demo", equalTo(true));
    }

    @Test
    void theMunicipalitysPopulationIsTheSumOfItsChildren() {
        JsonPath tree = given().filter(Contract.VALIDATED)
                .queryParam("year", 2022)
                .when().get("/api/v1/areas")
                .then().statusCode(200)
                .body("year", equalTo(2022))
                .extract().jsonPath();

        Map<String, Object> municipality = tree.getMap("items[0].population");
        List<Map<String, Object>> children = tree.getList("items[0].children.population");
        for (String figure : List.of("total", "female", "male")) {
            long sum = children.stream().mapToLong(p -> ((Number) p.get(figure)).longValue()).sum();
            assertThat(((Number) municipality.get(figure)).longValue()).as(figure).isEqualTo(sum);
        }
        assertThat(((Number) municipality.get("total")).longValue())
                .isEqualTo(((Number) municipality.get("female")).longValue()
                        + ((Number) municipality.get("male")).longValue())
                .isBetween(155_000L, 160_000L);

        List<Map<String, Object>> ageGroups = tree.getList("items[0].population.ageGroups");
        assertThat(ageGroups).extracting(a -> a.get("ageGroup"))
                .containsExactly("0-14", "15-17", "18-24", "25-44", "45-64", "65plus");
        for (int i = 0; i < ageGroups.size(); i++) {
            int index = i;
            long sum = children.stream()
                    .mapToLong(p -> ((Number) ((Map<?, ?>) ((List<?>) p.get("ageGroups")).get(index)).get("total"))
                            .longValue())
                    .sum();
            assertThat(((Number) ageGroups.get(i).get("total")).longValue()).as("age group %s",
                    ageGroups.get(i).get("ageGroup")).isEqualTo(sum);
        }
    }

    @Test
    void theDemoPopulationGrowsEveryYear() {
        long previous = 0;
        for (int year = 2019; year <= 2025; year++) {
            long total = ((Number) given().queryParam("year", year).when().get("/api/v1/areas")
                    .then().statusCode(200).extract().path("items[0].population.total")).longValue();
            assertThat(total).as("population %d", year).isGreaterThan(previous).isBetween(155_000L, 160_000L);
            previous = total;
        }
    }

    @Test
    void aYearWithoutFiguresHasNoPopulation() {
        given().filter(Contract.VALIDATED)
                .queryParam("year", 2030)
                .when().get("/api/v1/areas")
                .then().statusCode(200)
                .body("year", equalTo(2030))
                .body("items[0].population", nullValue())
                .body("items[0].children[0].population", nullValue());
    }

    @Test
    void yearOutOfRangeIsAProblemNamingTheParameter() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .queryParam("year", 20250)
                .when().get("/api/v1/areas")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("year"))
                .body("errors[0].message", equalTo("must be between 1900 and 2100"));
    }

    @Test
    void yearOutOfRangeIsExplainedInSwedishForASwedishReader() {
        given().filter(Contract.RESPONSES_VALIDATED).header("Accept-Language", "sv")
                .queryParam("year", 1899)
                .when().get("/api/v1/areas")
                .then().statusCode(400).header("Content-Language", "sv")
                .body("errors.field", contains("year"))
                .body("errors[0].message", equalTo("måste vara mellan 1900 och 2100"));
    }
}
