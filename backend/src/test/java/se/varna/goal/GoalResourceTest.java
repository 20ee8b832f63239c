package se.varna.goal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

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
class GoalResourceTest {

    @Test
    void anonymousReadsTheSixGoalsOfThePolicyInForce() {
        JsonPath page = given().filter(Contract.VALIDATED)
                .when().get("/api/v1/goals")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("limit", equalTo(100))
                .body("offset", equalTo(0))
                .body("items.number", contains(1, 2, 3, 4, 5, 6))
                .extract().jsonPath();

        assertThat(page.getList("items.title.sv", String.class)).containsExactly(
                "Invånare i Västerås känner delaktighet och tillit till människor och samhälle",
                "Mötesplatser och utemiljöer i Västerås är trygga och säkra",
                "Bekämpa förekomsten av narkotika och langning i Västerås",
                "Barn och unga är trygga i skolan",
                "Bekämpa förekomsten av brottsligt våld i Västerås",
                "Västerås stad har ett bra samarbete med ansvariga myndigheter, näringsliv och civilsamhälle");
        assertThat(page.getString("items[0].description.sv")).startsWith("Med tillit menas förtroende");
        assertThat(page.getList("items.title.en", String.class)).allSatisfy(en -> assertThat(en).isNotBlank());
        assertThat(page.getList("items.sdgs")).containsExactly(
                List.of(16, 8), List.of(11, 16), List.of(3, 16), List.of(4, 16), List.of(16), List.of(16, 17));
    }

    @Test
    void eachGoalListsTheIndicatorsThePolicyNamesForItInThePolicysOrder() {
        List<Map<String, Object>> goals = given().filter(Contract.VALIDATED)
                .when().get("/api/v1/goals")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");

        List<List<Object>> codesPerGoal = goals.stream().map(g -> ((List<?>) g.get("indicators")).stream()
                .map(i -> (Object) ((Map<?, ?>) i).get("code")).toList()).toList();
        assertThat(codesPerGoal).containsExactly(
                        List.<Object>of("TILLIT", "FRAMTIDSTRO", "SYSSELSATTNING"),
                        List.<Object>of("ANMALDA_SKADEGORELSE", "TRYGGHET_VASTERAS", "NOJDHET_MOTESPLATSER"),
                        List.<Object>of("ANMALDA_NARKOTIKABROTT", "PROVAT_NARKOTIKA"),
                        List.<Object>of("GYMNASIEBEHORIGHET", "FULLFOLJD_GYMNASIEEXAMEN", "TRYGGHET_SKOLA", "SKOLNARVARO"),
                        List.<Object>of("ANMALDA_VALDSBROTT", "UTSATTHET_VALD"),
                        // the policy names none for goal 6: Värna computes its share of commitments
                        List.<Object>of("SAMVERKAN_ATAGANDEN"));
    }

    @Test
    void pagingWindowsTheGoalsButCountsThemAll() {
        given().filter(Contract.VALIDATED)
                .queryParam("limit", 2).queryParam("offset", 2)
                .when().get("/api/v1/goals")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("limit", equalTo(2))
                .body("offset", equalTo(2))
                .body("items.number", contains(3, 4));
    }

    @Test
    void goalsOfTheNamedPolicyAreTheSameAsOfThePolicyInForce() {
        int policyId = given().when().get("/api/v1/policies").then().statusCode(200)
                .extract().path("items[0].id");

        given().filter(Contract.VALIDATED)
                .queryParam("policy", policyId)
                .when().get("/api/v1/goals")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.policyId", hasSize(6));
    }

    @Test
    void goalsOfAnUnknownPolicyAreAnEmptyPage() {
        given().filter(Contract.VALIDATED)
                .queryParam("policy", 987654)
                .when().get("/api/v1/goals")
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("items", hasSize(0));
    }

    @Test
    void oneGoalIsAnsweredWithItsIndicators() {
        int id = given().when().get("/api/v1/goals").then().extract().path("items[3].id");

        given().filter(Contract.VALIDATED)
                .when().get("/api/v1/goals/{id}", id)
                .then().statusCode(200)
                .body("number", equalTo(4))
                .body("title.sv", equalTo("Barn och unga är trygga i skolan"))
                .body("title.en", equalTo("Children and young people are safe at school"))
                .body("indicators.code", contains("GYMNASIEBEHORIGHET", "FULLFOLJD_GYMNASIEEXAMEN",
                        "TRYGGHET_SKOLA", "SKOLNARVARO"))
                .body("indicators[0].unit", equalTo("percent"))
                .body("indicators[0].direction", equalTo("higherIsBetter"));
    }

    @Test
    void unknownGoalIsNotFoundProblem() {
        given().filter(Contract.VALIDATED)
                .when().get("/api/v1/goals/{id}", 987654)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No goal with id 987654."))
                .body("instance", equalTo("/api/v1/goals/987654"));
    }

    @Test
    void nonNumericGoalIdIsAProblemNamingTheParameter() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .when().get("/api/v1/goals/{id}", "first")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("id"))
                .body("errors[0].message", startsWith("must be a whole number"));
    }

    @Test
    void limitAboveMaximumIsAProblemNamingTheParameter() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .queryParam("limit", 501)
                .when().get("/api/v1/goals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", contains("limit"))
                .body("errors[0].message", equalTo("must be between 1 and 500"));
    }

    @Test
    void nonNumericPolicyIsAProblemNamingTheParameter() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .queryParam("policy", "current")
                .when().get("/api/v1/goals")
                .then().statusCode(400)
                .body("errors.field", contains("policy"));
    }
}
