package se.varna.situation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.varna.crimestatistics.CrimeImports.importAndWait;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.varna.crimestatistics.CrimeImports;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;
import se.varna.support.Statements;
import static org.hamcrest.Matchers.equalTo;

/**
 * The law's cycle in Värna: a lägesbild drafted from the data, its problems, adoption and
 * freezing; an action plan on it, its gaps, its adoption; and what the public and bad input get.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class SituationCycleTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");
    static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");
    static final String EDITOR = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED).contentType("application/json");
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long tillit() {
        return given().queryParam("limit", 500).when().get("/api/v1/indicators").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.code == 'TILLIT' }.id");
    }

    /** Requests the contract does not allow (bad input): only the answer is validated. */
    static RequestSpecification raw(String token) {
        return given().filter(Contract.RESPONSES_VALIDATED).contentType("application/json")
                .header("Authorization", "Bearer " + token);
    }

    static Response create(String from, String to) {
        return as(COORDINATOR).body(Map.of("title", unique("Lägesbild"), "from", from, "to", to))
                .when().post("/api/v1/situation-pictures");
    }

    static Map<String, Object> problem(String title, String visibility, List<String> categories,
            List<String> districts, List<Long> indicators, List<String> factors) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", title);
        p.put("description", "Beskrivning av " + title);
        p.put("priority", "high");
        p.put("visibility", visibility);
        p.put("evidence", Map.of("crimeCategories", categories, "districts", districts, "indicators", indicators,
                "factors", factors));
        p.put("sexes", List.of("male"));
        p.put("ageGroups", List.of("15-17"));
        return p;
    }

    static Map<String, Object> content(List<Map<String, Object>> problems) {
        return Map.of("title", unique("Lägesbild"), "analysis", "Narkotikabrotten ökar i Kristiansborg.",
                "sections", List.of(
                        Map.of("title", "Polisens lägesbild", "text", "Polisens egna iakttagelser.", "source",
                                "Polisen lokalt", "visibility", "internal"),
                        Map.of("title", "Skolenkäten", "text", "Fler elever känner sig otrygga.", "source",
                                "Skolenkät 2047", "visibility", "public")),
                "problems", problems);
    }

    static Response replace(long id, String etag, Object body) {
        return as(COORDINATOR).header("If-Match", etag).body(body).when().put("/api/v1/situation-pictures/{id}", id);
    }

    static Map<String, Object> decision() {
        return Map.of("decision", Map.of("body", "Kommunstyrelsen", "date", "2048-02-01", "paragraph", "§ 12",
                "diaryNumber", "KS 2048/00012"));
    }

    static Response adopt(long id) {
        return as(COORDINATOR).body(decision()).when().post("/api/v1/situation-pictures/{id}/adoption", id);
    }

    /** A drafted, filled and adopted lägesbild: its id and its problems' ids (public first, then internal). */
    static long[] adoptedPicture(String from, String to) {
        Response created = create(from, to);
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        long id = created.jsonPath().getLong("id");
        Response filled = replace(id, created.header("ETag"), content(List.of(
                problem("Öppen narkotikahandel vid Kristiansborgs centrum", "public", List.of("narkotikabrott"),
                        List.of("1980-kristiansborg"), List.of(tillit()), List.of("TILLGANG_NARKOTIKA")),
                problem("Rekrytering till nätverk", "internal", List.of("brott-mot-person"), List.of("1980-backby"),
                        List.of(), List.of()))));
        assertThat(filled.statusCode()).as(filled.asString()).isEqualTo(200);
        Response adopted = adopt(id);
        assertThat(adopted.statusCode()).as(adopted.asString()).isEqualTo(200);
        return new long[] { id, filled.jsonPath().getLong("problems[0].id"), filled.jsonPath().getLong("problems[1].id") };
    }

    static long overdueMeasure() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", unique("Kontroller vid Kristiansborg"));
        body.put("preventionType", "situational");
        body.put("preventionLevel", "secondary");
        body.put("status", "ongoing");
        body.put("startDate", "2020-02-01");
        body.put("responsibleOrganisation", "hallbarhetsenheten");
        body.put("published", true);
        return as(COORDINATOR).body(body).when().post("/api/v1/measures").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    static Map<String, Object> action(String title, List<Long> problems, List<Long> measures) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", title);
        a.put("problems", problems);
        a.put("organisations", List.of("hallbarhetsenheten", "polisen"));
        a.put("measures", measures);
        a.put("from", "2048-01-01");
        a.put("to", "2049-12-31");
        a.put("resultCrimeCategory", "narkotikabrott");
        return a;
    }

    static Map<String, Object> plan(Object picture, List<Map<String, Object>> actions) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", unique("Åtgärdsplan"));
        p.put("situationPicture", picture);
        p.put("actions", actions);
        p.put("consultations", List.of(Map.of("date", "2048-01-15", "parties", List.of("polisen"), "summary",
                "Polisen delar bilden av narkotikahandeln.")));
        return p;
    }

    @Test
    void theCycleRunsFromDraftToAdoptedPlanAndShowsItsGaps() {
        // a draft, its mapping drafted at once
        Response created = create("2046-01", "2047-12");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        long id = created.jsonPath().getLong("id");
        assertThat(created.jsonPath().getString("status")).isEqualTo("draft");
        assertThat(created.jsonPath().getList("mapping.crimeTrend.groupBy")).contains("year");
        assertThat(created.jsonPath().getList("mapping.goals")).isNotEmpty();

        Response filled = replace(id, created.header("ETag"), content(List.of(
                problem("Öppen narkotikahandel", "public", List.of("narkotikabrott"), List.of("1980-kristiansborg"),
                        List.of(tillit()), List.of("TILLGANG_NARKOTIKA")),
                problem("Otrygghet i Bäckby", "internal", List.of(), List.of("1980-backby"), List.of(), List.of()))));
        assertThat(filled.statusCode()).as(filled.asString()).isEqualTo(200);
        long answered = filled.jsonPath().getLong("problems[0].id");
        long unanswered = filled.jsonPath().getLong("problems[1].id");
        assertThat(filled.jsonPath().getList("problems[0].evidence.districts")).containsExactly("1980-kristiansborg");

        Response refreshed = as(COORDINATOR).header("If-Match", filled.header("ETag"))
                .when().post("/api/v1/situation-pictures/{id}/mapping", id);
        assertThat(refreshed.statusCode()).as(refreshed.asString()).isEqualTo(200);

        // a plan on a draft lägesbild is refused, naming the field, and nothing is stored
        long plansBefore = as(COORDINATOR).when().get("/api/v1/action-plans").then().statusCode(200).extract()
                .jsonPath().getLong("total");
        Response onDraft = as(COORDINATOR).body(plan(id, List.of())).when().post("/api/v1/action-plans");
        assertThat(onDraft.statusCode()).as(onDraft.asString()).isEqualTo(400);
        assertThat(onDraft.contentType()).startsWith("application/problem+json");
        assertThat(onDraft.jsonPath().getList("errors.field")).containsExactly("situationPicture");
        assertThat(as(COORDINATOR).when().get("/api/v1/action-plans").then().extract().jsonPath().getLong("total"))
                .isEqualTo(plansBefore);

        // a decision needs its body and date
        Response noDate = raw(COORDINATOR).body(Map.of("decision", Map.of("body", "Kommunstyrelsen")))
                .when().post("/api/v1/situation-pictures/{id}/adoption", id);
        assertThat(noDate.statusCode()).as(noDate.asString()).isEqualTo(400);
        assertThat(noDate.jsonPath().getList("errors.field")).containsExactly("decision.date");
        Response noBody = raw(COORDINATOR).body(Map.of("decision", Map.of("date", "2048-02-01")))
                .when().post("/api/v1/situation-pictures/{id}/adoption", id);
        assertThat(noBody.statusCode()).as(noBody.asString()).isEqualTo(400);
        assertThat(noBody.jsonPath().getList("errors.field")).containsExactly("decision.body");
        assertThat(as(COORDINATOR).when().get("/api/v1/situation-pictures/{id}", id).then().extract().jsonPath()
                .getString("status")).isEqualTo("draft");

        // adoption freezes it
        Response adopted = adopt(id);
        assertThat(adopted.statusCode()).as(adopted.asString()).isEqualTo(200);
        assertThat(adopted.jsonPath().getString("status")).isEqualTo("adopted");
        assertThat(adopted.jsonPath().getString("decision.diaryNumber")).isEqualTo("KS 2048/00012");
        Response edit = replace(id, adopted.header("ETag"), content(List.of()));
        assertThat(edit.statusCode()).as(edit.asString()).isEqualTo(409);
        assertThat(edit.jsonPath().getString("type")).isEqualTo("urn:varna:problem:situation-picture-adopted");
        assertThat(as(COORDINATOR).header("If-Match", adopted.header("ETag"))
                .when().post("/api/v1/situation-pictures/{id}/mapping", id).statusCode()).isEqualTo(409);
        assertThat(adopt(id).statusCode()).isEqualTo(409);

        // the plan: one action answering a problem through an overdue measure, one answering nothing
        long measure = overdueMeasure();
        Response plan = as(COORDINATOR).body(plan(id, List.of(
                action("Platsförändringar vid centrum", List.of(answered), List.of(measure)),
                action("Allmän information", List.of(), List.of())))).when().post("/api/v1/action-plans");
        assertThat(plan.statusCode()).as(plan.asString()).isEqualTo(201);
        long planId = plan.jsonPath().getLong("id");
        assertThat(plan.jsonPath().getList("actions[0].problems.id", Long.class)).containsExactly(answered);
        assertThat(plan.jsonPath().getList("consultations[0].parties.code")).containsExactly("polisen");

        JsonPath gaps = as(VIEWER).when().get("/api/v1/action-plans/{id}/gaps", planId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(gaps.getList("problemsWithoutAction.id", Long.class)).containsExactly(unanswered);
        assertThat(gaps.getList("actionsWithoutProblem.title")).containsExactly("Allmän information");
        assertThat(gaps.getList("actionsWithoutMeasure.title")).containsExactly("Allmän information");
        assertThat(gaps.getList("measuresWithoutRecentUpdate.measure.id", Long.class)).containsExactly(measure);
        assertThat(gaps.getList("measuresWithoutRecentUpdate[0].actions.title"))
                .containsExactly("Platsförändringar vid centrum");

        // the measure's latest assessment is amber: the action is at risk; the other has no measure
        Response update = as(COORDINATOR).body(Map.of("date", java.time.LocalDate.now().toString(), "text",
                "Färre kontroller än planerat.", "assessment", "amber"))
                .when().post("/api/v1/measures/{id}/updates", measure);
        assertThat(update.statusCode()).as(update.asString()).isEqualTo(201);
        JsonPath followed = as(VIEWER).when().get("/api/v1/action-plans/{id}", planId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(followed.getList("actions.followUp.status")).containsExactly("atRisk", "noMeasures");
        assertThat(followed.getInt("actions[0].followUp.measuresAssessed")).isEqualTo(1);
        assertThat(followed.getString("actions[0].followUp.latestUpdate")).isEqualTo(
                java.time.LocalDate.now().toString());
        assertThat(followed.getString("actions[0].followUp.resultTrend.source")).isEqualTo("crimeCategory");
        assertThat(followed.getString("actions[0].followUp.resultTrend.code")).isEqualTo("narkotikabrott");

        // adopted on a day no other test's plan is, so that it is the plan in force for 2048H1
        Map<String, Object> planDecision = Map.of("decision", Map.of("body", "Kommunfullmäktige", "date",
                "2048-06-20", "paragraph", "§ 40", "diaryNumber", "KS 2048/00040"));
        Response planAdopted = as(COORDINATOR).body(planDecision).when()
                .post("/api/v1/action-plans/{id}/adoption", planId);
        assertThat(planAdopted.statusCode()).as(planAdopted.asString()).isEqualTo(200);
        Response planEdit = as(COORDINATOR).header("If-Match", planAdopted.header("ETag")).body(plan(id, List.of()))
                .when().put("/api/v1/action-plans/{id}", planId);
        assertThat(planEdit.statusCode()).as(planEdit.asString()).isEqualTo(409);
        assertThat(planEdit.jsonPath().getString("type")).isEqualTo("urn:varna:problem:action-plan-adopted");

        // the half-year's status report cites the plan in force and each action's status
        Response report = as(COORDINATOR).body(Map.of("period", "2048H1")).when().post("/api/v1/reports");
        assertThat(report.statusCode()).as(report.asString()).isEqualTo(201);
        long reportId = report.jsonPath().getLong("id");
        assertThat(report.jsonPath().getString("sections.situation")).as("no free text in a new draft").isEmpty();
        assertThat(report.jsonPath().getLong("content.actionPlan.id")).isEqualTo(planId);
        assertThat(report.jsonPath().getLong("content.actionPlan.situationPicture.id")).isEqualTo(id);
        assertThat(report.jsonPath().getString("content.actionPlan.asOf")).isEqualTo("2048-06-30");
        assertThat(report.jsonPath().getList("content.actionPlan.actions.title"))
                .containsExactly("Platsförändringar vid centrum", "Allmän information");
        assertThat(report.jsonPath().getList("content.actionPlan.actions.followUp.status"))
                .containsExactly("atRisk", "noMeasures");
        assertThat(as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", reportId).statusCode())
                .isEqualTo(200);
        // frozen: an update after approval leaves the approved report's status as it was
        as(COORDINATOR).body(Map.of("date", java.time.LocalDate.now().toString(), "text", "Åter enligt plan.",
                "assessment", "red")).when().post("/api/v1/measures/{id}/updates", measure).then().statusCode(201);
        assertThat(as(VIEWER).when().get("/api/v1/reports/{id}", reportId).then().statusCode(200).extract()
                .jsonPath().getList("content.actionPlan.actions.followUp.status")).containsExactly("atRisk",
                        "noMeasures");
        // the public sees the public problem only
        assertThat(given().when().get("/api/v1/reports/{id}", reportId).then().statusCode(200).extract().jsonPath()
                .getList("content.actionPlan.actions[0].problems.id", Long.class)).containsExactly(answered);
        byte[] pdf = as(VIEWER).queryParam("format", "pdf").when().get("/api/v1/reports/{id}/export", reportId)
                .then().statusCode(200).extract().asByteArray();
        assertThat(pdf.length).isPositive();

        // every step is in the history
        assertThat(as(VIEWER).when().get("/api/v1/situation-pictures/{id}/history", id).then().statusCode(200)
                .extract().jsonPath().getList("items.action"))
                .containsExactly("adopted", "mappingRefreshed", "updated", "created");
        assertThat(as(VIEWER).when().get("/api/v1/action-plans/{id}/history", planId).then().statusCode(200)
                .extract().jsonPath().getList("items.action")).containsExactly("adopted", "created");
    }

    @Test
    void editorsProposeActionsForTheirOwnOrganisationAndOnlyTheCoordinatorDecides() {
        long[] picture = adoptedPicture("2046-01", "2047-12");
        Response plan = as(COORDINATOR).body(plan(picture[0], List.of(action("Samordnarens åtgärd",
                List.of(picture[1]), List.of())))).when().post("/api/v1/action-plans");
        assertThat(plan.statusCode()).as(plan.asString()).isEqualTo(201);
        long planId = plan.jsonPath().getLong("id");
        String otherEditor = TestTokens.user("redaktor-skola", "barn-utbildning", "editor");

        Response proposed = as(EDITOR).body(Map.of("title", "Fritidsgården öppnar kvällstid", "problems",
                List.of(picture[1]), "organisations", List.of("kultur-idrott-fritid")))
                .when().post("/api/v1/action-plans/{id}/proposals", planId);
        assertThat(proposed.statusCode()).as(proposed.asString()).isEqualTo(201);
        assertThat(proposed.jsonPath().getList("actions.status")).containsExactly("accepted", "proposed");
        assertThat(proposed.jsonPath().getString("actions[1].proposedBy.code")).isEqualTo("kultur-idrott-fritid");
        long proposal = proposed.jsonPath().getLong("actions[1].id");

        // for another organisation, or by an editor of another: 403, nothing stored
        Response forPolice = as(EDITOR).body(Map.of("title", "Polisen patrullerar", "organisations",
                List.of("polisen"))).when().post("/api/v1/action-plans/{id}/proposals", planId);
        assertThat(forPolice.statusCode()).as(forPolice.asString()).isEqualTo(403);
        assertThat(as(otherEditor).body(Map.of("title", "Skolans åtgärd", "organisations",
                List.of("kultur-idrott-fritid"))).when().post("/api/v1/action-plans/{id}/proposals", planId)
                .statusCode()).isEqualTo(403);
        // editors change no action of the plan and decide no proposal
        assertThat(as(EDITOR).header("If-Match", proposed.header("ETag")).body(plan(picture[0], List.of()))
                .when().put("/api/v1/action-plans/{id}", planId).statusCode()).isEqualTo(403);
        assertThat(as(EDITOR).when().post("/api/v1/action-plans/{id}/proposals/{a}/acceptance", planId, proposal)
                .statusCode()).isEqualTo(403);
        JsonPath unchanged = as(VIEWER).when().get("/api/v1/action-plans/{id}", planId).then().extract().jsonPath();
        assertThat(unchanged.getList("actions.title")).containsExactly("Samordnarens åtgärd",
                "Fritidsgården öppnar kvällstid");

        // a plan with a proposal waiting is not adopted
        Response early = as(COORDINATOR).body(decision()).when().post("/api/v1/action-plans/{id}/adoption", planId);
        assertThat(early.statusCode()).as(early.asString()).isEqualTo(400);
        assertThat(early.jsonPath().getList("errors.field")).containsExactly("actions[1].status");

        // the coordinator's replacement keeps the proposal waiting
        Response replaced = as(COORDINATOR).header("If-Match", proposed.header("ETag")).body(plan(picture[0],
                List.of(action("Samordnarens åtgärd, ändrad", List.of(picture[1]), List.of()))))
                .when().put("/api/v1/action-plans/{id}", planId);
        assertThat(replaced.statusCode()).as(replaced.asString()).isEqualTo(200);
        assertThat(replaced.jsonPath().getList("actions.status")).containsExactly("accepted", "proposed");

        Response accepted = as(COORDINATOR).when()
                .post("/api/v1/action-plans/{id}/proposals/{a}/acceptance", planId, proposal);
        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(200);
        assertThat(accepted.jsonPath().getList("actions.status")).containsExactly("accepted", "accepted");
        long second = as(EDITOR).body(Map.of("title", "Ännu ett förslag")).when()
                .post("/api/v1/action-plans/{id}/proposals", planId).then().statusCode(201).extract().jsonPath()
                .getLong("actions[2].id");
        Response rejected = as(COORDINATOR).when()
                .post("/api/v1/action-plans/{id}/proposals/{a}/rejection", planId, second);
        assertThat(rejected.statusCode()).as(rejected.asString()).isEqualTo(200);
        assertThat(rejected.jsonPath().getList("actions.title")).containsExactly("Samordnarens åtgärd, ändrad",
                "Fritidsgården öppnar kvällstid");
        assertThat(as(COORDINATOR).when().post("/api/v1/action-plans/{id}/proposals/{a}/acceptance", planId, second)
                .statusCode()).as("no longer a proposal").isEqualTo(404);

        assertThat(as(COORDINATOR).body(decision()).when().post("/api/v1/action-plans/{id}/adoption", planId)
                .statusCode()).isEqualTo(200);
        assertThat(as(EDITOR).body(Map.of("title", "För sent")).when()
                .post("/api/v1/action-plans/{id}/proposals", planId).statusCode()).isEqualTo(409);
        assertThat(as(VIEWER).when().get("/api/v1/action-plans/{id}/history", planId).then().extract().jsonPath()
                .getList("items.action")).containsExactly("adopted", "proposalRejected", "proposed",
                        "proposalAccepted", "updated", "proposed", "created");
    }

    @Test
    void aChangeOfAnAdoptedPlanIsANewVersionThatShowsWhatChanged() {
        long[] picture = adoptedPicture("2046-01", "2047-12");
        long measure = overdueMeasure();
        Response plan = as(COORDINATOR).body(plan(picture[0], List.of(
                action("Kontroller", List.of(picture[1]), List.of()),
                action("Kampanj", List.of(), List.of())))).when().post("/api/v1/action-plans");
        long planId = plan.jsonPath().getLong("id");
        assertThat(as(COORDINATOR).when().post("/api/v1/action-plans/{id}/versions", planId).statusCode())
                .as("a draft is changed as it is").isEqualTo(409);
        assertThat(as(COORDINATOR).body(decision()).when().post("/api/v1/action-plans/{id}/adoption", planId)
                .statusCode()).isEqualTo(200);
        assertThat(as(EDITOR).when().post("/api/v1/action-plans/{id}/versions", planId).statusCode()).isEqualTo(403);

        Response version = as(COORDINATOR).when().post("/api/v1/action-plans/{id}/versions", planId);
        assertThat(version.statusCode()).as(version.asString()).isEqualTo(201);
        long versionId = version.jsonPath().getLong("id");
        assertThat(version.jsonPath().getString("status")).isEqualTo("draft");
        assertThat(version.jsonPath().getLong("predecessor.id")).isEqualTo(planId);
        assertThat(version.jsonPath().getList("actions.title")).containsExactly("Kontroller", "Kampanj");
        Response second = as(COORDINATOR).when().post("/api/v1/action-plans/{id}/versions", planId);
        assertThat(second.statusCode()).as("one newer version at a time").isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.jsonPath().getString("type")).isEqualTo("urn:varna:problem:action-plan-revised");
        assertThat(second.jsonPath().getString("detail")).contains(String.valueOf(versionId));
        assertThat(as(VIEWER).when().get("/api/v1/action-plans/{id}/changes", versionId).then().statusCode(200)
                .extract().jsonPath().getList("changed")).as("a copy changes nothing").isEmpty();

        Response changed = as(COORDINATOR).header("If-Match", version.header("ETag")).body(plan(picture[0], List.of(
                action("Kontroller", List.of(picture[1]), List.of(measure)),
                action("Föräldravandringar", List.of(picture[1]), List.of()))))
                .when().put("/api/v1/action-plans/{id}", versionId);
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        JsonPath changes = as(VIEWER).when().get("/api/v1/action-plans/{id}/changes", versionId).then()
                .statusCode(200).extract().jsonPath();
        assertThat(changes.getLong("predecessor.id")).isEqualTo(planId);
        assertThat(changes.getList("added.title")).containsExactly("Föräldravandringar");
        assertThat(changes.getList("removed.title")).containsExactly("Kampanj");
        assertThat(changes.getList("changed.action.title")).containsExactly("Kontroller");
        assertThat(changes.getList("changed[0].fields")).containsExactly("measures");
        // the adopted plan stays as it was; a first version has no changes to show
        JsonPath old = as(VIEWER).when().get("/api/v1/action-plans/{id}", planId).then().extract().jsonPath();
        assertThat(old.getString("status")).isEqualTo("adopted");
        assertThat(old.getList("actions.title")).containsExactly("Kontroller", "Kampanj");
        assertThat(as(VIEWER).when().get("/api/v1/action-plans/{id}/changes", planId).statusCode()).isEqualTo(404);
    }

    @Test
    void aChangeOfAnAdoptedLagesbildIsANewVersionAndItsPlansStayOnTheOneTheyWereBasedOn() {
        long[] picture = adoptedPicture("2043-01", "2043-12");
        Response plan = as(COORDINATOR).body(plan(picture[0], List.of(action("Kontroller", List.of(picture[1]),
                List.of())))).when().post("/api/v1/action-plans");
        assertThat(plan.statusCode()).as(plan.asString()).isEqualTo(201);
        Response draft = create("2043-01", "2043-12");
        Response ofDraft = as(COORDINATOR).when().post("/api/v1/situation-pictures/{id}/versions",
                draft.jsonPath().getLong("id"));
        assertThat(ofDraft.statusCode()).as("a draft is changed as it is").isEqualTo(409);
        assertThat(ofDraft.jsonPath().getString("type")).isEqualTo("urn:varna:problem:situation-picture-draft");
        assertThat(as(EDITOR).when().post("/api/v1/situation-pictures/{id}/versions", picture[0]).statusCode())
                .isEqualTo(403);
        assertThat(as(COORDINATOR).when().post("/api/v1/situation-pictures/{id}/versions", 987654321L).statusCode())
                .isEqualTo(404);
        Response notANumber = raw(COORDINATOR).when().post("/api/v1/situation-pictures/{id}/versions", "tva");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.jsonPath().getList("errors.field")).containsExactly("id");

        Response version = as(COORDINATOR).when().post("/api/v1/situation-pictures/{id}/versions", picture[0]);
        assertThat(version.statusCode()).as(version.asString()).isEqualTo(201);
        long versionId = version.jsonPath().getLong("id");
        assertThat(version.header("Location")).endsWith("/api/v1/situation-pictures/" + versionId);
        assertThat(version.jsonPath().getString("status")).isEqualTo("draft");
        assertThat(version.jsonPath().getLong("predecessor.id")).isEqualTo(picture[0]);
        assertThat(version.jsonPath().getList("problems.title")).containsExactly(
                "Öppen narkotikahandel vid Kristiansborgs centrum", "Rekrytering till nätverk");
        assertThat(version.jsonPath().getList("problems.id", Long.class)).as("the copy's problems are its own")
                .doesNotContain(picture[1], picture[2]);
        assertThat(version.jsonPath().getList("sections.title")).containsExactly("Polisens lägesbild", "Skolenkäten");
        assertThat(version.jsonPath().getString("mapping.builtAt")).as("the mapping the analysis was written from")
                .isNotNull();
        assertThat(version.jsonPath().getList("versions.id", Long.class)).containsExactly(picture[0], versionId);

        Response second = as(COORDINATOR).when().post("/api/v1/situation-pictures/{id}/versions", picture[0]);
        assertThat(second.statusCode()).as("one newer version at a time").isEqualTo(409);
        assertThat(second.jsonPath().getString("type")).isEqualTo("urn:varna:problem:situation-picture-revised");
        Response old = as(COORDINATOR).when().get("/api/v1/situation-pictures/{id}", picture[0]);
        Response edit = replace(picture[0], old.header("ETag"), content(List.of()));
        assertThat(edit.statusCode()).as("the adopted version stays read-only").isEqualTo(409);
        Response bad = replace(versionId, version.header("ETag"), content(List.of(problem("Fel", "public",
                List.of(), List.of("1980-ingenstans"), List.of(), List.of()))));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.jsonPath().getList("errors.field")).containsExactly("problems[0].evidence.districts[0]");
        Response basedOnDraft = as(COORDINATOR).body(plan(versionId, List.of())).when().post("/api/v1/action-plans");
        assertThat(basedOnDraft.statusCode()).isEqualTo(400);
        assertThat(basedOnDraft.jsonPath().getList("errors.field")).containsExactly("situationPicture");

        Response changed = replace(versionId, version.header("ETag"), content(List.of(problem("Ny bild av handeln",
                "public", List.of("narkotikabrott"), List.of(), List.of(), List.of()))));
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        JsonPath before = as(VIEWER).when().get("/api/v1/situation-pictures/{id}", picture[0]).then().statusCode(200)
                .extract().jsonPath();
        assertThat(before.getList("problems.id", Long.class)).containsExactly(picture[1], picture[2]);
        assertThat(before.getList("versions.id", Long.class)).containsExactly(picture[0], versionId);
        assertThat(as(null).when().get("/api/v1/situation-pictures/{id}", picture[0]).then().statusCode(200)
                .extract().jsonPath().getList("versions.id", Long.class)).as("the public sees adopted versions only")
                .containsExactly(picture[0]);
        assertThat(as(COORDINATOR).body(decision()).when().post("/api/v1/situation-pictures/{id}/adoption", versionId)
                .statusCode()).isEqualTo(200);
        JsonPath planAfter = as(VIEWER).when().get("/api/v1/action-plans/{id}", plan.jsonPath().getLong("id")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(planAfter.getLong("situationPicture.id")).as("a plan stays on its version").isEqualTo(picture[0]);
        assertThat(planAfter.getList("actions[0].problems.id", Long.class)).containsExactly(picture[1]);
        assertThat(as(null).when().get("/api/v1/situation-pictures/{id}", versionId).then().statusCode(200)
                .extract().jsonPath().getList("versions.status")).containsExactly("adopted", "adopted");
    }

    @Test
    void thePublicReadsOnlyAdoptedPicturesTheirPublicPartsAndNoSmallCountExactly() {
        JsonPath job = importAndWait(CrimeImports.POLICE, CrimeImports.HEADER
                + "2047-03,1980-kristiansborg,narkotika-overlatelse,total,total,2\n");
        assertThat(job.getString("state")).as(job.prettify()).isEqualTo("succeeded");
        Response draft = create("2047-01", "2047-12");
        long draftId = draft.jsonPath().getLong("id");
        assertThat(as(null).when().get("/api/v1/situation-pictures/{id}", draftId).statusCode()).isEqualTo(404);
        assertThat(as(PARTNER).when().get("/api/v1/situation-pictures/{id}", draftId).statusCode()).isEqualTo(404);
        assertThat(as(EDITOR).when().get("/api/v1/situation-pictures/{id}", draftId).statusCode()).isEqualTo(200);

        long[] adopted = adoptedPicture("2047-01", "2047-12");
        String cell = "mapping.crimeByDistrict.cells.find { it.area == '1980-kristiansborg' && it.category == 'narkotikabrott' }";

        JsonPath exact = as(VIEWER).when().get("/api/v1/situation-pictures/{id}", adopted[0]).then().statusCode(200)
                .extract().jsonPath();
        assertThat(exact.getList("sections.visibility")).containsExactly("internal", "public");
        assertThat(exact.getList("problems.id", Long.class)).containsExactly(adopted[1], adopted[2]);
        assertThat(exact.getInt(cell + ".count")).isEqualTo(2);
        assertThat(exact.getString(cell + ".disclosure")).isEqualTo("exact");

        for (String reader : new String[] { null, PARTNER }) {
            JsonPath published = as(reader).when().get("/api/v1/situation-pictures/{id}", adopted[0]).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(published.getList("sections.title")).as("public sections only").containsExactly("Skolenkäten");
            assertThat(published.getList("problems.id", Long.class)).as("public problems only")
                    .containsExactly(adopted[1]);
            assertThat(published.getList("mapping.riskFactors")).isEmpty();
            if (reader == null) {
                // (the police, who delivered the figure, see it exactly: the disclosure control's partner rule)
                assertThat(published.getString(cell + ".disclosure")).as("a count of 2").isNotEqualTo("exact");
                assertThat(published.get(cell + ".count") == null || published.getInt(cell + ".count") != 2)
                        .as("a count of 2 is not shown as 2").isTrue();
            }
        }
        List<Long> publicList = as(null).when().get("/api/v1/situation-pictures?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertThat(publicList).contains(adopted[0]).doesNotContain(draftId);
    }

    @Test
    void evidenceNamingNothingIsRefusedFieldByFieldAndNothingIsStored() {
        Response created = create("2046-01", "2046-12");
        long id = created.jsonPath().getLong("id");
        Response bad = replace(id, created.header("ETag"), content(List.of(
                problem("Ok", "public", List.of("narkotikabrott"), List.of("1980-kristiansborg"), List.of(), List.of()),
                problem("Fel", "public", List.of("ingen-sadan-kategori"), List.of("1980-ingenstans"),
                        List.of(987654321L), List.of("INGEN_FAKTOR")))));
        assertThat(bad.statusCode()).as(bad.asString()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.jsonPath().getList("errors.field")).containsExactlyInAnyOrder(
                "problems[1].evidence.crimeCategories[0]", "problems[1].evidence.districts[0]",
                "problems[1].evidence.indicators[0]", "problems[1].evidence.factors[0]");
        Response after = as(COORDINATOR).when().get("/api/v1/situation-pictures/{id}", id);
        assertThat(after.jsonPath().getList("problems")).isEmpty();
        assertThat(after.jsonPath().getList("sections")).isEmpty();
        assertThat(after.header("ETag")).isEqualTo(created.header("ETag"));

        Response order = as(COORDINATOR).body(Map.of("title", "Baklänges", "from", "2046-12", "to", "2046-01"))
                .when().post("/api/v1/situation-pictures");
        assertThat(order.statusCode()).as(order.asString()).isEqualTo(400);
        assertThat(order.jsonPath().getList("errors.field")).containsExactly("to");
    }

    @Test
    void aPlanNamesOnlyProblemsOfItsOwnLagesbildAndKnownThings() {
        long[] picture = adoptedPicture("2045-01", "2045-12");
        long[] other = adoptedPicture("2045-01", "2045-06");
        Map<String, Object> wrong = action("Fel", List.of(other[1]), List.of(987654321L));
        wrong.put("organisations", List.of("ingen-sadan"));
        wrong.put("resultIndicator", tillit());
        Response bad = as(COORDINATOR).body(plan(picture[0], List.of(wrong))).when().post("/api/v1/action-plans");
        assertThat(bad.statusCode()).as(bad.asString()).isEqualTo(400);
        assertThat(bad.jsonPath().getList("errors.field")).containsExactlyInAnyOrder("actions[0].problems[0]",
                "actions[0].organisations[0]", "actions[0].measures[0]", "actions[0].resultCrimeCategory");
        Response unknown = as(COORDINATOR).body(plan(987654321L, List.of())).when().post("/api/v1/action-plans");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.jsonPath().getList("errors.field")).containsExactly("situationPicture");
    }

    @Test
    void onlyTheCoordinatorWrites() {
        Response byEditor = as(EDITOR).body(Map.of("title", "Redaktörens", "from", "2046-01", "to", "2046-12"))
                .when().post("/api/v1/situation-pictures");
        assertThat(byEditor.statusCode()).isEqualTo(403);
        long[] picture = adoptedPicture("2044-01", "2044-12");
        Response planByEditor = as(EDITOR).body(plan(picture[0], List.of())).when().post("/api/v1/action-plans");
        assertThat(planByEditor.statusCode()).isEqualTo(403);
    }

    @Test
    void theListsOfPicturesAndPlansReadTheirChildrenInAFixedNumberOfStatements() {
        // 20 adopted pictures, each with a plan of its own: the newest of both lists
        for (int i = 0; i < 20; i++) {
            long[] picture = adoptedPicture("2046-01", "2047-12");
            Response plan = as(COORDINATOR).body(plan(picture[0], List.of(action(unique("Åtgärd"),
                    List.of(picture[1]), List.of())))).when().post("/api/v1/action-plans");
            assertThat(plan.statusCode()).as(plan.asString()).isEqualTo(201);
        }
        for (String token : new String[] { COORDINATOR, PARTNER }) {
            java.util.function.IntFunction<Runnable> pictures = limit -> () -> as(token).queryParam("limit", limit)
                    .when().get("/api/v1/situation-pictures").then().statusCode(200)
                    .body("items.size()", equalTo(limit));
            long two = Statements.preparedFor(pictures.apply(2));
            assertThat(two).isPositive();
            assertThat(Statements.preparedFor(pictures.apply(20))).as(token).isEqualTo(two);
        }
        java.util.function.IntFunction<Runnable> plans = limit -> () -> as(COORDINATOR).queryParam("limit", limit)
                .when().get("/api/v1/action-plans").then().statusCode(200).body("items.size()", equalTo(limit))
                .body("items[0].actionCount", equalTo(1));
        long two = Statements.preparedFor(plans.apply(2));
        assertThat(two).isPositive();
        assertThat(Statements.preparedFor(plans.apply(20))).isEqualTo(two);
    }

}
