package se.varna.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * The policy cycle across a revision: the coordinator drafts the 2026–2030 policy, its goals
 * and the crosswalk from 2020–2025, and adopts it; a status report then takes the goals of the
 * policy in force on its half-year's first day, with measures of old goals under the new goals
 * the crosswalk maps them to, each counted once. Every test removes the policies, reports and
 * measures it made, so the seeded policy is the one in force for every other test.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PolicyRevisionTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    static final String EDITOR = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");
    static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");

    @Inject
    EntityManager em;

    private final List<Long> policies = new ArrayList<>();
    private final List<Long> reports = new ArrayList<>();
    private final List<Long> measures = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestMade() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (long id : measures) {
                em.createNativeQuery("delete from document_history where document_kind = 'measure' and document_id = ?1")
                        .setParameter(1, id).executeUpdate();
                em.createNativeQuery("delete from measure where id = ?1").setParameter(1, id).executeUpdate();
            }
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
                em.createNativeQuery("delete from goal where policy_id = ?1").setParameter(1, id).executeUpdate();
                em.createNativeQuery("delete from policy where id = ?1").setParameter(1, id).executeUpdate();
            }
        });
        measures.clear();
        reports.clear();
        policies.clear();
    }

    // ---- the revision end to end -----------------------------------------------------------

    @Test
    void aRevisionKeepsEachHalfYearWithItsOwnPolicysGoalsAndCountsEachMeasureOnce() {
        Map<Integer, Long> old = oldGoals();

        // a draft, its goals and its crosswalk; nothing in force changes meanwhile
        JsonPath draft = createDraft(2026, 2030);
        long id = draft.getLong("id");
        assertThat(draft.getString("status")).isEqualTo("draft");
        assertThat(draft.getLong("predecessorId")).isEqualTo(seededPolicyId());
        String etag = addGoal(id, etagOf(draft), 1, "Tillit och delaktighet").header("ETag");
        etag = addGoal(id, etag, 2, "Trygga platser och mindre våld").header("ETag");
        Response third = addGoal(id, etag, 3, "Barn och unga är trygga");
        etag = third.header("ETag");
        Map<Integer, Long> neu = goalIds(third.jsonPath());
        assertThat(third.jsonPath().getList("goals.number", Integer.class)).containsExactly(1, 2, 3);
        given().when().get("/api/v1/goals").then().statusCode(200).body("items[0].id", equalTo(old.get(1).intValue()));

        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(entry(old.get(1), List.of(neu.get(1)), null));
        entries.add(entry(old.get(2), List.of(neu.get(2)), null));
        entries.add(entry(old.get(3), List.of(), "Narkotika följs upp i den nya drogpolicyn."));
        entries.add(entry(old.get(4), List.of(neu.get(3)), null));
        entries.add(entry(old.get(5), List.of(neu.get(1), neu.get(2)), null));
        Response partial = putCrosswalk(id, etag, entries);
        partial.then().statusCode(200).body("unmapped.number", contains(6));
        etag = partial.header("ETag");
        // adopting before goal 6 of 2020–2025 is mapped is refused, naming the crosswalk
        adopt(id, etag, "2026-01-01").then().statusCode(422)
                .body("type", equalTo("urn:varna:problem:policy-crosswalk"))
                .body("errors.field", contains("crosswalk"));
        entries.add(entry(old.get(6), List.of(neu.get(1)), null));
        Response crosswalk = putCrosswalk(id, etag, entries);
        crosswalk.then().statusCode(200).body("unmapped", hasSize(0))
                .body("predecessor.code", equalTo("2020-2025"))
                .body("entries.find { it.from.number == 5 }.to.number", contains(1, 2))
                .body("entries.find { it.from.number == 3 }.reason", equalTo("Narkotika följs upp i den nya drogpolicyn."));
        etag = crosswalk.header("ETag");

        // a measure linked to old goals 2 and 5: both lead to new goal 2, 5 also to new goal 1
        Map<String, Long> before2025 = byGoal("2025H2");
        long measure = createMeasure(List.of(old.get(2), old.get(5)));
        Map<String, Long> after2025 = byGoal("2025H2");
        assertThat(after2025.get("2")).isEqualTo(before2025.get("2") + 1);
        assertThat(after2025.get("5")).isEqualTo(before2025.get("5") + 1);

        // adoption, effective from 2026-01-01 (in the past): the new policy is in force today
        Response adopted = adopt(id, etag, "2026-01-01");
        adopted.then().statusCode(200).body("status", equalTo("adopted")).body("current", equalTo(true))
                .body("effectiveFrom", equalTo("2026-01-01")).body("decision.body", equalTo("Kommunfullmäktige"))
                .body("decision.paragraph", equalTo("§ 212"));
        given().when().get("/api/v1/policies/{id}", seededPolicyId()).then().statusCode(200)
                .body("current", equalTo(false)).body("effectiveTo", equalTo("2025-12-31"));
        given().when().get("/api/v1/goals").then().statusCode(200).body("items.id",
                contains(neu.get(1).intValue(), neu.get(2).intValue(), neu.get(3).intValue()));

        // 2025H2 keeps the six goals of 2020–2025, the measure under old goals 2 and 5
        JsonPath report2025 = reportContent("2025H2");
        assertThat(report2025.getList("goals.goal.id", Long.class)).containsExactlyElementsOf(
                List.of(old.get(1), old.get(2), old.get(3), old.get(4), old.get(5), old.get(6)));
        assertThat(byGoal(report2025)).isEqualTo(after2025);

        // 2026H1 has the three new goals; the measure counts once under 1 and once (not twice) under 2
        JsonPath report2026 = reportContent("2026H1");
        assertThat(report2026.getList("goals.goal.id", Long.class))
                .containsExactly(neu.get(1), neu.get(2), neu.get(3));
        Map<String, Long> counts = byGoal(report2026);
        long all = given().header("Authorization", "Bearer " + COORDINATOR).when().get("/api/v1/measures")
                .then().statusCode(200).extract().jsonPath().getLong("total");
        assertThat(report2026.getLong("measures.total")).as("each measure counted once").isEqualTo(all);
        removeMeasure(measure);
        Map<String, Long> countsWithout = byGoal(reportContent("2026H1"));
        assertThat(counts.get("1")).isEqualTo(countsWithout.get("1") + 1);
        assertThat(counts.get("2")).as("reached through old goals 2 and 5, counted once")
                .isEqualTo(countsWithout.get("2") + 1);
        assertThat(counts.get("3")).isEqualTo(countsWithout.get("3"));

        // adopted means frozen: the policy and its goals answer 409
        String adoptedTag = adopted.header("ETag");
        as(COORDINATOR).header("If-Match", adoptedTag).contentType(ContentType.JSON).body(policyBody(2026, 2030))
                .when().put("/api/v1/policies/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:varna:problem:policy-adopted"));
        as(COORDINATOR).header("If-Match", adoptedTag).contentType(ContentType.JSON).body(goalBody(3, "Ändrat"))
                .when().put("/api/v1/policies/{id}/goals/{number}", id, 3).then().statusCode(409);
        as(COORDINATOR).header("If-Match", adoptedTag).contentType(ContentType.JSON).body(goalBody(4, "Nytt"))
                .when().post("/api/v1/policies/{id}/goals", id).then().statusCode(409);
        adopt(id, adoptedTag, "2026-02-01").then().statusCode(409);
        assertThat(historyActions(id)).containsExactly("created", "goalAdded", "goalAdded", "goalAdded",
                "crosswalkReplaced", "crosswalkReplaced", "adopted");
    }

    @Test
    void aDraftIsForSignedInRolesOnlyAndChangesNothingInForce() {
        long id = createDraft(2031, 2035).getLong("id");
        long goal = goalIds(addGoal(id, etagOf(id), 1, "Utkastets mål").jsonPath()).get(1);

        given().when().get("/api/v1/policies").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        given().when().get("/api/v1/policies/{id}", id).then().statusCode(404);
        given().when().get("/api/v1/policies/{id}/crosswalk", id).then().statusCode(404);
        as(VIEWER).when().get("/api/v1/policies/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("goalAdded", "created"))
                .body("items[0].goalId", equalTo((int) goal))
                .body("items[0].changedFields", contains("goals"));
        given().when().get("/api/v1/goals/{id}", goal).then().statusCode(404);
        given().queryParam("policy", id).when().get("/api/v1/goals").then().statusCode(200).body("items", hasSize(0));

        as(VIEWER).when().get("/api/v1/policies/{id}", id).then().statusCode(200).body("status", equalTo("draft"))
                .body("current", equalTo(false)).body("effectiveFrom", nullValue());
        as(VIEWER).queryParam("policy", id).when().get("/api/v1/goals").then().statusCode(200)
                .body("items[0].title.sv", equalTo("Utkastets mål"));
        given().when().get("/api/v1/goals").then().statusCode(200).body("items", hasSize(6));
        given().when().get("/api/v1/policies/{id}", seededPolicyId()).then().statusCode(200)
                .body("current", equalTo(true)).body("effectiveTo", nullValue());
    }

    @Test
    void onlyTheCoordinatorWritesPolicies() {
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + EDITOR)
                .contentType(ContentType.JSON).body(policyBody(2031, 2035))
                .when().post("/api/v1/policies").then().statusCode(403);
        given().filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON).body(policyBody(2031, 2035))
                .when().post("/api/v1/policies").then().statusCode(401);
        assertThat(policyCount()).isEqualTo(1);
    }

    // ---- bad input: each named, nothing stored -------------------------------------------------

    @Test
    void anOverlappingPeriodIsRefusedNamingValidFrom() {
        as(COORDINATOR).contentType(ContentType.JSON).body(policyBody(2025, 2029))
                .when().post("/api/v1/policies").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:policy-period-overlap"))
                .body("errors.field", contains("validFrom"));
        assertThat(policyCount()).isEqualTo(1);

        JsonPath draft = createDraft(2026, 2030);
        as(COORDINATOR).header("If-Match", etagOf(draft)).contentType(ContentType.JSON).body(policyBody(2024, 2030))
                .when().put("/api/v1/policies/{id}", draft.getLong("id")).then().statusCode(422)
                .body("errors.field", contains("validFrom"));
        given().header("Authorization", "Bearer " + VIEWER).when().get("/api/v1/policies/{id}", draft.getLong("id"))
                .then().body("validFrom", equalTo(2026));
    }

    @Test
    void aGoalNumberUsedTwiceIsRefusedNamingNumber() {
        long id = createDraft(2026, 2030).getLong("id");
        String etag = addGoal(id, etagOf(id), 1, "Första").header("ETag");
        etag = addGoal(id, etag, 2, "Andra").header("ETag");
        as(COORDINATOR).header("If-Match", etag).contentType(ContentType.JSON).body(goalBody(2, "Dubblett"))
                .when().post("/api/v1/policies/{id}/goals", id).then().statusCode(422)
                .body("type", equalTo("urn:varna:problem:policy-goal-number-taken"))
                .body("errors.field", contains("number"));
        as(COORDINATOR).header("If-Match", etag).contentType(ContentType.JSON).body(goalBody(2, "Omnumrerad"))
                .when().put("/api/v1/policies/{id}/goals/{number}", id, 1).then().statusCode(422)
                .body("errors.field", contains("number"));
        as(VIEWER).queryParam("policy", id).when().get("/api/v1/goals").then()
                .body("items.title.sv", contains("Första", "Andra"));
    }

    @Test
    void aCrosswalkNamingGoalsOfTheWrongPolicyIsRefusedNamingEachEntry() {
        Map<Integer, Long> old = oldGoals();
        long id = createDraft(2026, 2030).getLong("id");
        Response goal = addGoal(id, etagOf(id), 1, "Nytt mål");
        long neu = goalIds(goal.jsonPath()).get(1);
        String etag = goal.header("ETag");
        List<Map<String, Object>> entries = List.of(
                entry(neu, List.of(neu), null), // from a goal of the draft itself
                entry(old.get(1), List.of(old.get(2)), null), // to a goal of the old policy
                entry(old.get(3), List.of(), null)); // to none without a reason
        putCrosswalk(id, etag, entries).then().statusCode(422)
                .body("type", equalTo("urn:varna:problem:policy-crosswalk"))
                .body("errors.field", contains("entries[0].from", "entries[1].to[0]", "entries[2].reason"));
        as(VIEWER).when().get("/api/v1/policies/{id}/crosswalk", id).then().statusCode(200)
                .body("entries", hasSize(0)).body("unmapped", hasSize(6));
    }

    @Test
    void adoptingAPolicyWithoutGoalsIsRefusedNamingGoals() {
        JsonPath draft = createDraft(2026, 2030);
        adopt(draft.getLong("id"), etagOf(draft), "2026-01-01").then().statusCode(422)
                .body("type", equalTo("urn:varna:problem:policy-without-goals"))
                .body("errors.field", contains("goals"));
        as(VIEWER).when().get("/api/v1/policies/{id}", draft.getLong("id")).then().body("status", equalTo("draft"));
    }

    @Test
    void anAdoptedPolicyCannotBeEdited() {
        long seeded = seededPolicyId();
        String etag = given().when().get("/api/v1/policies/{id}", seeded).then().statusCode(200).extract()
                .header("ETag");
        as(COORDINATOR).header("If-Match", etag).contentType(ContentType.JSON).body(policyBody(2020, 2025))
                .when().put("/api/v1/policies/{id}", seeded).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:policy-adopted"));
        as(COORDINATOR).header("If-Match", etag).contentType(ContentType.JSON).body(goalBody(1, "Ändrat"))
                .when().put("/api/v1/policies/{id}/goals/{number}", seeded, 1).then().statusCode(409);
        given().when().get("/api/v1/goals").then().body("items[0].title.sv",
                equalTo("Invånare i Västerås känner delaktighet och tillit till människor och samhälle"));
    }

    @Test
    void anEffectiveDateBeforeThePredecessorsIsRefusedNamingEffectiveFrom() {
        long id = createDraft(2026, 2030).getLong("id");
        String etag = addGoal(id, etagOf(id), 1, "Mål").header("ETag");
        List<Map<String, Object>> entries = new ArrayList<>();
        oldGoals().values().forEach(g -> entries.add(entry(g, List.of(), "Utgår.")));
        etag = putCrosswalk(id, etag, entries).header("ETag");
        adopt(id, etag, "2019-12-31").then().statusCode(422)
                .body("type", equalTo("urn:varna:problem:policy-effective-date"))
                .body("errors.field", contains("effectiveFrom"));
    }

    @Test
    void aStaleOrMissingIfMatchChangesNothing() {
        JsonPath draft = createDraft(2026, 2030);
        long id = draft.getLong("id");
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body(goalBody(1, "Utan If-Match"))
                .when().post("/api/v1/policies/{id}/goals", id).then().statusCode(428);
        String etag = addGoal(id, etagOf(draft), 1, "Med If-Match").header("ETag");
        as(COORDINATOR).header("If-Match", etagOf(draft)).contentType(ContentType.JSON).body(goalBody(2, "Gammal"))
                .when().post("/api/v1/policies/{id}/goals", id).then().statusCode(412);
        assertThat(etag).isNotEqualTo(etagOf(draft));
    }

    // ---- helpers -------------------------------------------------------------------------

    static RequestSpecification as(String token) {
        return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + token);
    }

    private JsonPath createDraft(int from, int to) {
        Response created = as(COORDINATOR).contentType(ContentType.JSON).body(policyBody(from, to))
                .when().post("/api/v1/policies");
        created.then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/policies/"
                + created.jsonPath().getLong("id")));
        policies.add(created.jsonPath().getLong("id"));
        return created.jsonPath();
    }

    private static String etagOf(JsonPath policy) {
        return "\"" + policy.getLong("version") + "\"";
    }

    private static String etagOf(long id) {
        return as(COORDINATOR).when().get("/api/v1/policies/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    private static Response addGoal(long id, String etag, int number, String title) {
        Response r = as(COORDINATOR).header("If-Match", etag).contentType(ContentType.JSON)
                .body(goalBody(number, title)).when().post("/api/v1/policies/{id}/goals", id);
        r.then().statusCode(201);
        return r;
    }

    private static Response putCrosswalk(long id, String etag, List<Map<String, Object>> entries) {
        return as(COORDINATOR).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("entries", entries)).when().put("/api/v1/policies/{id}/crosswalk", id);
    }

    private static Response adopt(long id, String etag, String effectiveFrom) {
        return as(COORDINATOR).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("decision", Map.of("body", "Kommunfullmäktige", "date", "2025-11-27", "paragraph",
                        "§ 212", "diaryNumber", "KS 2025/00412"), "effectiveFrom", effectiveFrom))
                .when().post("/api/v1/policies/{id}/adoption", id);
    }

    static Map<String, Object> policyBody(int from, int to) {
        return Map.of("title", Map.of("sv", "Policy för trygghet " + from + "–" + to, "en",
                "Policy for safety " + from + "–" + to), "validFrom", from, "validTo", to, "adoptedBy",
                "Kommunfullmäktige");
    }

    static Map<String, Object> goalBody(int number, String title) {
        return Map.of("number", number, "title", Map.of("sv", title, "en", title + " (en)"), "description",
                Map.of("sv", "Beskrivning av " + title, "en", "Description of " + title), "sdgs", List.of(16, 11),
                "targets", List.of("16.1", "11.7"));
    }

    private static Map<String, Object> entry(long from, List<Long> to, String reason) {
        Map<String, Object> e = new HashMap<>();
        e.put("from", from);
        e.put("to", to);
        e.put("reason", reason);
        return e;
    }

    private static Map<Integer, Long> goalIds(JsonPath policy) {
        Map<Integer, Long> ids = new HashMap<>();
        List<Map<String, Object>> goals = policy.getList("goals");
        goals.forEach(g -> ids.put((Integer) g.get("number"), ((Number) g.get("id")).longValue()));
        return ids;
    }

    private static long seededPolicyId() {
        return given().when().get("/api/v1/policies").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '2020-2025' }.id");
    }

    private static Map<Integer, Long> oldGoals() {
        return goalIds(given().when().get("/api/v1/policies/{id}", seededPolicyId()).then().statusCode(200)
                .extract().jsonPath());
    }

    private long createMeasure(List<Long> goals) {
        Response r = as(COORDINATOR).contentType(ContentType.JSON).body("{\"title\":\"Revisionens insats\","
                + "\"description\":\"Följs över policyskiftet.\",\"preventionType\":\"social\","
                + "\"preventionLevel\":\"primary\",\"status\":\"ongoing\",\"startDate\":\"2025-09-01\","
                + "\"goals\":" + goals + ",\"responsibleOrganisation\":\"kultur-idrott-fritid\"}")
                .when().post("/api/v1/measures");
        r.then().statusCode(201);
        long id = r.jsonPath().getLong("id");
        measures.add(id);
        return id;
    }

    private void removeMeasure(long id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from measure where id = ?1")
                .setParameter(1, id).executeUpdate());
    }

    private JsonPath reportContent(String period) {
        Response r = as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", period))
                .when().post("/api/v1/reports");
        r.then().statusCode(201);
        reports.add(r.jsonPath().getLong("id"));
        return new JsonPath(r.asString()).setRootPath("content");
    }

    private Map<String, Long> byGoal(String period) {
        return byGoal(reportContent(period));
    }

    private static Map<String, Long> byGoal(JsonPath content) {
        Map<String, Long> counts = new HashMap<>();
        List<Map<String, Object>> rows = content.getList("measures.byGoal");
        rows.forEach(r -> counts.put((String) r.get("key"), ((Number) r.get("count")).longValue()));
        return counts;
    }

    private static List<String> historyActions(long id) {
        List<String> newestFirst = as(VIEWER).when().get("/api/v1/policies/{id}/history", id).then().statusCode(200)
                .extract().jsonPath().getList("items.action", String.class);
        List<String> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private long policyCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from policy").getSingleResult()).longValue());
    }
}
