package se.varna.indicator;

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
class IndicatorResourceTest {

    @Test
    void anonymousReadsTheFourteenIndicatorsOfThePolicyAndGoalSixsShareOrderedByCode() {
        given().filter(Contract.VALIDATED)
                .when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("total", equalTo(15))
                .body("items.code", contains("ANMALDA_NARKOTIKABROTT", "ANMALDA_SKADEGORELSE", "ANMALDA_VALDSBROTT",
                        "FRAMTIDSTRO", "FULLFOLJD_GYMNASIEEXAMEN", "GYMNASIEBEHORIGHET", "NOJDHET_MOTESPLATSER",
                        "PROVAT_NARKOTIKA", "SAMVERKAN_ATAGANDEN", "SKOLNARVARO", "SYSSELSATTNING", "TILLIT",
                        "TRYGGHET_SKOLA",
                        "TRYGGHET_VASTERAS", "UTSATTHET_VALD"));
    }

    @Test
    void everyIndicatorHasNamesADefinitionAnOwnerAndAGoal() {
        List<Map<String, Object>> items = given().filter(Contract.VALIDATED)
                .when().get("/api/v1/indicators")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");

        assertThat(items).hasSize(15).allSatisfy(indicator -> {
            assertThat(indicator.get("name")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsKeys("sv", "en");
            assertThat(indicator.get("owner")).as("owner of %s", indicator.get("code")).isNotNull();
            assertThat((List<?>) indicator.get("goals")).as("goals of %s", indicator.get("code")).hasSize(1);
        });
    }

    @Test
    void theEmploymentRateComesFromKoladaAndFollowsTheFirstGoal() {
        JsonPath page = given().filter(Contract.VALIDATED)
                .when().get("/api/v1/indicators")
                .then().statusCode(200).extract().jsonPath();
        int id = page.getInt("items.find { it.code == 'SYSSELSATTNING' }.id");

        given().filter(Contract.VALIDATED)
                .when().get("/api/v1/indicators/{id}", id)
                .then().statusCode(200)
                .body("name.sv", equalTo("Sysselsättningsgrad"))
                .body("unit", equalTo("percent"))
                .body("direction", equalTo("higherIsBetter"))
                .body("source", equalTo("kolada"))
                .body("sourceReference", equalTo("N00914"))
                .body("owner.code", equalTo("stadsledningskontoret"))
                .body("goals.number", contains(1));
    }

    @Test
    void reportedViolentCrimesAreARateWhereLowerIsBetter() {
        JsonPath page = given().when().get("/api/v1/indicators").then().extract().jsonPath();
        Map<String, Object> violence = page.getMap("items.find { it.code == 'ANMALDA_VALDSBROTT' }");

        // Kolada's N07403 once; now computed from the crime statistics' violent-crime group
        assertThat(violence).containsEntry("unit", "ratePer100k")
                .containsEntry("direction", "lowerIsBetter")
                .containsEntry("source", "police")
                .containsEntry("computation", Map.of("from", "crimeStatistics", "category", "valdsbrott"));
    }

    @Test
    void indicatorsOfOneGoalAreOnlyThoseThatFollowIt() {
        int goalFive = given().when().get("/api/v1/goals").then().extract().path("items[4].id");

        given().filter(Contract.VALIDATED)
                .queryParam("goal", goalFive)
                .when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.code", contains("ANMALDA_VALDSBROTT", "UTSATTHET_VALD"));
    }

    @Test
    void indicatorsOfOneGoalComeInTheOrderThePolicyListsThem() {
        int goalOne = given().when().get("/api/v1/goals").then().extract().path("items[0].id");

        given().filter(Contract.VALIDATED)
                .queryParam("goal", goalOne)
                .when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("items.code", contains("TILLIT", "FRAMTIDSTRO", "SYSSELSATTNING"));
    }

    @Test
    void theCollaborationGoalHasTheShareOfAgreementCommitmentsOnly() {
        int goalSix = given().when().get("/api/v1/goals").then().extract().path("items[5].id");

        given().filter(Contract.VALIDATED)
                .queryParam("goal", goalSix)
                .when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].code", equalTo("SAMVERKAN_ATAGANDEN"))
                .body("items[0].computation.from", equalTo("agreementCommitments"));
    }

    @Test
    void surveyIndicatorWithoutSourceReferenceAnswersNull() {
        JsonPath page = given().when().get("/api/v1/indicators").then().extract().jsonPath();
        int id = page.getInt("items.find { it.code == 'TILLIT' }.id");

        given().filter(Contract.VALIDATED)
                .when().get("/api/v1/indicators/{id}", id)
                .then().statusCode(200)
                .body("sourceReference", nullValue())
                .body("disaggregations", contains("area", "sex", "ageGroup"));
    }

    @Test
    void unknownIndicatorIsNotFoundProblem() {
        given().filter(Contract.VALIDATED)
                .when().get("/api/v1/indicators/{id}", 987654)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No indicator with id 987654."));
    }

    @Test
    void nonNumericGoalFilterIsAProblemNamingTheParameter() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .queryParam("goal", "trust")
                .when().get("/api/v1/indicators")
                .then().statusCode(400)
                .body("errors.field", contains("goal"));
    }
}
