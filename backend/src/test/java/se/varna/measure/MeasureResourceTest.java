package se.varna.measure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
class MeasureResourceTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    static final String EDITOR_KFF = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");
    static final String EDITOR_SKOLA = TestTokens.user("redaktor-skola", "barn-utbildning", "editor");
    static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");
    static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");

    /** The callers that may not write: none, a viewer, a partner and an editor of another organisation. */
    enum Caller {
        ANONYMOUS(null), VIEWER_(VIEWER), PARTNER_(PARTNER), OTHER_EDITOR(EDITOR_SKOLA);

        final String token;

        Caller(String token) {
            this.token = token;
        }

        int expectedStatus() {
            return this == ANONYMOUS ? 401 : 403;
        }
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    static RequestSpecification asUnchecked(String token) {
        RequestSpecification spec = given().filter(Contract.RESPONSES_VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    static Map<String, Object> measure(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Öppet till 22 fredagar och lördagar.");
        body.put("preventionType", "social");
        body.put("preventionLevel", "primary");
        body.put("status", "ongoing");
        body.put("startDate", "2026-01-15");
        body.put("districts", List.of("1980-backby"));
        body.put("targetGroups", List.of("youngPeople"));
        body.put("riskFactors", List.of("BROTTSBELASTADE_KAMRATER"));
        body.put("protectiveFactors", List.of("PROSOCIALA_KAMRATER"));
        body.put("crimeTriangle", List.of("motivatedOffender"));
        body.put("knowledgeLevel", "experienceBased");
        body.put("budget", 250000);
        return body;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a measure as the KFF editor and answers its id and ETag. */
    static ExtractableResponse<Response> createAsKff(Map<String, Object> body) {
        return as(EDITOR_KFF).contentType("application/json").body(body)
                .when().post("/api/v1/measures")
                .then().statusCode(201).extract();
    }

    static String etagOf(long id, String token) {
        return as(token).when().get("/api/v1/measures/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    // ---- creating ------------------------------------------------------------------------

    @Test
    void editorCreatesAMeasureForTheirOwnOrganisation() {
        String title = unique("Fritidsgårdar med förlängda öppettider i Bäckby");
        ExtractableResponse<Response> created = createAsKff(measure(title));

        assertThat(created.header("Location")).matches(".*/api/v1/measures/\\d+");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.path("responsibleOrganisation.code").toString()).isEqualTo("kultur-idrott-fritid");
        assertThat(created.<String>path("title")).isEqualTo(title);
        assertThat(created.<List<String>>path("districts.code")).containsExactly("1980-backby");
        assertThat(created.<List<String>>path("riskFactors.code")).containsExactly("BROTTSBELASTADE_KAMRATER");
        assertThat(created.<Boolean>path("canEdit")).isTrue();
        assertThat(created.<Boolean>path("published")).isFalse();
        assertThat(created.<Boolean>path("demo")).isFalse();
        assertThat(created.<String>path("createdBy")).isEqualTo("redaktor-kff");
    }

    @Test
    void editorWhoNamesAnotherOrganisationIsForbiddenAndNothingIsStored() {
        String title = unique("Skolsociala team");
        Map<String, Object> body = measure(title);
        body.put("responsibleOrganisation", "barn-utbildning");

        as(EDITOR_KFF).contentType("application/json").body(body)
                .when().post("/api/v1/measures")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Editors create and change measures of their own organisation only."));

        as(COORDINATOR).queryParam("q", title).when().get("/api/v1/measures")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void coordinatorCreatesAMeasureForAnyOrganisation() {
        Map<String, Object> body = measure(unique("Sociala insatsgrupper"));
        body.put("responsibleOrganisation", "individ-familj");
        body.put("partnerOrganisations", List.of("polisen", "barn-utbildning"));

        as(COORDINATOR).contentType("application/json").body(body)
                .when().post("/api/v1/measures")
                .then().statusCode(201)
                .body("responsibleOrganisation.code", equalTo("individ-familj"))
                .body("partnerOrganisations.code", containsInAnyOrder("polisen", "barn-utbildning"));
    }

    @Test
    void creatingIsForbiddenForAnonymousViewerAndPartner() {
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.VIEWER_, Caller.PARTNER_)) {
            asUnchecked(caller.token).contentType("application/json").body(measure(unique("Grannsamverkan")))
                    .when().post("/api/v1/measures")
                    .then().statusCode(caller.expectedStatus()).contentType("application/problem+json");
        }
    }

    @Test
    void aMeasureWithoutItsRequiredFieldsIsAProblemNamingEachField() {
        asUnchecked(EDITOR_KFF).contentType("application/json").body(Map.of("description", "Utan titel"))
                .when().post("/api/v1/measures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("title", "preventionType", "preventionLevel", "status",
                        "startDate"))
                .body("errors.find { it.field == 'title' }.message", equalTo("is required"));
    }

    @Test
    void anUnknownPreventionTypeIsAProblemNamingTheField() {
        Map<String, Object> body = measure(unique("Trygghetsvandringar i Råby"));
        body.put("preventionType", "magical");

        asUnchecked(EDITOR_KFF).contentType("application/json").body(body)
                .when().post("/api/v1/measures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("preventionType"))
                .body("errors[0].message", equalTo("must be one of: social, situational"));
    }

    @Test
    void aDateThatIsNoDateIsAProblemNamingTheField() {
        Map<String, Object> body = measure(unique("Trygghetsvandringar i Råby"));
        body.put("startDate", "31/12/2026");

        asUnchecked(EDITOR_KFF).contentType("application/json").body(body)
                .when().post("/api/v1/measures")
                .then().statusCode(400)
                .body("errors.field", contains("startDate"));
    }

    @Test
    void unknownDistrictsAndFactorsAreProblemsNamingTheirPlaceInTheList() {
        Map<String, Object> body = measure(unique("Trygghetsvandringar i Råby"));
        body.put("districts", List.of("1980-raby", "1980-atlantis"));
        body.put("protectiveFactors", List.of("BROTTSBELASTADE_KAMRATER"));
        body.put("endDate", "2025-12-31");

        asUnchecked(EDITOR_KFF).contentType("application/json").body(body)
                .when().post("/api/v1/measures")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("districts[1]", "protectiveFactors[0]", "endDate"))
                .body("errors.find { it.field == 'districts[1]' }.message",
                        equalTo("is not a known area code: '1980-atlantis'"));
    }

    // ---- reading -------------------------------------------------------------------------

    @Test
    void anonymousReadersSeeOnlyPublishedMeasuresWithoutInternalFields() {
        String marker = unique("Grannsamverkan");
        Map<String, Object> published = measure(marker + " publicerad");
        published.put("published", true);
        long publishedId = ((Number) createAsKff(published).path("id")).longValue();
        long hiddenId = ((Number) createAsKff(measure(marker + " intern")).path("id")).longValue();

        as(null).queryParam("q", marker).when().get("/api/v1/measures")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.title", contains(marker + " publicerad"));
        as(null).when().get("/api/v1/measures/{id}", publishedId)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("budget", nullValue())
                .body("createdBy", nullValue())
                .body("canEdit", equalTo(false));
        as(null).when().get("/api/v1/measures/{id}", hiddenId)
                .then().statusCode(404).contentType("application/problem+json");
        as(null).when().get("/api/v1/measures/{id}/updates", hiddenId)
                .then().statusCode(404);

        String roleless = TestTokens.user("nobody", "kommunstyrelsen");
        as(roleless).queryParam("q", marker).when().get("/api/v1/measures")
                .then().statusCode(200).body("total", equalTo(1));
        as(roleless).when().get("/api/v1/measures/{id}", hiddenId).then().statusCode(404);

        for (String token : List.of(VIEWER, PARTNER, EDITOR_SKOLA, EDITOR_KFF, COORDINATOR)) {
            as(token).queryParam("q", marker).when().get("/api/v1/measures")
                    .then().statusCode(200).body("total", equalTo(2));
            as(token).when().get("/api/v1/measures/{id}", hiddenId)
                    .then().statusCode(200).body("budget", equalTo(250000));
        }
    }

    @Test
    void everyRoleReadsMeasuresTheirProgressLogAndTheFactors() {
        Map<String, Object> body = measure(unique("Läsbar"));
        body.put("published", true);
        long id = ((Number) createAsKff(body).path("id")).longValue();
        as(EDITOR_KFF).contentType("application/json")
                .body(Map.of("date", "2026-05-01", "text", "Igång.", "assessment", "green"))
                .when().post("/api/v1/measures/{id}/updates", id).then().statusCode(201);

        for (String token : java.util.Arrays.asList(null, VIEWER, PARTNER, EDITOR_KFF, EDITOR_SKOLA, COORDINATOR)) {
            as(token).when().get("/api/v1/measures").then().statusCode(200);
            as(token).when().get("/api/v1/measures/{id}", id).then().statusCode(200)
                    .body("canEdit", equalTo(token == EDITOR_KFF || token == COORDINATOR));
            as(token).when().get("/api/v1/measures/{id}/updates", id).then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].author", token == null ? nullValue() : equalTo("redaktor-kff"));
            as(token).when().get("/api/v1/risk-factors").then().statusCode(200);
            as(token).when().get("/api/v1/protective-factors").then().statusCode(200);
        }
    }

    @Test
    void theOwningEditorCannotHandTheirMeasureToAnotherOrganisation() {
        String title = unique("Kulturskola");
        long id = ((Number) createAsKff(measure(title)).path("id")).longValue();
        String etag = etagOf(id, EDITOR_KFF);
        Map<String, Object> moved = measure(title);
        moved.put("responsibleOrganisation", "barn-utbildning");

        as(EDITOR_KFF).header("If-Match", etag).contentType("application/json").body(moved)
                .when().put("/api/v1/measures/{id}", id)
                .then().statusCode(403).contentType("application/problem+json");

        as(VIEWER).when().get("/api/v1/measures/{id}", id).then()
                .header("ETag", equalTo(etag))
                .body("responsibleOrganisation.code", equalTo("kultur-idrott-fritid"));
    }

    @Test
    void theListFiltersByEveryDimensionAndCountsPerStatus() {
        String marker = unique("Filter");
        Map<String, Object> a = measure(marker + " A");
        a.put("districts", List.of("1980-skiljebo"));
        a.put("preventionType", "situational");
        a.put("status", "completed");
        a.put("targetGroups", List.of("residents"));
        a.put("riskFactors", List.of());
        createAsKff(a);
        Map<String, Object> b = measure(marker + " B");
        b.put("responsibleOrganisation", "individ-familj");
        b.put("preventionLevel", "tertiary");
        b.put("status", "planned");
        b.put("protectiveFactors", List.of("STARK_ANKNYTNING_FORALDER"));
        as(COORDINATOR).contentType("application/json").body(b).when().post("/api/v1/measures")
                .then().statusCode(201);
        createAsKff(measure(marker + " C"));

        as(VIEWER).queryParam("q", marker).when().get("/api/v1/measures")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.title", contains(marker + " A", marker + " B", marker + " C"))
                .body("statusCounts.planned", equalTo(1))
                .body("statusCounts.ongoing", equalTo(1))
                .body("statusCounts.completed", equalTo(1))
                .body("statusCounts.cancelled", equalTo(0));
        expectTitles(Map.of("q", marker, "district", "1980-skiljebo"), marker + " A");
        expectTitles(Map.of("q", marker, "preventionType", "situational"), marker + " A");
        expectTitles(Map.of("q", marker, "preventionLevel", "tertiary"), marker + " B");
        expectTitles(Map.of("q", marker, "organisation", "individ-familj"), marker + " B");
        expectTitles(Map.of("q", marker, "riskFactor", "BROTTSBELASTADE_KAMRATER"), marker + " B", marker + " C");
        expectTitles(Map.of("q", marker, "protectiveFactor", "STARK_ANKNYTNING_FORALDER"), marker + " B");
        expectTitles(Map.of("q", marker, "targetGroup", "residents"), marker + " A");
        expectTitles(Map.of("q", marker, "sort", "-title"), marker + " C", marker + " B", marker + " A");
        // the status filter narrows the items but the counts still show every status
        as(VIEWER).queryParams(Map.of("q", marker, "status", "planned")).when().get("/api/v1/measures")
                .then().statusCode(200)
                .body("items.title", contains(marker + " B"))
                .body("statusCounts.ongoing", equalTo(1));
    }

    @Test
    void theListFiltersByGoal() {
        String marker = unique("Mål");
        int goalFour = given().when().get("/api/v1/goals").then().extract().path("items[3].id");
        Map<String, Object> body = measure(marker + " skola");
        body.put("goals", List.of(goalFour));
        createAsKff(body);
        createAsKff(measure(marker + " annat"));

        expectTitles(Map.of("q", marker, "goal", goalFour), marker + " skola");
    }

    private static void expectTitles(Map<String, ?> query, String... titles) {
        as(COORDINATOR).queryParams(query).when().get("/api/v1/measures")
                .then().statusCode(200).body("items.title", contains(titles));
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        asUnchecked(null).queryParam("status", "finished").when().get("/api/v1/measures")
                .then().statusCode(400).body("errors.field", contains("status"));
        asUnchecked(null).queryParam("sort", "budget").when().get("/api/v1/measures")
                .then().statusCode(400).body("errors.field", contains("sort"));
        asUnchecked(null).queryParam("goal", "four").when().get("/api/v1/measures")
                .then().statusCode(400).body("errors.field", contains("goal"));
    }

    @Test
    void anOngoingMeasureWithoutProgressForSixMonthsNeedsFollowUpUntilSomeoneReports() {
        Map<String, Object> body = measure(unique("Sommarjobb för unga"));
        body.put("startDate", LocalDate.now().minusMonths(8).toString());
        long id = ((Number) createAsKff(body).path("id")).longValue();

        as(VIEWER).when().get("/api/v1/measures/{id}", id).then().statusCode(200)
                .body("needsFollowUp", equalTo(true)).body("lastUpdate", nullValue());

        as(EDITOR_KFF).contentType("application/json")
                .body(Map.of("date", LocalDate.now().toString(), "text", "120 ungdomar fick sommarjobb.",
                        "assessment", "green", "participants", 120))
                .when().post("/api/v1/measures/{id}/updates", id)
                .then().statusCode(201);

        as(VIEWER).when().get("/api/v1/measures/{id}", id).then().statusCode(200)
                .body("needsFollowUp", equalTo(false))
                .body("lastUpdate.assessment", equalTo("green"));
    }

    // ---- changing ------------------------------------------------------------------------

    @Test
    void theOwningEditorChangesAMeasureWithTheCurrentEtag() {
        long id = ((Number) createAsKff(measure(unique("Belysning i Skiljebo"))).path("id")).longValue();
        String etag = etagOf(id, EDITOR_KFF);
        Map<String, Object> changed = measure("Belysning och röjning av buskage i Skiljebo");
        changed.put("status", "completed");

        as(EDITOR_KFF).header("If-Match", etag).contentType("application/json").body(changed)
                .when().put("/api/v1/measures/{id}", id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Belysning och röjning av buskage i Skiljebo"))
                .body("status", equalTo("completed"))
                .body("version", equalTo(1))
                .body("updatedBy", equalTo("redaktor-kff"));
    }

    @Test
    void editorOfAnotherOrganisationCannotChangeAMeasureAndItIsUnchanged() {
        String title = unique("Fritidsgård");
        long id = ((Number) createAsKff(measure(title)).path("id")).longValue();
        String etag = etagOf(id, EDITOR_SKOLA);

        as(EDITOR_SKOLA).header("If-Match", etag).contentType("application/json").body(measure("Kapad titel"))
                .when().put("/api/v1/measures/{id}", id)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", startsWith("Only editors of Kultur-, idrotts- och fritidsförvaltningen"));

        as(EDITOR_SKOLA).when().get("/api/v1/measures/{id}", id).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("title", equalTo(title))
                .body("canEdit", equalTo(false));
        as(VIEWER).when().get("/api/v1/measures/{id}/history", id).then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void changingIsRefusedForEveryoneButTheOwningEditorAndTheCoordinator() {
        long id = ((Number) createAsKff(measure(unique("Grannsamverkan"))).path("id")).longValue();
        String etag = etagOf(id, COORDINATOR);
        for (Caller caller : Caller.values()) {
            asUnchecked(caller.token).header("If-Match", etag).contentType("application/json")
                    .body(measure("Ändrad av " + caller))
                    .when().put("/api/v1/measures/{id}", id)
                    .then().statusCode(caller.expectedStatus()).contentType("application/problem+json");
        }
        as(COORDINATOR).header("If-Match", etag).contentType("application/json").body(measure("Samordnad"))
                .when().put("/api/v1/measures/{id}", id)
                .then().statusCode(200).body("title", equalTo("Samordnad"));
        as(COORDINATOR).when().get("/api/v1/measures/{id}/history", id).then().statusCode(200)
                .body("items.changedBy", contains("samordnare", "redaktor-kff"));
    }

    @Test
    void aChangeWithoutIfMatchIs428AndWithAStaleOneIs412() {
        String title = unique("Föräldraskapsstöd ABC");
        long id = ((Number) createAsKff(measure(title)).path("id")).longValue();
        String first = etagOf(id, EDITOR_KFF);

        asUnchecked(EDITOR_KFF).contentType("application/json").body(measure("Utan If-Match"))
                .when().put("/api/v1/measures/{id}", id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("title", equalTo("Precondition Required"));

        as(EDITOR_KFF).header("If-Match", first).contentType("application/json").body(measure(title + " v2"))
                .when().put("/api/v1/measures/{id}", id)
                .then().statusCode(200);

        as(EDITOR_KFF).header("If-Match", first).contentType("application/json").body(measure("Gammal version"))
                .when().put("/api/v1/measures/{id}", id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("title", equalTo("Precondition Failed"));

        as(VIEWER).when().get("/api/v1/measures/{id}", id).then().body("title", equalTo(title + " v2"));
    }


    @Test
    void aMissingOrStaleIfMatchIsExplainedInTheReadersLanguage() {
        long id = ((Number) createAsKff(measure(unique("Nattvandring"))).path("id")).longValue();

        asUnchecked(EDITOR_KFF).header("Accept-Language", "sv-SE").contentType("application/json")
                .body(measure("Utan If-Match"))
                .when().put("/api/v1/measures/{id}", id)
                .then().statusCode(428).header("Content-Language", "sv")
                .body("title", equalTo("Förhandsvillkor krävs"))
                .body("detail", equalTo("För att ändra en insats krävs ett If-Match-huvud med ETag för den version du läste."));
        as(EDITOR_KFF).header("Accept-Language", "sv-SE").header("If-Match", "\"999\"").contentType("application/json")
                .body(measure("Gammal version"))
                .when().put("/api/v1/measures/{id}", id)
                .then().statusCode(412).header("Content-Language", "sv")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Förhandsvillkoret är inte uppfyllt"))
                .body("detail", equalTo("Insatsen har ändrats sedan du läste den; läs in den igen och gör om ändringen."));
        as(EDITOR_KFF).header("If-Match", "\"999\"").contentType("application/json").body(measure("Gammal version"))
                .when().put("/api/v1/measures/{id}", id)
                .then().statusCode(412).header("Content-Language", "en")
                .body("title", equalTo("Precondition Failed"))
                .body("detail", equalTo("The measure has changed since you read it; read it again and repeat your change."));
        as(EDITOR_SKOLA).header("Accept-Language", "sv").header("If-Match", etagOf(id, EDITOR_KFF))
                .contentType("application/json").body(measure("Kapad titel"))
                .when().put("/api/v1/measures/{id}", id)
                .then().statusCode(403).header("Content-Language", "sv")
                .body("title", equalTo("Inte tillåtet"))
                .body("detail", org.hamcrest.Matchers.startsWith("Bara redaktörer på "));
    }

    @Test
    void ifMatchStarIsRefusedLikeAStaleTagAndChangesNothing() {
        String title = unique("Läxhjälp");
        long id = ((Number) createAsKff(measure(title)).path("id")).longValue();
        String etag = etagOf(id, EDITOR_KFF);

        Map<String, Object> stale = as(EDITOR_KFF).header("If-Match", "\"7\"").contentType("application/json")
                .body(measure("Gammal")).when().put("/api/v1/measures/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").extract().jsonPath().getMap("$");
        assertThat(stale.get("detail")).asString().contains("measure");
        for (String star : List.of("*", "W/*", "*, \"7\"")) {
            Map<String, Object> refused = as(EDITOR_KFF).header("If-Match", star).contentType("application/json")
                    .body(measure("Vad som helst")).when().put("/api/v1/measures/{id}", id)
                    .then().statusCode(412).contentType("application/problem+json")
                    .extract().jsonPath().getMap("$");
            assertThat(refused).as("If-Match: %s", star).isEqualTo(stale);
        }

        as(VIEWER).when().get("/api/v1/measures/{id}", id).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("title", equalTo(title));
        as(COORDINATOR).when().get("/api/v1/measures/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("created"));
    }

    @Test
    void anIfMatchOfAtMost200CharactersIsReadAndALongerOneIs400NamingIt() {
        long id = ((Number) createAsKff(measure(unique("Fritidsgård"))).path("id")).longValue();
        String etag = etagOf(id, EDITOR_KFF);
        // a list of ETags naming the current one, 201 characters: refused before it is read
        String tooLong = "\"" + "9".repeat(197 - etag.length()) + "\", " + etag;
        assertThat(tooLong).hasSize(201);
        asUnchecked(EDITOR_KFF).header("If-Match", tooLong).contentType("application/json")
                .body(measure("För lång")).when().put("/api/v1/measures/{id}", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("If-Match"));
        as(VIEWER).when().get("/api/v1/measures/{id}", id).then().header("ETag", equalTo(etag));

        String longest = "\"" + "9".repeat(196 - etag.length()) + "\", " + etag;
        assertThat(longest).hasSize(200);
        as(EDITOR_KFF).header("If-Match", longest).contentType("application/json")
                .body(measure("Precis lagom")).when().put("/api/v1/measures/{id}", id)
                .then().statusCode(200).body("title", equalTo("Precis lagom"));
    }

    @Test
    void aChangeWithInvalidFieldsChangesNothing() {
        String title = unique("Trygghetsvandringar");
        long id = ((Number) createAsKff(measure(title)).path("id")).longValue();
        String etag = etagOf(id, EDITOR_KFF);
        Map<String, Object> bad = measure("");
        bad.put("budget", -5);

        asUnchecked(EDITOR_KFF).header("If-Match", etag).contentType("application/json").body(bad)
                .when().put("/api/v1/measures/{id}", id)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("title", "budget"));

        as(VIEWER).when().get("/api/v1/measures/{id}", id).then()
                .header("ETag", equalTo(etag)).body("title", equalTo(title));
    }

    @Test
    void fiftyParallelChangesFromTheSameVersionLetExactlyOneThrough() throws Exception {
        long id = ((Number) createAsKff(measure(unique("Parallellt"))).path("id")).longValue();
        String etag = etagOf(id, EDITOR_KFF);
        int writers = 50;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                Map<String, Object> body = measure("Parallell ändring " + i);
                Callable<Integer> write = () -> {
                    start.await();
                    return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + EDITOR_KFF)
                            .header("If-Match", etag).contentType("application/json").body(body)
                            .when().put("/api/v1/measures/{id}", id)
                            .then().extract().statusCode();
                };
                answers.add(pool.submit(write));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).as("answers to 50 parallel changes from version 0").hasSize(writers);
            assertThat(statuses.stream().filter(s -> s >= 200 && s < 300).count()).as("successful changes").isEqualTo(1);
            assertThat(statuses.stream().filter(s -> s == 412).count()).as("412 answers").isEqualTo(writers - 1);
        } finally {
            pool.shutdownNow();
        }
        as(VIEWER).when().get("/api/v1/measures/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("version", equalTo(1));
        as(VIEWER).when().get("/api/v1/measures/{id}/history", id).then().statusCode(200)
                .body("total", equalTo(2));
    }

    // ---- history -------------------------------------------------------------------------

    @Test
    void theHistoryListsWhoChangedWhatWithTheValuesBeforeAndAfter() {
        String title = unique("Trygghetsvandringar i Råby");
        long id = ((Number) createAsKff(measure(title)).path("id")).longValue();
        Map<String, Object> changed = measure(title);
        changed.put("status", "completed");
        changed.put("districts", List.of("1980-raby"));
        as(COORDINATOR).header("If-Match", etagOf(id, COORDINATOR)).contentType("application/json").body(changed)
                .when().put("/api/v1/measures/{id}", id).then().statusCode(200);

        as(VIEWER).when().get("/api/v1/measures/{id}/history", id)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].action", equalTo("updated"))
                .body("items[0].changedBy", equalTo("samordnare"))
                .body("items[0].changedByName", equalTo("Test samordnare"))
                .body("items[0].measureVersion", equalTo(1))
                .body("items[0].changedFields", containsInAnyOrder("status", "districts"))
                .body("items[0].before.status", equalTo("ongoing"))
                .body("items[0].after.status", equalTo("completed"))
                .body("items[0].before.districts", contains("1980-backby"))
                .body("items[0].after.districts", contains("1980-raby"))
                .body("items[1].action", equalTo("created"))
                .body("items[1].changedBy", equalTo("redaktor-kff"))
                .body("items[1].before", nullValue())
                .body("items[1].after.title", equalTo(title));
    }

    @Test
    void theHistoryIsForSignedInReadersOnly() {
        Map<String, Object> body = measure(unique("Publicerad"));
        body.put("published", true);
        long id = ((Number) createAsKff(body).path("id")).longValue();

        asUnchecked(null).when().get("/api/v1/measures/{id}/history", id)
                .then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(VIEWER, PARTNER, EDITOR_SKOLA, EDITOR_KFF, COORDINATOR)) {
            as(token).when().get("/api/v1/measures/{id}/history", id).then().statusCode(200)
                    .body("items.action", contains("created"));
        }
        asUnchecked(TestTokens.user("nobody", null)).when().get("/api/v1/measures/{id}/history", id)
                .then().statusCode(403);
    }

    // ---- progress updates ----------------------------------------------------------------

    @Test
    void reportingProgressIsForTheOwningEditorAndTheCoordinatorOnly() {
        long id = ((Number) createAsKff(measure(unique("Sommarjobb"))).path("id")).longValue();
        Map<String, Object> update = Map.of("date", "2026-06-30", "text", "Sommaren är igång.", "assessment", "amber");
        for (Caller caller : Caller.values()) {
            asUnchecked(caller.token).contentType("application/json").body(update)
                    .when().post("/api/v1/measures/{id}/updates", id)
                    .then().statusCode(caller.expectedStatus()).contentType("application/problem+json");
        }
        as(VIEWER).when().get("/api/v1/measures/{id}/updates", id).then().body("total", equalTo(0));

        as(EDITOR_KFF).contentType("application/json").body(update)
                .when().post("/api/v1/measures/{id}/updates", id)
                .then().statusCode(201).header("Location", notNullValue())
                .body("author", equalTo("redaktor-kff")).body("assessment", equalTo("amber"));
        as(COORDINATOR).contentType("application/json")
                .body(Map.of("date", "2026-07-31", "text", "Alla platser tillsatta.", "assessment", "green",
                        "places", 40, "hours", 6400))
                .when().post("/api/v1/measures/{id}/updates", id)
                .then().statusCode(201);

        as(VIEWER).when().get("/api/v1/measures/{id}/updates", id).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.date", contains("2026-07-31", "2026-06-30"))
                .body("items[0].places", equalTo(40));
        as(VIEWER).when().get("/api/v1/measures/{id}/history", id).then()
                .body("items.action", hasItem("progressUpdateAdded"));
    }

    @Test
    void correctingAndRemovingProgressUpdatesIsRefusedToOthersAndAudited() {
        long id = ((Number) createAsKff(measure(unique("Skolsociala team"))).path("id")).longValue();
        int updateId = as(EDITOR_KFF).contentType("application/json")
                .body(Map.of("date", "2026-03-01", "text", "Teamet är på plats.", "assessment", "green"))
                .when().post("/api/v1/measures/{id}/updates", id)
                .then().statusCode(201).extract().path("id");
        Map<String, Object> correction = Map.of("date", "2026-03-01", "text", "Teamet är på plats på två skolor.",
                "assessment", "amber");
        for (Caller caller : Caller.values()) {
            asUnchecked(caller.token).contentType("application/json").body(correction)
                    .when().put("/api/v1/measures/{id}/updates/{u}", id, updateId)
                    .then().statusCode(caller.expectedStatus());
            asUnchecked(caller.token).when().delete("/api/v1/measures/{id}/updates/{u}", id, updateId)
                    .then().statusCode(caller.expectedStatus());
        }
        as(VIEWER).when().get("/api/v1/measures/{id}/updates", id).then()
                .body("items[0].text", equalTo("Teamet är på plats."));

        as(EDITOR_KFF).contentType("application/json").body(correction)
                .when().put("/api/v1/measures/{id}/updates/{u}", id, updateId)
                .then().statusCode(200).body("text", equalTo("Teamet är på plats på två skolor."));
        as(COORDINATOR).when().delete("/api/v1/measures/{id}/updates/{u}", id, updateId)
                .then().statusCode(204);

        as(VIEWER).when().get("/api/v1/measures/{id}/updates", id).then().body("total", equalTo(0));
        as(VIEWER).when().get("/api/v1/measures/{id}/history", id).then()
                .body("items.action", contains("progressUpdateRemoved", "progressUpdateChanged",
                        "progressUpdateAdded", "created"))
                .body("items[0].before.text", equalTo("Teamet är på plats på två skolor."))
                .body("items[0].after", nullValue())
                .body("items[1].changedFields", containsInAnyOrder("text", "assessment"));
    }

    @Test
    void aProgressUpdateInTheFutureOrWithoutTextIsAProblemNamingEachField() {
        long id = ((Number) createAsKff(measure(unique("Grannsamverkan"))).path("id")).longValue();
        // the text and the figures are the update's constraints, checked before the service compares
        // the date with today: each kind of error in a request of its own
        asUnchecked(EDITOR_KFF).contentType("application/json")
                .body(Map.of("date", LocalDate.now().toString(), "text", " ", "assessment", "green",
                        "participants", -1))
                .when().post("/api/v1/measures/{id}/updates", id)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("text", "participants"))
                .body("errors.find { it.field == 'text' }.message", equalTo("is required"))
                .body("errors.find { it.field == 'participants' }.message", equalTo("must be 0 or more"));
        asUnchecked(EDITOR_KFF).contentType("application/json")
                .body(Map.of("date", LocalDate.now().plusDays(3).toString(), "text", "Planerat.", "assessment", "green"))
                .when().post("/api/v1/measures/{id}/updates", id)
                .then().statusCode(400)
                .body("errors.field", contains("date"))
                .body("errors[0].message", equalTo("must not be in the future"));
        as(VIEWER).when().get("/api/v1/measures/{id}/updates", id).then().body("total", equalTo(0));
    }

    @Test
    void aValueOverItsLimitIsRefusedInSwedishForASwedishReaderAndNothingIsStored() {
        String marker = unique("Svensk gräns");
        asUnchecked(EDITOR_KFF).header("Accept-Language", "sv").contentType("application/json")
                .body(measure(marker + " " + "ö".repeat(300)))
                .when().post("/api/v1/measures")
                .then().statusCode(400).contentType("application/problem+json").header("Content-Language", "sv")
                .body("errors.field", contains("title"))
                .body("errors[0].message", equalTo("får vara högst 300 tecken"));
        as(COORDINATOR).queryParam("q", marker).when().get("/api/v1/measures")
                .then().statusCode(200).body("total", equalTo(0));

        long id = ((Number) createAsKff(measure(marker)).path("id")).longValue();
        asUnchecked(EDITOR_KFF).header("Accept-Language", "sv").contentType("application/json")
                .body(Map.of("date", LocalDate.now().toString(), "text", "ö".repeat(5001), "assessment", "green",
                        "hours", -1))
                .when().post("/api/v1/measures/{id}/updates", id)
                .then().statusCode(400).header("Content-Language", "sv")
                .body("errors.field", contains("hours", "text"))
                .body("errors.message", contains("måste vara 0 eller mer", "får vara högst 5000 tecken"));
        as(VIEWER).when().get("/api/v1/measures/{id}/updates", id).then().body("total", equalTo(0));
        asUnchecked(null).header("Accept-Language", "sv").queryParam("district", "x".repeat(201))
                .when().get("/api/v1/measures")
                .then().statusCode(400).header("Content-Language", "sv")
                .body("errors.field", contains("district"))
                .body("errors[0].message", equalTo("får vara högst 200 tecken"));
    }

    @Test
    void anUnknownMeasureIsNotFound() {
        as(null).when().get("/api/v1/measures/{id}", 987654).then().statusCode(404)
                .body("detail", equalTo("No measure with id 987654."));
        asUnchecked(COORDINATOR).header("If-Match", "\"0\"").contentType("application/json").body(measure("X"))
                .when().put("/api/v1/measures/{id}", 987654).then().statusCode(404);
        as(COORDINATOR).when().get("/api/v1/measures/{id}/history", 987654).then().statusCode(404);
        as(VIEWER).when().get("/api/v1/measures/{id}", 987654).then().statusCode(404)
                .body("title", not(equalTo("")));
    }

    @Test
    void theListReadsItsItemsChildrenInAFixedNumberOfStatements() {
        String marker = unique("Statementräkning");
        for (int i = 0; i < 20; i++) {
            Map<String, Object> body = measure(marker + " " + i);
            body.put("districts", List.of(i % 2 == 0 ? "1980-backby" : "1980-centrum"));
            createAsKff(body);
        }
        java.util.function.IntFunction<Runnable> list = limit -> () -> as(COORDINATOR).queryParam("q", marker)
                .queryParam("limit", limit).when().get("/api/v1/measures").then().statusCode(200)
                .body("items.size()", equalTo(limit));
        long two = Statements.preparedFor(list.apply(2));
        assertThat(two).isPositive();
        assertThat(Statements.preparedFor(list.apply(20))).isEqualTo(two);
    }

}
