package se.varna.governance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ForumDecisionResourceTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    static final String EDITOR_KFF = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");
    static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");
    static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");
    static final String ROLELESS = TestTokens.user("nobody", "kommunstyrelsen");

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    /** For requests the contract itself rules out (a missing field, a text too long): only the answer is checked. */
    static RequestSpecification asUnchecked(String token) {
        RequestSpecification spec = given().filter(Contract.RESPONSES_VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> decision(String forum, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", "2026-03-12");
        body.put("forum", forum);
        body.put("textSv", text);
        body.put("textEn", "Lighting along the walkways is improved.");
        body.put("reference", "KS 2026/00123");
        return body;
    }

    static long record(String forum, String text) {
        return as(COORDINATOR).contentType("application/json").body(decision(forum, text))
                .when().post("/api/v1/forum-decisions").then().statusCode(201)
                .extract().<Number>path("id").longValue();
    }

    static long decisionCount() {
        return as(COORDINATOR).queryParam("limit", 1).when().get("/api/v1/forum-decisions")
                .then().statusCode(200).extract().<Number>path("total").longValue();
    }

    static Map<String, Object> measure(String title, List<Long> decisions) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("preventionType", "situational");
        body.put("preventionLevel", "primary");
        body.put("status", "ongoing");
        body.put("startDate", "2026-04-01");
        body.put("responsibleOrganisation", "kultur-idrott-fritid");
        body.put("published", true);
        body.put("forumDecisions", decisions);
        return body;
    }

    static Map<String, Object> agreement(String title, List<Long> decisions) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "citizenPromise");
        body.put("title", title);
        body.put("area", "1980");
        body.put("startDate", "2026-04-01");
        body.put("parties", List.of("polisen", "kultur-idrott-fritid"));
        body.put("commitments", List.of());
        body.put("forumDecisions", decisions);
        return body;
    }

    @Test
    void organisationsAndForumsCarryTheirGovernanceLevel() {
        ExtractableResponse<Response> organisations = as(null).queryParam("limit", 200)
                .when().get("/api/v1/organisations").then().statusCode(200).extract();
        Map<String, String> levels = new HashMap<>();
        List<Map<String, Object>> items = organisations.path("items");
        items.forEach(o -> levels.put((String) o.get("code"), (String) o.get("governanceLevel")));
        assertThat(levels).containsEntry("kommunfullmaktige", "inriktande")
                .containsEntry("stadsledningskontoret", "strategisk").containsEntry("varna-vasteras", "strategisk")
                .containsEntry("samordningsarenan", "strategisk").containsEntry("plg-social-hallbarhet", "taktisk")
                .containsEntry("kultur-idrott-fritid", "operativ").containsEntry("polisen", null);

        as(null).when().get("/api/v1/forums").then().statusCode(200)
                .body("items.code", containsInAnyOrder("varna-vasteras", "plg-social-hallbarhet", "samordningsarenan",
                        "hallbarhetsarenan"))
                .body("items.find { it.code == 'plg-social-hallbarhet' }.governanceLevel", equalTo("taktisk"));
    }

    @Test
    void coordinatorRecordsADecisionAndEverySignedInRoleReadsIt() {
        String text = unique("Belysningen längs gångvägarna förbättras.");
        ExtractableResponse<Response> created = as(COORDINATOR).contentType("application/json")
                .body(decision(" samordningsarenan ", "  " + text + "  ")).when().post("/api/v1/forum-decisions")
                .then().statusCode(201).extract();
        long id = created.<Number>path("id").longValue();
        assertThat(created.header("Location")).endsWith("/api/v1/forum-decisions/" + id);
        assertThat(created.<String>path("text.sv")).isEqualTo(text);
        assertThat(created.<String>path("forum.code")).isEqualTo("samordningsarenan");
        assertThat(created.<String>path("forum.governanceLevel")).isEqualTo("strategisk");
        assertThat(created.<String>path("reference")).isEqualTo("KS 2026/00123");
        assertThat(created.<String>path("createdBy")).isEqualTo("samordnare");

        for (String token : List.of(VIEWER, PARTNER, EDITOR_KFF, COORDINATOR)) {
            as(token).when().get("/api/v1/forum-decisions/{id}", id).then().statusCode(200)
                    .body("date", equalTo("2026-03-12")).body("text.en", equalTo("Lighting along the walkways is improved."));
            as(token).queryParam("forum", "samordningsarenan").queryParam("limit", 100)
                    .when().get("/api/v1/forum-decisions").then().statusCode(200).body("items.id", hasItem((int) id));
        }
        as(VIEWER).queryParam("forum", "varna-vasteras").queryParam("limit", 100).when().get("/api/v1/forum-decisions")
                .then().statusCode(200).body("items.id", not(hasItem((int) id)));

        // newest first, paged like every list
        long later = as(COORDINATOR).contentType("application/json")
                .body(Map.of("date", LocalDate.now().toString(), "forum", "samordningsarenan", "textSv", unique("Senare")))
                .when().post("/api/v1/forum-decisions").then().statusCode(201)
                .body("text.en", nullValue()).body("reference", nullValue()).extract().<Number>path("id").longValue();
        as(VIEWER).queryParam("forum", "samordningsarenan").queryParam("limit", 1).when().get("/api/v1/forum-decisions")
                .then().statusCode(200).body("items.id", contains((int) later)).body("limit", equalTo(1));
    }

    @Test
    void onlyTheCoordinatorRecordsAndOnlySignedInRolesRead() {
        long before = decisionCount();
        Map<String, Object> body = decision("samordningsarenan", unique("Obehörigt beslut"));
        asUnchecked(null).contentType("application/json").body(body).when().post("/api/v1/forum-decisions")
                .then().statusCode(401);
        for (String token : List.of(VIEWER, PARTNER, EDITOR_KFF, ROLELESS)) {
            asUnchecked(token).contentType("application/json").body(body).when().post("/api/v1/forum-decisions")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        assertThat(decisionCount()).isEqualTo(before);

        long id = record("varna-vasteras", unique("Trygghetsvandringar"));
        asUnchecked(null).when().get("/api/v1/forum-decisions").then().statusCode(401);
        asUnchecked(null).when().get("/api/v1/forum-decisions/{id}", id).then().statusCode(401);
        asUnchecked(ROLELESS).when().get("/api/v1/forum-decisions").then().statusCode(403);
        asUnchecked(ROLELESS).when().get("/api/v1/forum-decisions/{id}", id).then().statusCode(403);
    }

    @Test
    void badInputIsNamedAndNothingIsStored() {
        long before = decisionCount();
        String text = unique("Felaktigt beslut");
        asUnchecked(COORDINATOR).contentType("application/json").body(Map.of()).when().post("/api/v1/forum-decisions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("date", "forum", "textSv"));
        Map<String, Object> unknown = decision("finns-inte", text);
        unknown.put("date", LocalDate.now().plusDays(1).toString());
        as(COORDINATOR).contentType("application/json").body(unknown).when().post("/api/v1/forum-decisions")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("forum", "date"));
        as(COORDINATOR).contentType("application/json").body(decision("kultur-idrott-fritid", text))
                .when().post("/api/v1/forum-decisions").then().statusCode(400).body("errors.field", contains("forum"));
        Map<String, Object> blank = decision("samordningsarenan", "   ");
        asUnchecked(COORDINATOR).contentType("application/json").body(blank).when().post("/api/v1/forum-decisions")
                .then().statusCode(400).body("errors.field", contains("textSv"));
        Map<String, Object> tooLong = decision("samordningsarenan", "x".repeat(5001));
        tooLong.put("textEn", "y".repeat(5001));
        tooLong.put("reference", "z".repeat(65));
        asUnchecked(COORDINATOR).contentType("application/json").body(tooLong).when().post("/api/v1/forum-decisions")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("textSv", "textEn", "reference"));
        Map<String, Object> badDate = decision("samordningsarenan", text);
        badDate.put("date", "den tolfte mars");
        asUnchecked(COORDINATOR).contentType("application/json").body(badDate).when().post("/api/v1/forum-decisions")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(decisionCount()).isEqualTo(before);

        as(VIEWER).queryParam("forum", "finns-inte").when().get("/api/v1/forum-decisions")
                .then().statusCode(400).body("errors.field", contains("forum"));
        as(VIEWER).queryParam("forum", "polisen").when().get("/api/v1/forum-decisions")
                .then().statusCode(400).body("errors.field", contains("forum"));
        as(VIEWER).when().get("/api/v1/forum-decisions/{id}", 999999999).then().statusCode(404);
        asUnchecked(VIEWER).when().get("/api/v1/forum-decisions/{id}", "abc").then().statusCode(400)
                .body("errors.field", contains("id"));
    }

    @Test
    void aMeasureCitesTheDecisionsItCarriesOut() {
        long decision = record("samordningsarenan", unique("Fler mötesplatser för unga i Bäckby."));
        String title = unique("Fritidsgård kvällstid");
        ExtractableResponse<Response> created = as(EDITOR_KFF).contentType("application/json")
                .body(measure(title, List.of(decision))).when().post("/api/v1/measures").then().statusCode(201).extract();
        long id = created.<Number>path("id").longValue();
        assertThat(created.<List<Integer>>path("forumDecisions.id")).containsExactly((int) decision);
        assertThat(created.<String>path("forumDecisions[0].forum.code")).isEqualTo("samordningsarenan");
        assertThat(created.<String>path("forumDecisions[0].date")).isEqualTo("2026-03-12");
        as(VIEWER).when().get("/api/v1/measures/{id}", id).then().statusCode(200)
                .body("forumDecisions.id", contains((int) decision));
        // an internal field: the public reads the measure without them
        as(null).when().get("/api/v1/measures/{id}", id).then().statusCode(200).body("forumDecisions", empty());

        // an unknown decision: 400 naming its place, and the measure stays as it was
        Map<String, Object> changed = measure(title + " (ändrad)", List.of(decision, 999999999L));
        as(EDITOR_KFF).contentType("application/json").header("If-Match", "\"0\"").body(changed)
                .when().put("/api/v1/measures/{id}", id).then().statusCode(400)
                .body("errors.field", contains("forumDecisions[1]"));
        as(VIEWER).when().get("/api/v1/measures/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("title", equalTo(title)).body("forumDecisions.id", contains((int) decision));

        // citing is a change of the measure: a new version and an entry in its history
        as(EDITOR_KFF).contentType("application/json").header("If-Match", "\"0\"").body(measure(title, List.of()))
                .when().put("/api/v1/measures/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("forumDecisions", empty());
        as(VIEWER).when().get("/api/v1/measures/{id}/history", id).then().statusCode(200)
                .body("items[0].changedFields", contains("forumDecisions"))
                .body("items[0].before.forumDecisions", contains((int) decision));
    }

    @Test
    void anAgreementCitesTheDecisionsItCarriesOut() {
        long decision = record("varna-vasteras", unique("Medborgarlöfte för centrum tas fram med polisen."));
        String title = unique("Medborgarlöfte centrum");
        ExtractableResponse<Response> created = as(COORDINATOR).contentType("application/json")
                .body(agreement(title, List.of(decision))).when().post("/api/v1/agreements").then().statusCode(201).extract();
        long id = created.<Number>path("id").longValue();
        assertThat(created.<List<Integer>>path("forumDecisions.id")).containsExactly((int) decision);
        as(PARTNER).when().get("/api/v1/agreements/{id}", id).then().statusCode(200)
                .body("forumDecisions[0].forum.code", equalTo("varna-vasteras"));
        as(null).when().get("/api/v1/agreements/{id}", id).then().statusCode(200).body("forumDecisions", empty());

        Map<String, Object> bad = agreement(title + " (ändrad)", List.of(999999999L));
        as(COORDINATOR).contentType("application/json").header("If-Match", "\"0\"").body(bad)
                .when().put("/api/v1/agreements/{id}", id).then().statusCode(400)
                .body("errors.field", contains("forumDecisions[0]"));
        as(COORDINATOR).contentType("application/json").body(agreement(unique("Ny"), List.of(999999999L)))
                .when().post("/api/v1/agreements").then().statusCode(400)
                .body("errors.field", contains("forumDecisions[0]"));
        as(VIEWER).when().get("/api/v1/agreements/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("title", equalTo(title));

        long other = record("plg-social-hallbarhet", unique("Samordning av trygghetsvandringar."));
        as(COORDINATOR).contentType("application/json").header("If-Match", "\"0\"").body(agreement(title, List.of(other)))
                .when().put("/api/v1/agreements/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("forumDecisions.id", contains((int) other));
        as(VIEWER).when().get("/api/v1/agreements/{id}/history", id).then().statusCode(200)
                .body("items[0].changedFields", contains("forumDecisions"));
    }
}
