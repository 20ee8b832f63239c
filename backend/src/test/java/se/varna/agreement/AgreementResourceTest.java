package se.varna.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
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
import se.varna.support.Statements;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AgreementResourceTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    static final String EDITOR_KFF = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");
    static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");
    static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    static RequestSpecification asUnchecked(String token) {
        RequestSpecification spec = given().filter(Contract.RESPONSES_VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long measure(boolean published) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", unique("Belysning gångvägar"));
        body.put("preventionType", "situational");
        body.put("preventionLevel", "primary");
        body.put("status", "ongoing");
        body.put("startDate", "2025-02-01");
        body.put("responsibleOrganisation", "kultur-idrott-fritid");
        body.put("published", published);
        return as(COORDINATOR).contentType("application/json").body(body)
                .when().post("/api/v1/measures").then().statusCode(201).extract().<Number>path("id").longValue();
    }

    static Map<String, Object> commitment(String text, String organisation, String status, List<Long> measures) {
        Map<String, Object> c = new HashMap<>();
        c.put("text", text);
        c.put("responsibleOrganisation", organisation);
        c.put("status", status);
        c.put("measures", measures);
        return c;
    }

    static Map<String, Object> agreement(String title, String area, List<Long> measures) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "citizenPromise");
        body.put("title", title);
        body.put("description", "Medborgarlöfte mellan Västerås stad och Polisen.");
        body.put("area", area);
        body.put("startDate", "2025-01-01");
        body.put("endDate", "2025-12-31");
        body.put("parties", List.of("polisen", "kultur-idrott-fritid"));
        body.put("commitments", new ArrayList<>(List.of(
                commitment("Polisen genomför trygghetsvandringar varje kvartal.", "polisen", "ongoing", List.of()),
                commitment("Staden förbättrar belysningen vid gångvägar.", "kultur-idrott-fritid", "notStarted",
                        measures))));
        return body;
    }

    static ExtractableResponse<Response> create(Map<String, Object> body) {
        return as(COORDINATOR).contentType("application/json").body(body)
                .when().post("/api/v1/agreements").then().statusCode(201).extract();
    }

    @Test
    void coordinatorRecordsAnAgreementAndAnyoneReadsIt() {
        long published = measure(true);
        long internal = measure(false);
        String title = unique("Medborgarlöfte Västerås 2025");
        ExtractableResponse<Response> created = create(agreement(title, "1980", List.of(published, internal)));
        assertThat(created.header("Location")).matches(".*/api/v1/agreements/\\d+");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.<List<String>>path("parties.code")).containsExactlyInAnyOrder("polisen", "kultur-idrott-fritid");
        assertThat(created.<List<String>>path("commitments.status")).containsExactly("ongoing", "notStarted");
        assertThat(created.<List<Integer>>path("commitments[1].measures.id")).hasSize(2);
        assertThat(created.<Boolean>path("canEdit")).isTrue();
        long id = created.<Number>path("id").longValue();

        for (String token : new String[] { null, VIEWER, PARTNER, EDITOR_KFF, COORDINATOR }) {
            as(token).when().get("/api/v1/agreements/{id}", id).then().statusCode(200)
                    .header("ETag", "\"0\"").body("title", equalTo(title));
            // a Västerås-wide promise covers each district
            as(token).queryParam("area", "1980-backby").when().get("/api/v1/agreements")
                    .then().statusCode(200).body("items.title", hasItem(title));
        }
        // the public sees no usernames and no unpublished measures
        as(null).when().get("/api/v1/agreements/{id}", id).then().statusCode(200)
                .body("createdBy", nullValue()).body("canEdit", equalTo(false))
                .body("commitments[1].measures.id", contains((int) published));
        as(VIEWER).when().get("/api/v1/agreements/{id}", id).then().statusCode(200)
                .body("createdBy", equalTo("samordnare")).body("commitments[1].measures", org.hamcrest.Matchers.hasSize(2));
        as(null).queryParam("type", "citizenPromise").queryParam("status", "notStarted")
                .queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .when().get("/api/v1/agreements").then().statusCode(200)
                .body("items.find { it.title == '" + title + "' }.commitmentCounts.ongoing", equalTo(1));
        as(null).queryParam("type", "collaborationAgreement").when().get("/api/v1/agreements")
                .then().statusCode(200).body("items.title", not(hasItem(title)));
        as(null).queryParam("status", "fulfilled").when().get("/api/v1/agreements")
                .then().statusCode(200).body("items.title", not(hasItem(title)));
        as(null).queryParam("from", "2026-01-01").when().get("/api/v1/agreements")
                .then().statusCode(200).body("items.title", not(hasItem(title)));
        as(VIEWER).when().get("/api/v1/agreements/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("created"));
    }

    @Test
    void onlyTheCoordinatorWritesAgreements() {
        String title = unique("Samverkansöverenskommelse");
        Map<String, Object> body = agreement(title, "1980", List.of());
        asUnchecked(null).contentType("application/json").body(body).when().post("/api/v1/agreements").then().statusCode(401);
        for (String token : List.of(VIEWER, PARTNER, EDITOR_KFF)) {
            as(token).contentType("application/json").body(body).when().post("/api/v1/agreements")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        as(null).queryParam("area", "1980").when().get("/api/v1/agreements")
                .then().statusCode(200).body("items.title", not(hasItem(title)));

        long id = create(body).<Number>path("id").longValue();
        body.put("title", "Ändrad");
        asUnchecked(null).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/agreements/{id}", id).then().statusCode(401);
        for (String token : List.of(VIEWER, PARTNER, EDITOR_KFF)) {
            as(token).contentType("application/json").header("If-Match", "\"0\"").body(body)
                    .when().put("/api/v1/agreements/{id}", id).then().statusCode(403);
        }
        as(null).when().get("/api/v1/agreements/{id}", id).then().statusCode(200).body("title", equalTo(title));
        asUnchecked(null).when().get("/api/v1/agreements/{id}/history", id).then().statusCode(401);
    }

    @Test
    void badInputIsNamedAndNothingIsStored() {
        String title = unique("Felaktig");
        Map<String, Object> body = agreement(title, "1980", List.of(999999999L));
        body.put("parties", List.of("polisen", "finns-inte"));
        body.put("endDate", "2024-12-31");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> commitments = (List<Map<String, Object>>) body.get("commitments");
        commitments.get(0).put("responsibleOrganisation", "okand");
        as(COORDINATOR).contentType("application/json").body(body).when().post("/api/v1/agreements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("parties[1]", "endDate",
                        "commitments[0].responsibleOrganisation", "commitments[1].measures[0]"));

        as(COORDINATOR).contentType("application/json").body(agreement(title, "1980-okand", List.of()))
                .when().post("/api/v1/agreements").then().statusCode(400).body("errors.field", contains("area"));
        asUnchecked(COORDINATOR).contentType("application/json").body(Map.of("title", title))
                .when().post("/api/v1/agreements").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("type", "area", "startDate", "parties"));
        asUnchecked(COORDINATOR).contentType("application/json").body(Map.of("type", "avtal", "title", title))
                .when().post("/api/v1/agreements").then().statusCode(400);

        as(null).queryParam("area", "1980").when().get("/api/v1/agreements")
                .then().statusCode(200).body("items.title", not(hasItem(title)));
        asUnchecked(null).queryParam("type", "avtal").when().get("/api/v1/agreements")
                .then().statusCode(400).body("errors.field", contains("type"));
        as(null).queryParam("area", "1980-okand").when().get("/api/v1/agreements")
                .then().statusCode(400).body("errors.field", contains("area"));
        asUnchecked(null).queryParam("to", "snart").when().get("/api/v1/agreements")
                .then().statusCode(400).body("errors.field", contains("to"));
        as(null).when().get("/api/v1/agreements/{id}", 999999999).then().statusCode(404);
    }

    @Test
    void aTooLongValueIsRefusedNamingItInTheReadersLanguageAndNothingIsStored() {
        String title = unique("För lång");
        Map<String, Object> body = agreement(title, "1980", List.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> commitments = (List<Map<String, Object>>) body.get("commitments");
        commitments.get(1).put("text", "ö".repeat(5001));
        asUnchecked(COORDINATOR).header("Accept-Language", "sv").contentType("application/json").body(body)
                .when().post("/api/v1/agreements").then().statusCode(400)
                .contentType("application/problem+json").header("Content-Language", "sv")
                .body("title", equalTo("Ogiltig begäran"))
                .body("errors.field", contains("commitments[1].text"))
                .body("errors[0].message", equalTo("får vara högst 5000 tecken"));
        asUnchecked(COORDINATOR).header("Accept-Language", "en").contentType("application/json").body(body)
                .when().post("/api/v1/agreements").then().statusCode(400).header("Content-Language", "en")
                .body("errors.field", contains("commitments[1].text"))
                .body("errors[0].message", equalTo("must be at most 5000 characters"));

        Map<String, Object> noParties = agreement(title, "1980", List.of());
        noParties.put("parties", List.of());
        noParties.remove("type");
        asUnchecked(COORDINATOR).header("Accept-Language", "sv").contentType("application/json").body(noParties)
                .when().post("/api/v1/agreements").then().statusCode(400)
                .body("errors.field", contains("parties", "type"))
                .body("errors.message", contains("ange minst en organisation",
                        "krävs: citizenPromise eller collaborationAgreement"));
        asUnchecked(COORDINATOR).contentType("application/json").body(noParties)
                .when().post("/api/v1/agreements").then().statusCode(400)
                .body("errors.message", contains("name at least one organisation",
                        "is required: citizenPromise or collaborationAgreement"));
        as(null).queryParam("area", "1980").when().get("/api/v1/agreements")
                .then().statusCode(200).body("items.title", not(hasItem(title)));

        ExtractableResponse<Response> created = create(agreement(unique("Uppföljning"), "1980-raby", List.of()));
        long id = created.<Number>path("id").longValue();
        int police = created.path("commitments[0].id");
        asUnchecked(PARTNER).header("Accept-Language", "sv").contentType("application/json")
                .body(Map.of("status", "fulfilled", "comment", "ö".repeat(5001)))
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", id, police).then().statusCode(400)
                .body("errors.field", contains("comment"))
                .body("errors[0].message", equalTo("får vara högst 5000 tecken"));
        asUnchecked(PARTNER).header("Accept-Language", "sv").contentType("application/json")
                .body(Map.of("comment", "utan status"))
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", id, police).then().statusCode(400)
                .body("errors.field", contains("status"))
                .body("errors[0].message", equalTo("krävs: notStarted, ongoing, fulfilled eller notFulfilled"));
        as(VIEWER).when().get("/api/v1/agreements/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("commitments[0].status", equalTo("ongoing"));
    }

    @Test
    void aChangeNeedsTheCurrentETagAndKeepsNamedCommitments() {
        Map<String, Object> body = agreement(unique("Medborgarlöfte"), "1980-backby", List.of());
        ExtractableResponse<Response> created = create(body);
        long id = created.<Number>path("id").longValue();
        int kept = created.path("commitments[0].id");

        Map<String, Object> changed = agreement("Medborgarlöfte Bäckby, reviderat", "1980-backby", List.of());
        Map<String, Object> first = commitment("Polisen genomför trygghetsvandringar varje månad.", "polisen",
                "fulfilled", List.of());
        first.put("id", kept);
        changed.put("commitments", List.of(first));

        asUnchecked(COORDINATOR).contentType("application/json").body(changed)
                .when().put("/api/v1/agreements/{id}", id).then().statusCode(428);
        as(COORDINATOR).contentType("application/json").header("If-Match", "\"3\"").body(changed)
                .when().put("/api/v1/agreements/{id}", id).then().statusCode(412);
        as(COORDINATOR).contentType("application/json").header("If-Match", "\"0\"").body(changed)
                .when().put("/api/v1/agreements/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("commitments.id", contains(kept))
                .body("commitments[0].status", equalTo("fulfilled"));

        Map<String, Object> foreign = commitment("Annan", "polisen", "ongoing", List.of());
        foreign.put("id", 999999999);
        changed.put("commitments", List.of(foreign));
        as(COORDINATOR).contentType("application/json").header("If-Match", "\"1\"").body(changed)
                .when().put("/api/v1/agreements/{id}", id).then().statusCode(400)
                .body("errors.field", contains("commitments[0].id"));

        as(VIEWER).when().get("/api/v1/agreements/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("updated", "created"))
                .body("items[0].changedFields", hasItem("commitments"));
    }


    @Test
    void ifMatchStarIsRefusedLikeAStaleTagAndChangesNothing() {
        String original = unique("Medborgarlöfte Skiljebo");
        long id = create(agreement(original, "1980-skiljebo", List.of())).<Number>path("id").longValue();
        Map<String, Object> changed = agreement("Medborgarlöfte Skiljebo, överskrivet", "1980-skiljebo", List.of());

        Map<String, Object> stale = as(COORDINATOR).contentType("application/json").header("If-Match", "\"3\"")
                .body(changed).when().put("/api/v1/agreements/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").extract().jsonPath().getMap("$");
        assertThat(stale.get("detail")).asString().contains("agreement");
        Map<String, Object> star = as(COORDINATOR).contentType("application/json").header("If-Match", "*")
                .body(changed).when().put("/api/v1/agreements/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").extract().jsonPath().getMap("$");
        assertThat(star).isEqualTo(stale);

        as(VIEWER).when().get("/api/v1/agreements/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"").body("title", equalTo(original));
        as(VIEWER).when().get("/api/v1/agreements/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("created"));
    }

    @Test
    void theCommittedOrganisationAndTheCoordinatorFollowUpACommitment() {
        ExtractableResponse<Response> created = create(agreement(unique("Medborgarlöfte Råby"), "1980-raby", List.of()));
        long id = created.<Number>path("id").longValue();
        int police = created.path("commitments[0].id");
        int kff = created.path("commitments[1].id");
        Map<String, Object> followUp = Map.of("status", "fulfilled", "comment", "Fyra vandringar genomförda.");

        as(PARTNER).when().get("/api/v1/agreements/{id}", id).then().statusCode(200)
                .body("commitments.canUpdateStatus", contains(true, false));

        asUnchecked(null).contentType("application/json").body(followUp)
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", id, police).then().statusCode(401);
        as(VIEWER).contentType("application/json").body(followUp)
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", id, police).then().statusCode(403);
        as(EDITOR_KFF).contentType("application/json").body(followUp)
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", id, police).then().statusCode(403);
        as(PARTNER).contentType("application/json").body(followUp)
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", id, kff).then().statusCode(403);

        as(PARTNER).contentType("application/json").body(followUp)
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", id, police).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("commitments[0].status", equalTo("fulfilled"))
                .body("commitments[0].statusComment", equalTo("Fyra vandringar genomförda."))
                .body("commitments[0].statusUpdatedBy", equalTo("service-account-polisen-api"))
                .body("commitments[1].status", equalTo("notStarted"));
        as(EDITOR_KFF).contentType("application/json").body(Map.of("status", "ongoing"))
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", id, kff).then().statusCode(200)
                .body("commitments[1].status", equalTo("ongoing"));
        as(COORDINATOR).contentType("application/json").body(Map.of("status", "notFulfilled"))
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", id, kff).then().statusCode(200)
                .header("ETag", "\"3\"");

        asUnchecked(COORDINATOR).contentType("application/json").body(Map.of("comment", "utan status"))
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", id, kff).then().statusCode(400)
                .body("errors.field", contains("status"));
        as(COORDINATOR).contentType("application/json").body(followUp)
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", id, 999999999).then().statusCode(404);

        // a change based on the version before the follow-ups is refused
        as(COORDINATOR).contentType("application/json").header("If-Match", "\"0\"")
                .body(agreement("Gammal", "1980-raby", List.of()))
                .when().put("/api/v1/agreements/{id}", id).then().statusCode(412);

        as(VIEWER).when().get("/api/v1/agreements/{id}/history", id).then().statusCode(200)
                .body("total", equalTo(4))
                .body("items[0].action", equalTo("commitmentStatusChanged"))
                .body("items[0].commitmentId", equalTo(kff))
                .body("items[0].before.status", equalTo("ongoing"))
                .body("items[0].after.status", equalTo("notFulfilled"));
    }

    @Test
    void theListReadsItsItemsChildrenInAFixedNumberOfStatements() {
        // 20 agreements in a year no other test uses, each with its own measure
        for (int i = 0; i < 20; i++) {
            Map<String, Object> body = agreement(unique("Medborgarlöfte statement"), "1980-centrum",
                    List.of(measure(true)));
            body.put("startDate", "2071-01-01");
            body.put("endDate", "2071-12-31");
            create(body);
        }
        java.util.function.IntFunction<Runnable> list = limit -> () -> as(VIEWER).queryParam("from", "2071-06-01")
                .queryParam("to", "2071-06-30").queryParam("limit", limit).when().get("/api/v1/agreements")
                .then().statusCode(200).body("items.size()", equalTo(limit))
                .body("items[0].parties.size()", equalTo(2)).body("items[0].commitmentCounts.ongoing", equalTo(1))
                .body("items[0].commitmentCounts.notStarted", equalTo(1));
        long two = Statements.preparedFor(list.apply(2));
        assertThat(two).isPositive();
        assertThat(Statements.preparedFor(list.apply(20))).isEqualTo(two);
    }

}
