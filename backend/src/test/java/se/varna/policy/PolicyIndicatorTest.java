package se.varna.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
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
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * Indicators follow goals per policy, with the baseline and yearly targets of the policy's
 * period: the coordinator carries an indicator over from a goal of 2020–2025 to a draft's goal in
 * one request, and the old policy keeps its own figures. Measures linked to an old goal are
 * listed under each new goal the crosswalk maps it to, every total counting each measure once.
 * Every test removes the policies and measures it made, and restores the figures it changed.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PolicyIndicatorTest {

    static final String COORDINATOR = PolicyRevisionTest.COORDINATOR;
    static final String EDITOR = PolicyRevisionTest.EDITOR;
    static final String VIEWER = PolicyRevisionTest.VIEWER;
    static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");

    @Inject
    EntityManager em;

    private final List<Long> policies = new ArrayList<>();
    private final List<Long> measures = new ArrayList<>();
    private Object[] seededTillit;

    @AfterEach
    void removeWhatTheTestMade() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (long id : measures) {
                em.createNativeQuery("delete from document_history where document_kind = 'measure' and document_id = ?1")
                        .setParameter(1, id).executeUpdate();
                em.createNativeQuery("delete from measure where id = ?1").setParameter(1, id).executeUpdate();
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
            if (seededTillit != null) {
                em.createNativeQuery("update policy_indicator set baseline_value = ?1, baseline_period = ?2, "
                        + "baseline_demo = ?3 where id = ?4").setParameter(1, seededTillit[1])
                        .setParameter(2, seededTillit[2]).setParameter(3, seededTillit[3])
                        .setParameter(4, seededTillit[0]).executeUpdate();
            }
        });
        measures.clear();
        policies.clear();
        seededTillit = null;
    }

    // ---- carrying over ---------------------------------------------------------------------

    @Test
    void carryingAnIndicatorOverIsOneCallAndLeavesTheOldPolicyAsItIs() {
        long tillit = indicatorId("TILLIT");
        long oldGoal1 = oldGoals().get(1);
        setSeededBaseline("TILLIT", "2019", 62.5);
        String oldGoalsBefore = given().when().get("/api/v1/goals").then().statusCode(200).extract().asString();
        long draft = createDraft(2026, 2030);
        String etag = addGoal(draft, etagOf(draft), 1, "Tillit");

        Response carried = link(draft, 1, etag, Map.of("indicator", tillit, "carryOverFrom", oldGoal1,
                "targets", List.of(Map.of("year", 2030, "value", 70), Map.of("year", 2028, "value", 68))));
        carried.then().statusCode(201)
                .header("Location", endsWith("/api/v1/policies/" + draft + "/goals/1/indicators/" + tillit))
                .body("code", equalTo("TILLIT"))
                .body("baseline.period", equalTo("2019"))
                .body("baseline.value", equalTo(62.5f))
                .body("targets.year", contains(2028, 2030))
                .body("targets.value", contains(68.0f, 70.0f))
                .body("carriedOverFrom.id", equalTo((int) oldGoal1));
        assertThat(carried.header("ETag")).isNotEqualTo(etag);

        // the draft's goal lists it with the new period's figures; the old policy is unchanged
        as(VIEWER).queryParam("policy", draft).when().get("/api/v1/goals").then().statusCode(200)
                .body("items[0].indicators.code", contains("TILLIT"))
                .body("items[0].indicators[0].targets.year", contains(2028, 2030))
                .body("items[0].indicators[0].carriedOverFrom.number", equalTo(1));
        assertThat(given().when().get("/api/v1/goals").then().statusCode(200).extract().asString())
                .as("the old policy's goals and figures as before").isEqualTo(oldGoalsBefore);

        // the indicator's read shows each policy's figures; the draft's only to Värna's roles
        as(VIEWER).when().get("/api/v1/indicators/{id}", tillit).then().statusCode(200)
                .body("policies.policyCode", contains("2026-2030", "2020-2025"))
                .body("policies[0].goals.number", contains(1))
                .body("policies[0].targets.year", contains(2028, 2030))
                .body("policies[1].baseline.value", equalTo(62.5f))
                .body("policies[1].targets.year", not2026to2030());
        given().when().get("/api/v1/indicators/{id}", tillit).then().statusCode(200)
                .body("policies.policyCode", contains("2020-2025"));

        // the figures change with PUT, and the link goes with DELETE, each a change of the policy
        String next = carried.header("ETag");
        Response changed = as(COORDINATOR).header("If-Match", next).contentType(ContentType.JSON)
                .body(Map.of("baseline", Map.of("period", "2025", "value", 64),
                        "targets", List.of(Map.of("year", 2027, "value", 66))))
                .when().put("/api/v1/policies/{id}/goals/{number}/indicators/{indicator}", draft, 1, tillit);
        changed.then().statusCode(200).body("baseline.period", equalTo("2025")).body("targets.year", contains(2027))
                .body("carriedOverFrom.id", equalTo((int) oldGoal1));
        as(VIEWER).when().get("/api/v1/policies/{id}/goals/{number}/indicators/{indicator}", draft, 1, tillit)
                .then().statusCode(200).body("baseline.value", equalTo(64.0f));
        as(COORDINATOR).header("If-Match", changed.header("ETag"))
                .when().delete("/api/v1/policies/{id}/goals/{number}/indicators/{indicator}", draft, 1, tillit)
                .then().statusCode(204);
        as(VIEWER).queryParam("policy", draft).when().get("/api/v1/goals").then()
                .body("items[0].indicators", empty());
        assertThat(historyActions(draft)).containsExactly("created", "goalAdded", "indicatorLinked",
                "indicatorChanged", "indicatorUnlinked");
    }

    @Test
    void goalSixGetsTheIndicatorsTheCoordinatorChoosesAfresh() {
        long share = indicatorId("SAMVERKAN_ATAGANDEN");
        long draft = createDraft(2026, 2030);
        String etag = addGoal(draft, etagOf(draft), 6, "Samverkan");
        link(draft, 6, etag, Map.of("indicator", share, "baseline", Map.of("period", "2025H2", "value", 55),
                "targets", List.of(Map.of("year", 2030, "value", 80)))).then().statusCode(201)
                .body("baseline.period", equalTo("2025H2")).body("carriedOverFrom", nullValue());
        as(VIEWER).queryParam("policy", draft).when().get("/api/v1/goals").then()
                .body("items[0].number", equalTo(6))
                .body("items[0].indicators.code", contains("SAMVERKAN_ATAGANDEN"))
                .body("items[0].indicators[0].targets.value", contains(80.0f));
    }

    // ---- bad input: each named, nothing stored -------------------------------------------------

    @Test
    void badLinksAreRefusedNamingEachFieldAndStoreNothing() {
        long tillit = indicatorId("TILLIT");
        Map<Integer, Long> old = oldGoals();
        long draft = createDraft(2026, 2030);
        String etag = addGoal(draft, etagOf(draft), 1, "Tillit");
        long ownGoal = as(VIEWER).queryParam("policy", draft).when().get("/api/v1/goals").then().extract()
                .jsonPath().getLong("items[0].id");

        refused(draft, etag, Map.of("indicator", 999_999), "indicator");
        refused(draft, etag, Map.of("indicator", tillit, "carryOverFrom", ownGoal), "carryOverFrom");
        refused(draft, etag, Map.of("indicator", tillit, "carryOverFrom", old.get(5)), "carryOverFrom");
        refused(draft, etag, Map.of("indicator", tillit, "carryOverFrom", 999_999), "carryOverFrom");
        refused(draft, etag, Map.of("indicator", tillit, "targets", List.of(Map.of("year", 2031, "value", 70))),
                "targets[0].year");
        refused(draft, etag, Map.of("indicator", tillit, "baseline", Map.of("period", "2025H1", "value", 60)),
                "baseline.period");
        // every wrong field of one request at once
        link(draft, 1, etag, Map.of("indicator", tillit, "carryOverFrom", ownGoal,
                "targets", List.of(Map.of("year", 2026, "value", 1), Map.of("year", 2025, "value", 2))))
                .then().statusCode(422).body("errors.field", contains("carryOverFrom", "targets[1].year"));

        as(VIEWER).queryParam("policy", draft).when().get("/api/v1/goals").then()
                .body("items[0].indicators", empty());
        assertThat(etagOf(draft)).as("the policy's version did not move").isEqualTo(etag);
        assertThat(figureRows(draft)).isZero();

        // an unknown goal number of the draft is not there
        link(draft, 7, etag, Map.of("indicator", tillit)).then().statusCode(404);
    }

    @Test
    void anAdoptedPolicysIndicatorsCannotBeChanged() {
        long tillit = indicatorId("TILLIT");
        long seeded = seededPolicyId();
        String etag = etagOf(seeded);
        link(seeded, 6, etag, Map.of("indicator", tillit)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:policy-adopted"));
        as(COORDINATOR).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of())
                .when().put("/api/v1/policies/{id}/goals/{number}/indicators/{indicator}", seeded, 1, tillit)
                .then().statusCode(409);
        as(COORDINATOR).header("If-Match", etag)
                .when().delete("/api/v1/policies/{id}/goals/{number}/indicators/{indicator}", seeded, 1, tillit)
                .then().statusCode(409);
        given().when().get("/api/v1/goals").then().body("items[0].indicators.code",
                contains("TILLIT", "FRAMTIDSTRO", "SYSSELSATTNING"));
        assertThat(etagOf(seeded)).isEqualTo(etag);
    }

    @Test
    void onlyTheCoordinatorLinksIndicators() {
        long tillit = indicatorId("TILLIT");
        long draft = createDraft(2026, 2030);
        String etag = addGoal(draft, etagOf(draft), 1, "Tillit");
        for (String token : List.of(EDITOR, VIEWER, PARTNER)) {
            given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + token)
                    .header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("indicator", tillit))
                    .when().post("/api/v1/policies/{id}/goals/{number}/indicators", draft, 1)
                    .then().statusCode(403);
        }
        given().filter(Contract.RESPONSES_VALIDATED).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("indicator", tillit))
                .when().post("/api/v1/policies/{id}/goals/{number}/indicators", draft, 1).then().statusCode(401);
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + EDITOR)
                .header("If-Match", etag)
                .when().delete("/api/v1/policies/{id}/goals/{number}/indicators/{indicator}", draft, 1, tillit)
                .then().statusCode(403);
        assertThat(figureRows(draft)).isZero();
        assertThat(etagOf(draft)).isEqualTo(etag);
    }

    // ---- measures through the crosswalk ------------------------------------------------------

    @Test
    void measuresOfAnOldGoalAreListedUnderEachMappedGoalAndCountedOnce() {
        Map<Integer, Long> old = oldGoals();
        long draft = createDraft(2026, 2030);
        String etag = addGoal(draft, etagOf(draft), 1, "Tillit och trygghet");
        Response second = as(COORDINATOR).header("If-Match", etag).contentType(ContentType.JSON)
                .body(goalBody(2, "Platser")).when().post("/api/v1/policies/{id}/goals", draft);
        second.then().statusCode(201);
        Map<Integer, Long> neu = goalIds(second.jsonPath());
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(entry(old.get(1), List.of(neu.get(1), neu.get(2))));
        entries.add(entry(old.get(5), List.of(neu.get(1))));
        as(COORDINATOR).header("If-Match", second.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("entries", entries)).when().put("/api/v1/policies/{id}/crosswalk", draft)
                .then().statusCode(200);
        JsonPath countsBefore1 = goal(neu.get(1));
        JsonPath countsBefore2 = goal(neu.get(2));

        // one measure under old goals 1 and 5 (both lead to new goal 1), one linked to new goal 1 itself
        long viaOld = createMeasure("Genom målöversättningen", List.of(old.get(1), old.get(5)));
        long linked = createMeasure("Kopplad till nya målet", List.of(neu.get(1), old.get(1)));

        JsonPath under1 = measuresUnder(neu.get(1));
        Map<Long, List<Integer>> via1 = viaCrosswalk(under1);
        assertThat(via1.get(viaOld)).as("listed under new goal 1 through old goals 1 and 5").containsExactly(1, 5);
        assertThat(via1.get(linked)).as("linked explicitly: not marked").isEmpty();
        assertThat(under1.getList("items.id", Long.class)).as("each measure once")
                .doesNotHaveDuplicates().hasSize(under1.getInt("total"));
        assertThat(under1.getLong("viaCrosswalk")).isEqualTo(via1.values().stream().filter(v -> !v.isEmpty()).count());

        Map<Long, List<Integer>> via2 = viaCrosswalk(measuresUnder(neu.get(2)));
        assertThat(via2.get(viaOld)).containsExactly(1);
        assertThat(via2.get(linked)).as("under new goal 2 only through old goal 1").containsExactly(1);

        // the goal's own totals: distinct, with how many came through the crosswalk
        JsonPath goal1 = goal(neu.get(1));
        assertThat(goal1.getLong("measures.total")).isEqualTo(countsBefore1.getLong("measures.total") + 2);
        assertThat(goal1.getLong("measures.linked")).isEqualTo(countsBefore1.getLong("measures.linked") + 1);
        assertThat(goal1.getLong("measures.viaCrosswalk"))
                .isEqualTo(countsBefore1.getLong("measures.viaCrosswalk") + 1);
        assertThat(goal1.getLong("measures.total")).isEqualTo(under1.getLong("total"));
        JsonPath goal2 = goal(neu.get(2));
        assertThat(goal2.getLong("measures.total")).isEqualTo(countsBefore2.getLong("measures.total") + 2);
        assertThat(goal2.getLong("measures.viaCrosswalk"))
                .isEqualTo(countsBefore2.getLong("measures.viaCrosswalk") + 2);

        // under the old goal both are linked, none through a crosswalk
        Map<Long, List<Integer>> underOld = viaCrosswalk(measuresUnder(old.get(1)));
        assertThat(underOld.get(viaOld)).isEmpty();
        assertThat(underOld.get(linked)).isEmpty();
    }

    // ---- helpers -------------------------------------------------------------------------

    private static org.hamcrest.Matcher<Iterable<? extends Integer>> not2026to2030() {
        return org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.lessThan(2026));
    }

    private long createDraft(int from, int to) {
        Response created = as(COORDINATOR).contentType(ContentType.JSON).body(policyBody(from, to))
                .when().post("/api/v1/policies");
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("id");
        policies.add(id);
        return id;
    }

    private static String etagOf(long id) {
        return as(COORDINATOR).when().get("/api/v1/policies/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    private static String addGoal(long id, String etag, int number, String title) {
        Response r = as(COORDINATOR).header("If-Match", etag).contentType(ContentType.JSON)
                .body(goalBody(number, title)).when().post("/api/v1/policies/{id}/goals", id);
        r.then().statusCode(201);
        return r.header("ETag");
    }

    private static Response link(long policy, int number, String etag, Map<String, Object> body) {
        return as(COORDINATOR).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/policies/{id}/goals/{number}/indicators", policy, number);
    }

    private static void refused(long policy, String etag, Map<String, Object> body, String field) {
        link(policy, 1, etag, body).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:policy-indicator"))
                .body("errors.field", contains(field));
    }

    private static long indicatorId(String code) {
        return given().queryParam("limit", 500).when().get("/api/v1/indicators").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
    }

    private static long seededPolicyId() {
        return given().when().get("/api/v1/policies").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '2020-2025' }.id");
    }

    private static Map<Integer, Long> oldGoals() {
        return goalIds(given().when().get("/api/v1/policies/{id}", seededPolicyId()).then().statusCode(200)
                .extract().jsonPath());
    }

    private static Map<Integer, Long> goalIds(JsonPath policy) {
        Map<Integer, Long> ids = new HashMap<>();
        List<Map<String, Object>> goals = policy.getList("goals");
        goals.forEach(g -> ids.put((Integer) g.get("number"), ((Number) g.get("id")).longValue()));
        return ids;
    }

    private static Map<String, Object> entry(long from, List<Long> to) {
        return Map.of("from", from, "to", to);
    }

    private static JsonPath goal(long id) {
        return as(VIEWER).when().get("/api/v1/goals/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath measuresUnder(long goal) {
        return as(COORDINATOR).queryParam("goal", goal).queryParam("limit", 500).when().get("/api/v1/measures")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<Long, List<Integer>> viaCrosswalk(JsonPath page) {
        Map<Long, List<Integer>> via = new HashMap<>();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> goals = (List<Map<String, Object>>) item.get("viaCrosswalk");
            via.put(((Number) item.get("id")).longValue(), goals.stream().map(g -> (Integer) g.get("number")).toList());
        }
        return via;
    }

    private long createMeasure(String title, List<Long> goals) {
        Response r = as(COORDINATOR).contentType(ContentType.JSON).body("{\"title\":\"" + title + "\","
                + "\"description\":\"Följs över policyskiftet.\",\"preventionType\":\"social\","
                + "\"preventionLevel\":\"primary\",\"status\":\"ongoing\",\"startDate\":\"2025-09-01\","
                + "\"goals\":" + goals + ",\"responsibleOrganisation\":\"kultur-idrott-fritid\"}")
                .when().post("/api/v1/measures");
        r.then().statusCode(201);
        long id = r.jsonPath().getLong("id");
        measures.add(id);
        return id;
    }

    private List<String> historyActions(long id) {
        List<String> actions = new ArrayList<>(as(VIEWER).queryParam("limit", 100)
                .when().get("/api/v1/policies/{id}/history", id).then().statusCode(200).extract().jsonPath()
                .getList("items.action", String.class));
        java.util.Collections.reverse(actions);
        return actions;
    }

    /** Sets the seeded policy's baseline for an indicator, keeping what it was to restore it. */
    private void setSeededBaseline(String code, String period, double value) {
        QuarkusTransaction.requiringNew().run(() -> {
            seededTillit = (Object[]) em.createNativeQuery("select pi.id, pi.baseline_value, pi.baseline_period, "
                    + "pi.baseline_demo from policy_indicator pi join policy p on p.id = pi.policy_id "
                    + "join indicator i on i.id = pi.indicator_id where p.code = '2020-2025' and i.code = ?1")
                    .setParameter(1, code).getSingleResult();
            em.createNativeQuery("update policy_indicator set baseline_value = ?1, baseline_period = ?2, "
                    + "baseline_demo = false where id = ?3").setParameter(1, value).setParameter(2, period)
                    .setParameter(3, seededTillit[0]).executeUpdate();
        });
    }

    private long figureRows(long policy) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from policy_indicator where policy_id = ?1").setParameter(1, policy)
                .getSingleResult()).longValue());
    }
}
