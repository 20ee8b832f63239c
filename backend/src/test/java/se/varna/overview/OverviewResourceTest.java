package se.varna.overview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * The start page's summary: each number is what the operation behind it answers the same
 * caller, asked here through those operations rather than written down.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class OverviewResourceTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    static final String EDITOR_KFF = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");
    static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");
    static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");
    static final String MUNICIPALITY = "1980";

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    static JsonPath get(String token, String path, Object... params) {
        return as(token).when().get(path, params).then().statusCode(200).extract().jsonPath();
    }

    /** An ongoing measure of the KFF editor's aiming at the goal, started on the day. */
    static long measure(long goal, String startDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Överblick " + UUID.randomUUID().toString().substring(0, 8));
        body.put("preventionType", "social");
        body.put("preventionLevel", "primary");
        body.put("status", "ongoing");
        body.put("startDate", startDate);
        body.put("goals", List.of(goal));
        return as(EDITOR_KFF).contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void everyCountEqualsWhatTheOperationBehindItAnswers() {
        List<Integer> goalIds = get(COORDINATOR, "/api/v1/goals").getList("items.id", Integer.class);
        long goal = goalIds.get(1);
        long stale = measure(goal, "2020-03-01");
        long fresh = measure(goal, OffsetDateTime.now().toLocalDate().toString());
        // a value of a recorded (not computed) indicator of the goal
        long indicator = get(COORDINATOR, "/api/v1/indicators?goal={g}", goal)
                .getLong("items.find { it.computation == null }.id");
        as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("period", "2019", "area", MUNICIPALITY, "value", 61.5))
                .when().post("/api/v1/indicators/{id}/values", indicator).then().statusCode(201);

        JsonPath overview = get(COORDINATOR, "/api/v1/overview");

        assertThat(overview.getList("goals.goal.id", Integer.class)).as("the goals of the policy in force")
                .isEqualTo(goalIds);
        for (int i = 0; i < goalIds.size(); i++) {
            String at = "goals[" + i + "].";
            int id = goalIds.get(i);
            JsonPath measures = get(COORDINATOR, "/api/v1/measures?goal={g}&needsFollowUp=true&limit=500", id);
            assertThat(overview.getLong(at + "measuresNeedingFollowUp")).as("goal %d's measures needing follow-up", id)
                    .isEqualTo(measures.getLong("total"));
            assertThat(measures.getList("items.needsFollowUp", Boolean.class)).doesNotContain(false);
            if (id == goal) {
                assertThat(measures.getList("items.id", Long.class)).contains(stale).doesNotContain(fresh);
            }
            Map<String, Integer> counts = new HashMap<>(Map.of("onTrack", 0, "atRisk", 0, "offTrack", 0,
                    "noTarget", 0, "unknown", 0, "noValue", 0));
            for (Integer ind : get(COORDINATOR, "/api/v1/indicators?goal={g}", id).getList("items.id", Integer.class)) {
                JsonPath values = get(COORDINATOR,
                        "/api/v1/indicators/{id}/values?area={a}&sex=total&ageGroup=total", ind, MUNICIPALITY);
                String status = values.get("series[0].latest") == null ? "noValue" : values.getString("series[0].status");
                counts.merge(status, 1, Integer::sum);
            }
            assertThat(overview.getMap(at + "indicatorStatus")).as("goal %d's indicator statuses", id)
                    .isEqualTo(counts);
        }
        int recorded = goalIds.indexOf((int) goal);
        assertThat(overview.getInt("goals[" + recorded + "].indicatorStatus.noValue"))
                .as("the recorded value counts").isLessThan(
                        get(COORDINATOR, "/api/v1/indicators?goal={g}", goal).getList("items").size());

        // the report: the one of the named half-year in the reports list, if any
        String period = overview.getString("statusReport.period");
        List<Map<String, Object>> reports = get(COORDINATOR, "/api/v1/reports?limit=500").getList("items");
        Object reportId = reports.stream().filter(r -> "halfYear".equals(r.get("kind")) && period.equals(r.get("period")))
                .map(r -> r.get("id")).findFirst().orElse(null);
        assertThat((Object) overview.get("statusReport.report.id")).isEqualTo(reportId);
        assertThat(overview.getString("statusReport.deadline")).isGreaterThan(period.substring(0, 4));

        // the failed imports: the failed jobs of the imports list that finished since `since`
        OffsetDateTime since = OffsetDateTime.parse(overview.getString("failedImports.since"));
        List<Map<String, Object>> jobs = get(COORDINATOR, "/api/v1/crime-statistics/imports?limit=500").getList("items");
        long failed = jobs.stream().filter(j -> "failed".equals(j.get("state")) && j.get("finishedAt") != null
                && !OffsetDateTime.parse((String) j.get("finishedAt")).isBefore(since)).count();
        assertThat(overview.getLong("failedImports.count")).isEqualTo(failed);

        // the plan's gaps: the lengths of the gaps operation's lists
        if (overview.get("actionPlan") != null) {
            JsonPath gaps = get(COORDINATOR, "/api/v1/action-plans/{id}/gaps", overview.getLong("actionPlan.id"));
            for (String list : List.of("problemsWithoutAction", "actionsWithoutProblem", "actionsWithoutMeasure",
                    "measuresWithoutRecentUpdate")) {
                assertThat(overview.getInt("actionPlan." + list)).as(list).isEqualTo(gaps.getList(list).size());
            }
        }
    }

    @Test
    void everySignedInRoleReadsItAndSeesOnlyWhatItMayList() {
        given().filter(Contract.RESPONSES_VALIDATED).when().get("/api/v1/overview").then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.user("utan-roll", "kommunstyrelsen")).when().get("/api/v1/overview")
                .then().statusCode(403).contentType("application/problem+json");
        // imports: partners and the coordinator list them; gaps: not partners
        as(VIEWER).when().get("/api/v1/overview").then().statusCode(200)
                .body("failedImports", nullValue()).body("statusReport.period", notNullValue());
        as(EDITOR_KFF).when().get("/api/v1/overview").then().statusCode(200).body("failedImports", nullValue());
        as(PARTNER).when().get("/api/v1/overview").then().statusCode(200)
                .body("actionPlan", nullValue()).body("failedImports.count", notNullValue());
        as(COORDINATOR).when().get("/api/v1/overview").then().statusCode(200)
                .body("failedImports.count", notNullValue())
                .body("goals.size()", equalTo(get(COORDINATOR, "/api/v1/goals").getList("items").size()));
    }
}
