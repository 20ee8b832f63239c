package se.varna.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.varna.policy.PolicyRevisionTest.as;
import static se.varna.policy.PolicyRevisionTest.goalBody;
import static se.varna.policy.PolicyRevisionTest.policyBody;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import se.varna.support.EmbeddedPostgresResource;

/**
 * An indicator's status in a period is judged against the baseline and target of the policy in
 * force on the period's first day, the indicator's own only where that policy sets none: the
 * indicator pages and the start page (today's policy) and the half-year report (its half-year's
 * policy) judge by the one rule. The test's indicator sets its own target (50) below the one the
 * 2020–2025 policy sets (80), so a status judged by the wrong one shows.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class IndicatorStatusByPolicyTest {

    static final String CODE = "TEST_POLICY_STATUS";
    static final String COORDINATOR = PolicyRevisionTest.COORDINATOR;

    @Inject
    EntityManager em;

    private final List<Long> policies = new ArrayList<>();
    private final List<Long> reports = new ArrayList<>();
    private long indicator;

    @BeforeEach
    void anIndicatorWhoseOwnTargetIsBelowThePolicys() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", CODE);
        body.put("name", Map.of("sv", "Testmått för policyns mål", "en", "Test of the policy's target"));
        body.put("description", Map.of("sv", "Ett mått för test.", "en", "A measure for tests."));
        body.put("unit", "percent");
        body.put("direction", "higherIsBetter");
        body.put("source", "kolada");
        body.put("sourceReference", "N99002");
        body.put("frequency", "yearly");
        body.put("disaggregations", List.of());
        body.put("ageGroups", List.of());
        body.put("owner", "hallbarhetsenheten");
        body.put("goals", List.of(oldGoals().get(1)));
        body.put("baseline", Map.of("period", "2019", "value", 40));
        body.put("targets", List.of(Map.of("year", 2025, "value", 50)));
        indicator = as(COORDINATOR).contentType(ContentType.JSON).body(body).when().post("/api/v1/indicators")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        record("2024", 60);
        record("2025", 62);
        // the adopted 2020–2025 policy cannot be edited through the API: its figures set here
        QuarkusTransaction.requiringNew().run(() -> {
            long link = ((Number) em.createNativeQuery("select pi.id from policy_indicator pi join policy p on "
                    + "p.id = pi.policy_id where p.code = '2020-2025' and pi.indicator_id = ?1")
                    .setParameter(1, indicator).getSingleResult()).longValue();
            em.createNativeQuery("update policy_indicator set baseline_value = 45, baseline_period = '2019' "
                    + "where id = ?1").setParameter(1, link).executeUpdate();
            em.createNativeQuery("delete from policy_indicator_target where policy_indicator_id = ?1")
                    .setParameter(1, link).executeUpdate();
            em.createNativeQuery("insert into policy_indicator_target (policy_indicator_id, year, value, demo) "
                    + "values (?1, 2025, 80, false)").setParameter(1, link).executeUpdate();
        });
    }

    @AfterEach
    void removeWhatTheTestMade() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (long id : reports) {
                em.createNativeQuery("delete from document_history where document_kind = 'report' and document_id = ?1")
                        .setParameter(1, id).executeUpdate();
                em.createNativeQuery("delete from report where id = ?1").setParameter(1, id).executeUpdate();
            }
            for (long id : policies) {
                em.createNativeQuery("delete from document_history where document_kind = 'policy' and document_id = ?1")
                        .setParameter(1, id).executeUpdate();
                em.createNativeQuery("delete from policy_crosswalk where policy_id = ?1").setParameter(1, id)
                        .executeUpdate();
                em.createNativeQuery("delete from policy_indicator where policy_id = ?1").setParameter(1, id)
                        .executeUpdate();
                em.createNativeQuery("delete from goal where policy_id = ?1").setParameter(1, id).executeUpdate();
                em.createNativeQuery("delete from policy where id = ?1").setParameter(1, id).executeUpdate();
            }
            em.createNativeQuery("delete from indicator_value where indicator_id = ?1").setParameter(1, indicator)
                    .executeUpdate();
            em.createNativeQuery("delete from goal_indicator where indicator_id = ?1").setParameter(1, indicator)
                    .executeUpdate();
            em.createNativeQuery("delete from indicator where id = ?1").setParameter(1, indicator).executeUpdate();
        });
        reports.clear();
        policies.clear();
    }

    @Test
    void anIndicatorIsJudgedByThePolicysTargetNotItsOwn() {
        // 62 meets its own 50, but not the policy's 80, and moves too slowly to reach it by 2025's end
        JsonPath now = values();
        assertThat(now.getString("series[0].status")).as("status on /indicators").isEqualTo("atRisk");
        assertThat(now.getDouble("series[0].target.value")).isEqualTo(80.0);
        assertThat(now.getString("series[0].targetFrom")).isEqualTo("policy");
        assertThat(now.getDouble("series[0].changeFromBaseline")).as("from the policy's baseline 45").isEqualTo(17.0);
        assertThat(now.getString("judgedAgainst.policyCode")).isEqualTo("2020-2025");
        assertThat(now.getString("judgedAgainst.baselineFrom")).isEqualTo("policy");
        assertThat(now.getList("judgedAgainst.policyTargets.value", Float.class)).containsExactly(80.0f);
        assertThat(now.getList("targets.value", Float.class)).as("the indicator's own, as stored").containsExactly(50.0f);

        // the half-year report of 2025H2 judges it the same way
        JsonPath report = reportIndicator("2025H2");
        assertThat(report.getString("series.status")).isEqualTo("atRisk");
        assertThat(report.getDouble("series.target.value")).isEqualTo(80.0);
        assertThat(report.getDouble("baseline.value")).isEqualTo(45.0);

        // where the policy sets no target, the indicator's own applies
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from policy_indicator_target where "
                + "policy_indicator_id in (select id from policy_indicator where indicator_id = ?1)")
                .setParameter(1, indicator).executeUpdate());
        JsonPath fallback = values();
        assertThat(fallback.getString("series[0].status")).isEqualTo("onTrack");
        assertThat(fallback.getDouble("series[0].target.value")).isEqualTo(50.0);
        assertThat(fallback.getString("series[0].targetFrom")).isEqualTo("indicator");
    }

    @Test
    void eachHalfYearIsJudgedByItsOwnPolicysFiguresAndTheStartPageAndGoalsAgree() {
        Map<Integer, Long> old = oldGoals();
        Response draft = as(COORDINATOR).contentType(ContentType.JSON).body(policyBody(2026, 2030))
                .when().post("/api/v1/policies");
        draft.then().statusCode(201);
        long id = draft.jsonPath().getLong("id");
        policies.add(id);
        Response goal = as(COORDINATOR).header("If-Match", "\"" + draft.jsonPath().getLong("version") + "\"").contentType(ContentType.JSON)
                .body(goalBody(1, "Allt i ett")).when().post("/api/v1/policies/{id}/goals", id);
        goal.then().statusCode(201);
        long newGoal = goal.jsonPath().getLong("goals[0].id");
        List<Map<String, Object>> entries = new ArrayList<>();
        old.values().forEach(g -> entries.add(Map.of("from", g, "to", List.of(newGoal))));
        Response crosswalk = as(COORDINATOR).header("If-Match", goal.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("entries", entries)).when().put("/api/v1/policies/{id}/crosswalk", id);
        crosswalk.then().statusCode(200);
        // the new policy sets 60 for 2027: 62 meets it
        Response linked = as(COORDINATOR).header("If-Match", crosswalk.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("indicator", indicator, "carryOverFrom", old.get(1), "targets",
                        List.of(Map.of("year", 2027, "value", 60))))
                .when().post("/api/v1/policies/{id}/goals/{number}/indicators", id, 1);
        linked.then().statusCode(201);
        as(COORDINATOR).header("If-Match", linked.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("decision", Map.of("body", "Kommunfullmäktige", "date", "2025-11-27", "paragraph",
                        "§ 212", "diaryNumber", "KS 2025/00412"), "effectiveFrom", "2026-01-01"))
                .when().post("/api/v1/policies/{id}/adoption", id).then().statusCode(200);

        // 2025H2 is the old policy's: 80, at risk; 2026H1 the new one's: 60, on track
        JsonPath h2 = reportIndicator("2025H2");
        assertThat(h2.getString("series.status")).isEqualTo("atRisk");
        assertThat(h2.getDouble("series.target.value")).isEqualTo(80.0);
        JsonPath h1 = reportIndicator("2026H1");
        assertThat(h1.getString("series.status")).isEqualTo("onTrack");
        assertThat(h1.getDouble("series.target.value")).isEqualTo(60.0);
        assertThat(h1.getInt("series.target.year")).isEqualTo(2027);
        assertThat(h1.getString("series.targetFrom")).isEqualTo("policy");

        // today the new policy is in force: /indicators, /goals and the start page say what 2026H1 says
        JsonPath now = values();
        assertThat(now.getString("series[0].status")).isEqualTo(h1.getString("series.status"));
        assertThat(now.getDouble("series[0].target.value")).isEqualTo(60.0);
        assertThat(now.getString("judgedAgainst.policyCode")).isEqualTo("2026-2030");
        JsonPath goals = given().when().get("/api/v1/goals").then().statusCode(200).extract().jsonPath();
        assertThat(goals.getLong("items[0].id")).isEqualTo(newGoal);
        assertThat(goals.getList("items[0].indicators.code", String.class)).containsExactly(CODE);
        assertThat(goals.getList("items[0].indicators[0].targets.value", Float.class)).containsExactly(60.0f);
        JsonPath overview = as(COORDINATOR).when().get("/api/v1/overview").then().statusCode(200).extract()
                .jsonPath();
        assertThat(overview.getLong("goals[0].goal.id")).isEqualTo(newGoal);
        assertThat(overview.getInt("goals[0].indicatorStatus.onTrack")).as("the start page's glance").isEqualTo(1);
        assertThat(overview.getInt("goals[0].indicatorStatus.atRisk")).isEqualTo(0);
    }

    // ---- helpers -------------------------------------------------------------------------

    private void record(String period, double value) {
        as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", period, "area", "1980", "value", value))
                .when().post("/api/v1/indicators/{id}/values", indicator).then().statusCode(201);
    }

    private JsonPath values() {
        return as(COORDINATOR).queryParam("area", "1980").queryParam("sex", "total").queryParam("ageGroup", "total")
                .when().get("/api/v1/indicators/{id}/values", indicator).then().statusCode(200).extract().jsonPath();
    }

    /** The test's indicator as a fresh draft report of {@code period} shows it. */
    private JsonPath reportIndicator(String period) {
        Response r = as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", period))
                .when().post("/api/v1/reports");
        r.then().statusCode(201);
        reports.add(r.jsonPath().getLong("id"));
        JsonPath content = new JsonPath(r.asString());
        List<Map<String, Object>> goals = content.getList("content.goals");
        for (Map<String, Object> g : goals) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> indicators = (List<Map<String, Object>>) g.get("indicators");
            for (Map<String, Object> i : indicators) {
                @SuppressWarnings("unchecked")
                Map<String, Object> summary = (Map<String, Object>) i.get("indicator");
                if (CODE.equals(summary.get("code"))) {
                    return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(i).toString());
                }
            }
        }
        throw new AssertionError("the report of " + period + " does not list " + CODE);
    }

    private static Map<Integer, Long> oldGoals() {
        long seeded = given().when().get("/api/v1/policies").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '2020-2025' }.id");
        JsonPath policy = given().when().get("/api/v1/policies/{id}", seeded).then().statusCode(200).extract()
                .jsonPath();
        Map<Integer, Long> ids = new HashMap<>();
        List<Map<String, Object>> goals = policy.getList("goals");
        goals.forEach(g -> ids.put((Integer) g.get("number"), ((Number) g.get("id")).longValue()));
        return ids;
    }
}
