package se.varna.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * The to-dos at fixed days: a half-yearly indicator whose 2025H2 value is due three months after
 * the half-year (2026-03-31) is overdue on 2026-05-01 for its owner, listed as coming before, not
 * listed for another organisation, and seen by the coordinator only once it is overdue; who may
 * read to-dos and set lags and reminders, and every kind of bad input.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class TaskResourceTest {

    static final String OWNER = TestTokens.user("tasks-skola", "barn-utbildning", "editor");
    static final String OTHER = TestTokens.user("tasks-kff", "kultur-idrott-fritid", "editor");
    static final String COORDINATOR = TestTokens.user("tasks-samordnare", "hallbarhetsenheten", "coordinator");
    static final String VIEWER = TestTokens.user("tasks-lasare", "kommunstyrelsen", "viewer");
    static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");
    static final String NAME = "Skolenkätens trygghet (uppgiftstest)";

    @Inject
    TaskClock clock;

    long indicator;

    @BeforeEach
    void halfYearlyIndicatorWithItsFirstHalfOf2025() {
        TaskFixtures.removeAll();
        indicator = TaskFixtures.halfYearlyIndicatorWith2025H1("SKOLENKAT", NAME, "barn-utbildning", 3);
    }

    @AfterEach
    void removeIt() {
        clock.reset();
        TaskFixtures.removeAll();
    }

    static JsonPath tasks(String token) {
        return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + token)
                .queryParam("limit", 500)
                .when().get("/api/v1/me/tasks")
                .then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> task(JsonPath page, String title) {
        List<Map<String, Object>> found = page.<Map<String, Object>>getList("items").stream()
                .filter(t -> title.equals(((Map<?, ?>) t.get("title")).get("sv"))).toList();
        assertThat(found).as("to-dos named %s", title).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void halfYearlyIndicatorWithout2025H2IsOverdueOnTheFirstOfMayForItsOwnerOnly() {
        clock.fixAt(LocalDate.of(2026, 5, 1));

        JsonPath owner = tasks(OWNER);
        Map<String, Object> due = task(owner, NAME);
        assertThat(due).as("the owner's to-do for the indicator").isNotNull();
        assertThat(due).containsEntry("kind", "indicatorValue").containsEntry("period", "2025H2")
                .containsEntry("dueDate", "2026-03-31").containsEntry("overdue", true);
        assertThat((Map<String, Object>) due.get("link")).containsEntry("api", "/api/v1/indicators/" + indicator + "/values")
                .containsEntry("web", "/indicators/" + indicator);
        assertThat(((Map<?, ?>) due.get("organisation")).get("code")).isEqualTo("barn-utbildning");
        assertThat(owner.getString("today")).isEqualTo("2026-05-01");
        List<Boolean> overdue = owner.getList("items.overdue");
        assertThat(overdue).as("the overdue first").isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
        assertThat(owner.getList("items.organisation.code")).containsOnly("barn-utbildning");

        assertThat(task(tasks(OTHER), NAME)).as("another organisation's editor's to-dos").isNull();
        assertThat(task(tasks(PARTNER), NAME)).as("the police's to-dos").isNull();
        assertThat(task(tasks(COORDINATOR), NAME)).as("the coordinator sees every overdue to-do").isNotNull();
    }

    @Test
    void aValueNotYetDueIsListedWithinTheHorizonAndTheCoordinatorDoesNotSeeIt() {
        clock.fixAt(LocalDate.of(2026, 3, 15));
        Map<String, Object> coming = task(tasks(OWNER), NAME);
        assertThat(coming).as("due in 16 days").isNotNull().containsEntry("overdue", false);
        assertThat(task(tasks(COORDINATOR), NAME)).as("not overdue, another organisation's").isNull();

        clock.fixAt(LocalDate.of(2026, 1, 15));
        assertThat(task(tasks(OWNER), NAME)).as("due in 75 days, beyond the 30-day horizon").isNull();
    }

    @Test
    void aRecordedValueMovesTheDueDateToTheNextHalfYear() {
        clock.fixAt(LocalDate.of(2026, 5, 1));
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body(Map.of("publicationLagMonths", 0))
                .when().put("/api/v1/indicators/" + indicator + "/due-rule")
                .then().statusCode(200)
                .body("publicationLagMonths", equalTo(0))
                .body("nextPeriod", equalTo("2025H2"))
                .body("dueDate", equalTo("2025-12-31"))
                .body("updatedBy", equalTo("tasks-samordnare"));
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body(Map.of("publicationLagMonths", 3))
                .when().put("/api/v1/indicators/" + indicator + "/due-rule")
                .then().statusCode(200).body("dueDate", equalTo("2026-03-31"));
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + VIEWER)
                .when().get("/api/v1/indicators/" + indicator + "/due-rule")
                .then().statusCode(200).body("publicationLagMonths", equalTo(3)).body("nextPeriod", equalTo("2025H2"));
    }

    @Test
    void onlyTheCoordinatorSetsAPublicationLagAndBadLagsAreNamed() {
        String path = "/api/v1/indicators/" + indicator + "/due-rule";
        for (String token : List.of(OWNER, VIEWER, PARTNER)) {
            given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + token)
                    .contentType(ContentType.JSON).body(Map.of("publicationLagMonths", 9))
                    .when().put(path).then().statusCode(403);
        }
        given().filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON)
                .body(Map.of("publicationLagMonths", 9)).when().put(path).then().statusCode(401);
        given().filter(Contract.RESPONSES_VALIDATED).when().get(path).then().statusCode(401);
        for (Object bad : List.of(25, -1)) {
            given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                    .contentType(ContentType.JSON).body(Map.of("publicationLagMonths", bad))
                    .when().put(path).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("publicationLagMonths"));
        }
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body(Map.of())
                .when().put(path).then().statusCode(400).body("errors.field", contains("publicationLagMonths"));
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body(Map.of("publicationLagMonths", 3))
                .when().put("/api/v1/indicators/999999999/due-rule").then().statusCode(404);
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + VIEWER)
                .when().get(path).then().statusCode(200).body("publicationLagMonths", equalTo(3));
    }

    @Test
    void viewersAndAnonymousCallersHaveNoToDos() {
        given().filter(Contract.RESPONSES_VALIDATED).when().get("/api/v1/me/tasks").then().statusCode(401);
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + VIEWER)
                .when().get("/api/v1/me/tasks").then().statusCode(403);
        for (String token : List.of(VIEWER, PARTNER)) {
            given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + token)
                    .when().get("/api/v1/me/reminders").then().statusCode(403);
        }
        given().filter(Contract.RESPONSES_VALIDATED).when().get("/api/v1/me/reminders").then().statusCode(401);
    }

    @Test
    void anEditorTurnsTheirOwnDigestOffAndOnAgain() {
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + OWNER)
                .when().get("/api/v1/me/reminders")
                .then().statusCode(200).body("weeklyDigest", equalTo(true)).body("eligible", equalTo(true))
                .body("email", equalTo("tasks-skola@vasteras.se"));
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + OWNER)
                .contentType(ContentType.JSON).body(Map.of("weeklyDigest", false))
                .when().put("/api/v1/me/reminders").then().statusCode(200).body("weeklyDigest", equalTo(false));
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + OTHER)
                .when().get("/api/v1/me/reminders").then().statusCode(200).body("weeklyDigest", equalTo(true));
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + OWNER)
                .when().get("/api/v1/me/reminders").then().statusCode(200).body("weeklyDigest", equalTo(false));
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .when().get("/api/v1/me/reminders").then().statusCode(200).body("eligible", equalTo(false));
    }

    @Test
    void aReminderChoiceThatIsNotTrueOrFalseIsNamed() {
        for (Object body : List.of(Map.of(), Map.of("weeklyDigest", "ja"))) {
            given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + OWNER)
                    .contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/me/reminders").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("weeklyDigest"));
        }
    }
}
