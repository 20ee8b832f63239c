package se.varna.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ReportResourceTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    static final String EDITOR = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");
    static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");
    static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");

    static final ObjectMapper JSON = new ObjectMapper();

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    /** For requests the contract itself forbids (no token, no If-Match): only the answer is validated. */
    static RequestSpecification asUnchecked(String token) {
        RequestSpecification spec = given().filter(Contract.RESPONSES_VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    static ExtractableResponse<Response> create(String period) {
        return as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", period))
                .when().post("/api/v1/reports").then().statusCode(201).extract();
    }

    static Map<String, Object> sections(String narrative) {
        return Map.of("narrative", narrative, "situation", "Lägesbilden är stabil i Bäckby och Skultuna.",
                "actionPlan", "Åtgärdsplan: fler fältassistenter under hösten.");
    }

    static String etag(long id) {
        return as(COORDINATOR).when().get("/api/v1/reports/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    static void recordTillit(String period, double value) {
        long tillit = as(null).queryParam("limit", 500).when().get("/api/v1/indicators").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == 'TILLIT' }.id");
        as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("period", period, "area", "1980", "value", value))
                .when().post("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    static long createMeasure(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("preventionType", "situational");
        body.put("preventionLevel", "primary");
        body.put("status", "ongoing");
        body.put("startDate", "2020-01-15");
        return as(EDITOR).contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Imports crime figures as the police and waits for the job. */
    static void importCrime(String csv) {
        Response started = given().header("Authorization", "Bearer " + PARTNER).contentType("text/csv; charset=utf-8")
                .body("month,area,category,sex,ageGroup,count\n" + csv)
                .when().post("/api/v1/crime-statistics/imports");
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(202);
        long id = started.jsonPath().getLong("id");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            String state = given().header("Authorization", "Bearer " + PARTNER)
                    .when().get("/api/v1/crime-statistics/imports/{id}", id).then().statusCode(200).extract()
                    .path("state");
            if (!state.equals("queued") && !state.equals("running")) {
                assertThat(state).isEqualTo("succeeded");
                return;
            }
            assertThat(Instant.now()).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static byte[] export(String token, long id, String format) {
        return as(token).queryParam("format", format).when().get("/api/v1/reports/{id}/export", id)
                .then().statusCode(200).extract().asByteArray();
    }

    static JsonNode content(ExtractableResponse<Response> response) throws IOException {
        return JSON.readTree(response.asString()).get("content");
    }

    // ---- the reviewer's flow -----------------------------------------------------------------

    @Test
    void anApprovedReportIsASnapshotThatLaterChangesNeverAlter() throws IOException {
        recordTillit("2040", 60.5);
        recordTillit("2041", 63.0);
        String lackingTitle = "Trygghetsvandringar " + UUID.randomUUID().toString().substring(0, 8);
        createMeasure(lackingTitle);
        importCrime("2041-08,1980-centrum,misshandel,female,25-44,7\n"
                + "2041-03,1980-centrum,misshandel,female,25-44,4\n"
                + "2040-09,1980-backby,misshandel,male,18-24,5\n");

        ExtractableResponse<Response> created = create("2041H2");
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/v1/reports/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        JsonPath draft = created.jsonPath();
        assertThat(draft.getString("status")).isEqualTo("draft");
        assertThat(draft.getString("content.from")).isEqualTo("2041-07");
        assertThat(draft.getString("content.to")).isEqualTo("2041-12");
        assertThat(draft.getList("content.goals")).hasSize(6);
        assertThat(draft.getList("content.goals.goal.number")).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(draft.getList("content.measures.lackingUpdates.title")).contains(lackingTitle);
        assertThat(draft.getBoolean("exact")).isTrue();

        // the draft follows live data: a new value shows at the next read
        Map<String, Object> tillit = tillit(as(COORDINATOR).when().get("/api/v1/reports/{id}", id).then()
                .statusCode(200).extract().jsonPath());
        assertThat(tillit.get("trend")).isEqualTo("improving");
        assertThat(((Map<?, ?>) ((Map<?, ?>) tillit.get("series")).get("latest")).get("value")).isEqualTo(63.0f);

        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag(id)).body(sections("Året i korthet."))
                .when().put("/api/v1/reports/{id}", id)
                .then().statusCode(200).body("sections.narrative", equalTo("Året i korthet."))
                .body("version", equalTo(1));

        ExtractableResponse<Response> approved = as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", id)
                .then().statusCode(200).body("status", equalTo("approved"))
                .body("approvedBy", equalTo("samordnare")).extract();
        JsonNode frozen = content(approved);
        assertThat(frozen.at("/crime/byDistrict/cells").toString()).contains("\"area\":\"1980-centrum\"");

        // later changes to the data
        recordTillit("2041", 10.0);
        recordTillit("2040", 99.0);
        String laterTitle = "Nattvandring " + UUID.randomUUID().toString().substring(0, 8);
        createMeasure(laterTitle);
        importCrime("2041-09,1980-centrum,misshandel,male,25-44,40\n");

        ExtractableResponse<Response> reread = as(COORDINATOR).when().get("/api/v1/reports/{id}", id)
                .then().statusCode(200).extract();
        assertThat(content(reread)).isEqualTo(frozen);
        assertThat(reread.asString()).doesNotContain(laterTitle);
        assertThat(reread.jsonPath().getString("sections.narrative")).isEqualTo("Året i korthet.");

        // frozen: no edits, no second approval
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", reread.header("ETag"))
                .body(sections("Ändrad")).when().put("/api/v1/reports/{id}", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:report-approved"));
        as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", id).then().statusCode(409);

        // exports: PDF byte-identical, naming the six goals; XLSX the same tables each time
        byte[] pdf = export(COORDINATOR, id, "pdf");
        assertThat(export(COORDINATOR, id, "pdf")).isEqualTo(pdf);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        List<String> goalTitles = as(null).when().get("/api/v1/goals").then().statusCode(200).extract().jsonPath()
                .getList("items.title.sv");
        assertThat(goalTitles).hasSize(6);
        for (int i = 0; i < goalTitles.size(); i++) {
            assertThat(text).contains("Mål " + (i + 1) + ": " + goalTitles.get(i).replaceAll("\\s+", " "));
        }
        assertThat(text).contains("Lägesrapport 2041H2", "Åtgärdsplan", "Året i korthet.", "Brottsstatistik",
                "Insatser", lackingTitle).doesNotContain(laterTitle);

        byte[] xlsx = export(COORDINATOR, id, "xlsx");
        List<List<String>> sheets = readXlsx(xlsx);
        assertThat(readXlsx(export(COORDINATOR, id, "xlsx"))).isEqualTo(sheets);
        assertThat(sheets.get(0)).contains("Rapport", "Indikatorer", "Brott per område", "Insatser per status",
                "Utan uppföljning");
        assertThat(String.join("|", sheets.get(2))).contains("TILLIT").contains("63");
        assertThat(String.join("|", sheets.get(2))).doesNotContain("|10|");
    }

    /** Per sheet the cells' texts; the first list is the sheet names. */
    static List<List<String>> readXlsx(byte[] xlsx) throws IOException {
        List<List<String>> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        out.add(names);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                names.add(sheet.getName());
                List<String> cells = new ArrayList<>();
                for (Row row : sheet.read()) {
                    row.forEach(cell -> cells.add(cell == null ? "" : cell.getText()));
                    cells.add("\n");
                }
                out.add(cells);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> tillit(JsonPath report) {
        for (Map<String, Object> goal : report.<Map<String, Object>>getList("content.goals")) {
            for (Map<String, Object> indicator : (List<Map<String, Object>>) goal.get("indicators")) {
                if ("TILLIT".equals(((Map<String, Object>) indicator.get("indicator")).get("code"))) {
                    return indicator;
                }
            }
        }
        throw new AssertionError("TILLIT not in the report");
    }

    // ---- agreements and safety analyses -----------------------------------------------------------

    static Map<String, Object> analysis(String title, String area, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("area", area);
        body.put("date", date);
        body.put("title", title);
        body.put("factors", List.of(Map.of("factor", "BROTTSBELASTADE_KAMRATER", "level", "high", "trend",
                "worsening")));
        body.put("placesOfConcern", List.of(Map.of("name", "Skultuna torg")));
        body.put("measures", List.of());
        return body;
    }

    @Test
    void agreementsCommitmentsAndTheNewestSafetyAnalysisPerDistrictAreFrozenToo() throws IOException {
        String promise = "Medborgarlöfte Skultuna " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> agreement = new HashMap<>();
        agreement.put("type", "citizenPromise");
        agreement.put("title", promise);
        agreement.put("area", "1980-skultuna");
        agreement.put("startDate", "2036-01-01");
        agreement.put("endDate", "2036-06-30");
        agreement.put("parties", List.of("polisen", "kultur-idrott-fritid"));
        agreement.put("commitments", List.of(
                Map.of("text", "Polisen genomför trygghetsvandringar.", "responsibleOrganisation", "polisen",
                        "status", "ongoing", "measures", List.of()),
                Map.of("text", "Staden förbättrar belysningen.", "responsibleOrganisation", "kultur-idrott-fritid",
                        "status", "notStarted", "measures", List.of())));
        JsonPath created = as(COORDINATOR).contentType(ContentType.JSON).body(agreement)
                .when().post("/api/v1/agreements").then().statusCode(201).extract().jsonPath();
        long agreementId = created.getLong("id");
        long firstCommitment = created.getLong("commitments[0].id");
        String older = "Trygghetsanalys Skultuna vår " + UUID.randomUUID().toString().substring(0, 8);
        String newest = "Trygghetsanalys Skultuna försommar " + UUID.randomUUID().toString().substring(0, 8);
        String later = "Trygghetsanalys Skultuna höst " + UUID.randomUUID().toString().substring(0, 8);
        for (var a : List.of(List.of(older, "2036-02-01"), List.of(newest, "2036-05-20"), List.of(later, "2036-09-01"))) {
            as(COORDINATOR).contentType(ContentType.JSON).body(analysis(a.get(0), "1980-skultuna", a.get(1)))
                    .when().post("/api/v1/safety-analyses").then().statusCode(201);
        }

        long id = create("2036H1").jsonPath().getLong("id");
        JsonPath approved = as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(approved.getList("content.agreements.items.agreement.title")).contains(promise);
        assertThat(approved.getList(
                "content.agreements.items.find { it.agreement.id == " + agreementId + " }.commitments.status"))
                .containsExactly("ongoing", "notStarted");
        assertThat(approved.getList("content.safetyAnalyses.findAll { it.area.code == '1980-skultuna' }.title"))
                .containsExactly(newest);
        assertThat(approved.getInt("content.agreements.commitmentCounts.ongoing")).isGreaterThanOrEqualTo(1);
        String frozen = JSON.readTree(as(COORDINATOR).when().get("/api/v1/reports/{id}", id).then().extract()
                .asString()).get("content").toString();

        as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("status", "fulfilled", "comment", "Klart."))
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", agreementId, firstCommitment)
                .then().statusCode(200);
        as(COORDINATOR).contentType(ContentType.JSON)
                .body(analysis("Trygghetsanalys Skultuna juni", "1980-skultuna", "2036-06-15"))
                .when().post("/api/v1/safety-analyses").then().statusCode(201);

        String after = JSON.readTree(as(COORDINATOR).when().get("/api/v1/reports/{id}", id).then().extract()
                .asString()).get("content").toString();
        assertThat(after).isEqualTo(frozen);

        String text;
        try (PDDocument doc = Loader.loadPDF(export(VIEWER, id, "pdf"))) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        // safety analyses are internal: a reader without a role gets the report without them
        assertThat(as(null).when().get("/api/v1/reports/{id}", id).then().statusCode(200).extract().jsonPath()
                .getList("content.safetyAnalyses")).isEmpty();
        assertThat(text).contains("Medborgarlöften och samverkansöverenskommelser", promise,
                "Polisen genomför trygghetsvandringar.", "Trygghetsanalyser", newest).doesNotContain(later);
        List<List<String>> sheets = readXlsx(export(null, id, "xlsx"));
        assertThat(sheets.get(0)).contains("Åtaganden", "Trygghetsanalyser");
        assertThat(String.join("|", sheets.get(sheets.get(0).indexOf("Åtaganden") + 1)))
                .contains("Staden förbättrar belysningen.|Kultur");
    }

    // ---- small counts -------------------------------------------------------------------------

    @Test
    void smallCrimeCountsFollowTheReadersRoleInDraftsAndSnapshots() {
        importCrime("2043-08,1980-skultuna,misshandel,female,25-44,2\n"
                + "2043-08,1980-centrum,misshandel,female,25-44,9\n");
        long id = create("2043H2").jsonPath().getLong("id");

        for (String exact : new String[] { COORDINATOR, VIEWER, EDITOR }) {
            JsonPath report = as(exact).when().get("/api/v1/reports/{id}", id).then().statusCode(200).extract()
                    .jsonPath();
            assertThat(report.getBoolean("exact")).isTrue();
            assertThat(report.getInt("content.crime.byDistrict.cells.find { it.area == '1980-skultuna' }.count"))
                    .isEqualTo(2);
        }
        JsonPath partner = as(PARTNER).when().get("/api/v1/reports/{id}", id).then().statusCode(200).extract()
                .jsonPath();
        // The police delivered these two crimes, so its own figure is exact to it; the report as a
        // whole is not (other figures hold other organisations' deliveries).
        assertThat(partner.getBoolean("exact")).isFalse();
        assertThat(partner.getString("content.crime.byDistrict.cells.find { it.area == '1980-skultuna' }.disclosure"))
                .isEqualTo("exact");
        assertThat(partner.getInt("content.crime.byDistrict.cells.find { it.area == '1980-skultuna' }.count"))
                .isEqualTo(2);

        as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", id).then().statusCode(200);
        JsonPath anonymous = as(null).when().get("/api/v1/reports/{id}", id).then().statusCode(200).extract()
                .jsonPath();
        assertThat(anonymous.getBoolean("exact")).isFalse();
        Map<String, Object> shown = anonymous.getMap("content.crime.byDistrict.cells.find { it.area == '1980-skultuna' }");
        assertNotShownAsItIs(shown);
        assertThat(as(null).when().get("/api/v1/reports/{id}", id).then().statusCode(200).extract().jsonPath()
                .<String, Object>getMap("content.crime.byDistrict.cells.find { it.area == '1980-skultuna' }"))
                .as("the same question, the same answer").isEqualTo(shown);
        JsonPath viewer = as(VIEWER).when().get("/api/v1/reports/{id}", id).then().statusCode(200).extract()
                .jsonPath();
        assertThat(viewer.getInt("content.crime.byDistrict.cells.find { it.area == '1980-skultuna' }.count"))
                .isEqualTo(2);
        // the anonymous export hides it too: no exact count in the workbook's district sheet
        byte[] pdf = export(null, id, "pdf");
        assertThat(pdf).isNotEmpty();
    }

    /** A count of 2 as a reader without exact figures gets it: perturbed to 3 or more, or suppressed, never 2. */
    private static void assertNotShownAsItIs(Map<String, Object> cell) {
        assertThat(cell.get("disclosure")).as(String.valueOf(cell)).isIn("perturbed", "suppressed");
        if ("suppressed".equals(cell.get("disclosure"))) {
            assertThat(cell.get("count")).isNull();
            assertThat(cell.get("suppressed")).isEqualTo(true);
            assertThat(cell.get("suppressionReason")).isEqualTo("smallCount");
        } else {
            assertThat(((Number) cell.get("count")).intValue()).isGreaterThanOrEqualTo(3);
        }
    }

    // ---- history ------------------------------------------------------------------------------

    @Test
    void theHistoryRecordsTheCreationEachChangeOfTheSectionsAndTheApproval() {
        long id = create("2036H1").jsonPath().getLong("id");
        as(COORDINATOR).when().get("/api/v1/reports/{id}/history", id).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].action", equalTo("created"))
                .body("items[0].version", equalTo(0)).body("items[0].before", nullValue())
                .body("items[0].after.period", equalTo("2036H1")).body("items[0].after.status", equalTo("draft"));

        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag(id)).body(sections("Första utkastet."))
                .when().put("/api/v1/reports/{id}", id).then().statusCode(200);
        as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", id).then().statusCode(200);

        // newest first: who, which version, which fields, before and after
        for (String reader : new String[] { VIEWER, PARTNER, EDITOR, COORDINATOR }) {
            as(reader).when().get("/api/v1/reports/{id}/history", id).then().statusCode(200)
                    .body("total", equalTo(3))
                    .body("items.action", contains("approved", "updated", "created"))
                    .body("items.version", contains(2, 1, 0))
                    .body("items.changedBy", contains("samordnare", "samordnare", "samordnare"))
                    .body("items[1].changedFields", containsInAnyOrder("narrative", "situation", "actionPlan"))
                    .body("items[1].before.narrative", equalTo(""))
                    .body("items[1].after.narrative", equalTo("Första utkastet."))
                    .body("items[0].changedFields", contains("status"))
                    .body("items[0].before.status", equalTo("draft"))
                    .body("items[0].after.status", equalTo("approved"))
                    .body("items[0].after.narrative", equalTo("Första utkastet."));
        }
        // paged like every history
        as(VIEWER).queryParam("limit", 1).queryParam("offset", 1).when().get("/api/v1/reports/{id}/history", id)
                .then().statusCode(200).body("total", equalTo(3)).body("limit", equalTo(1))
                .body("items.action", contains("updated"));

        // a refused edit of the frozen report leaves no entry
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag(id)).body(sections("Efteråt"))
                .when().put("/api/v1/reports/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:varna:problem:report-approved")).body("title", equalTo("Report approved"))
                .body("detail", equalTo("Report " + id + " is approved and can no longer be changed."));
        // the same refusal in Swedish: the type is the same, the texts are the reader's
        as(COORDINATOR).contentType(ContentType.JSON).header("Accept-Language", "sv-SE").header("If-Match", etag(id))
                .body(sections("Efteråt")).when().put("/api/v1/reports/{id}", id).then().statusCode(409)
                .header("Content-Language", "sv")
                .body("type", equalTo("urn:varna:problem:report-approved"))
                .body("title", equalTo("Lägesrapport godkänd"))
                .body("detail", equalTo("Lägesrapport " + id + " är godkänd och kan inte längre ändras."));
        as(VIEWER).when().get("/api/v1/reports/{id}/history", id).then().body("total", equalTo(3));
    }

    @Test
    void theHistoryOfAnUnknownReportIsNotFoundAndItIsForSignedInReadersOnly() {
        as(VIEWER).when().get("/api/v1/reports/{id}/history", 987654321).then().statusCode(404)
                .contentType("application/problem+json");
        long id = create("2036H2").jsonPath().getLong("id");
        as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", id).then().statusCode(200);
        // an approved report is public, its history is not
        as(null).when().get("/api/v1/reports/{id}", id).then().statusCode(200);
        asUnchecked(null).when().get("/api/v1/reports/{id}/history", id).then().statusCode(401)
                .contentType("application/problem+json");
        as(VIEWER).when().get("/api/v1/reports/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("approved", "created"))
                .body("items[0].changedFields", contains("status"));
    }

    // ---- who may do what ----------------------------------------------------------------------

    @Test
    void onlyTheCoordinatorCreatesEditsAndApproves() {
        long id = create("2039H1").jsonPath().getLong("id");
        String etag = etag(id);
        Map<String, String> notCoordinator = new java.util.LinkedHashMap<>();
        notCoordinator.put("viewer", VIEWER);
        notCoordinator.put("partner", PARTNER);
        notCoordinator.put("editor", EDITOR);
        asUnchecked(null).contentType(ContentType.JSON).body(Map.of("period", "2039H1")).when().post("/api/v1/reports")
                .then().statusCode(401);
        asUnchecked(null).contentType(ContentType.JSON).header("If-Match", etag).body(sections("x"))
                .when().put("/api/v1/reports/{id}", id).then().statusCode(401);
        asUnchecked(null).when().post("/api/v1/reports/{id}/approval", id).then().statusCode(401);
        for (var caller : notCoordinator.entrySet()) {
            as(caller.getValue()).contentType(ContentType.JSON).body(Map.of("period", "2039H1"))
                    .when().post("/api/v1/reports").then().statusCode(403);
            as(caller.getValue()).contentType(ContentType.JSON).header("If-Match", etag).body(sections("x"))
                    .when().put("/api/v1/reports/{id}", id).then().statusCode(403);
            as(caller.getValue()).when().post("/api/v1/reports/{id}/approval", id).then().statusCode(403);
        }
        as(COORDINATOR).when().get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("status", equalTo("draft")).body("version", equalTo(0)).body("sections.narrative", equalTo(""));
    }

    @Test
    void draftsAreReadBySignedInRolesAndApprovedReportsByAnyone() {
        long draft = create("2038H1").jsonPath().getLong("id");
        long approved = create("2038H2").jsonPath().getLong("id");
        as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", approved).then().statusCode(200);

        as(null).when().get("/api/v1/reports/{id}", draft).then().statusCode(404);
        as(null).queryParam("format", "pdf").when().get("/api/v1/reports/{id}/export", draft).then().statusCode(404);
        as(null).when().get("/api/v1/reports/{id}", approved).then().statusCode(200);
        assertThat(export(null, approved, "xlsx")).isNotEmpty();
        for (String reader : new String[] { VIEWER, PARTNER, EDITOR, COORDINATOR }) {
            as(reader).when().get("/api/v1/reports/{id}", draft).then().statusCode(200);
            as(reader).queryParam("limit", 500).when().get("/api/v1/reports").then().statusCode(200)
                    .body("items.id", hasItem((int) draft)).body("items.id", hasItem((int) approved));
        }
        as(null).queryParam("limit", 500).when().get("/api/v1/reports").then().statusCode(200)
                .body("items.id", not(hasItem((int) draft))).body("items.id", hasItem((int) approved))
                .body("items.status", not(hasItem("draft")));
        as(null).when().get("/api/v1/reports/{id}", 987654321).then().statusCode(404);
    }

    // ---- bad input ----------------------------------------------------------------------------


    @Test
    void ifMatchStarIsRefusedLikeAStaleTagAndChangesNothing() {
        long id = create("2044H1").jsonPath().getLong("id");

        Map<String, Object> stale = as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(sections("Inaktuell")).when().put("/api/v1/reports/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").extract().jsonPath().getMap("$");
        assertThat(stale.get("detail")).asString().contains("report");
        Map<String, Object> star = as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "*")
                .body(sections("Vad som helst")).when().put("/api/v1/reports/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").extract().jsonPath().getMap("$");
        assertThat(star).isEqualTo(stale);

        as(COORDINATOR).when().get("/api/v1/reports/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"").body("version", equalTo(0)).body("sections.narrative", equalTo(""));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        for (String period : new String[] { "2025", "2025H3", "2025Q1", "H2", "", "2025-07" }) {
            given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                    .contentType(ContentType.JSON).body(Map.of("period", period)).when().post("/api/v1/reports")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("period"));
        }
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body("{}").when().post("/api/v1/reports")
                .then().statusCode(400).body("errors.field", hasItem("period"));
        long before = as(COORDINATOR).queryParam("limit", 1).when().get("/api/v1/reports").then().extract()
                .jsonPath().getLong("total");

        long id = create("2037H2").jsonPath().getLong("id");
        assertThat(as(COORDINATOR).queryParam("limit", 1).when().get("/api/v1/reports").then().extract()
                .jsonPath().getLong("total")).isEqualTo(before + 1);
        given().filter(Contract.RESPONSES_VALIDATED).queryParam("format", "odt")
                .header("Authorization", "Bearer " + COORDINATOR)
                .when().get("/api/v1/reports/{id}/export", id).then().statusCode(400)
                .body("errors.field", hasItem("format"));
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .when().get("/api/v1/reports/{id}/export", id).then().statusCode(400)
                .body("errors.field", hasItem("format"));
        given().filter(Contract.RESPONSES_VALIDATED).when().get("/api/v1/reports/{id}", "abc").then()
                .statusCode(400).body("errors.field", hasItem("id"));

        // sections: If-Match required and current; every field named; too long
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(sections("x")).when()
                .put("/api/v1/reports/{id}", id).then().statusCode(428);
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(sections("x")).when()
                .put("/api/v1/reports/{id}", id).then().statusCode(412);
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("narrative", "x"))
                .when().put("/api/v1/reports/{id}", id).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("situation", "actionPlan"));
        // longer than the contract allows: sent unchecked, to see the service refuse it too
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("narrative", "x".repeat(20_001), "situation", "", "actionPlan", ""))
                .when().put("/api/v1/reports/{id}", id).then().statusCode(400)
                .body("errors.field", hasSize(1)).body("errors[0].field", equalTo("narrative"));
        // nothing half-stored
        as(COORDINATOR).when().get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("sections.narrative", equalTo("")).body("version", equalTo(0));
    }

    @Test
    void aValueOverItsLimitIsRefusedInSwedishForASwedishReaderAndNothingIsStored() {
        long id = create("2046H1").jsonPath().getLong("id");
        asUnchecked(COORDINATOR).header("Accept-Language", "sv").contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("narrative", "x".repeat(20_001), "situation", "", "actionPlan", ""))
                .when().put("/api/v1/reports/{id}", id)
                .then().statusCode(400).contentType("application/problem+json").header("Content-Language", "sv")
                .body("errors.field", contains("narrative"))
                .body("errors[0].message", equalTo("får vara högst 20000 tecken"));
        asUnchecked(COORDINATOR).header("Accept-Language", "sv").contentType(ContentType.JSON)
                .header("If-Match", etag(id)).body(Map.of("narrative", "Berättelse"))
                .when().put("/api/v1/reports/{id}", id)
                .then().statusCode(400).header("Content-Language", "sv")
                .body("errors.field", contains("actionPlan", "situation"))
                .body("errors.message", contains("krävs (får vara tom)", "krävs (får vara tom)"));
        as(COORDINATOR).when().get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("sections.narrative", equalTo("")).body("version", equalTo(0));

        long before = as(COORDINATOR).queryParam("limit", 1).when().get("/api/v1/reports").then().extract()
                .jsonPath().getLong("total");
        asUnchecked(COORDINATOR).header("Accept-Language", "sv").contentType(ContentType.JSON)
                .body(Map.of("period", "2046H2" + "x".repeat(195)))
                .when().post("/api/v1/reports")
                .then().statusCode(400).header("Content-Language", "sv")
                .body("errors.field", contains("period"))
                .body("errors[0].message", equalTo("får vara högst 200 tecken"));
        assertThat(as(COORDINATOR).queryParam("limit", 1).when().get("/api/v1/reports").then().extract()
                .jsonPath().getLong("total")).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aRequestWithoutABodyIsAProblemNamingTheField() {
        // a JSON null passes bean validation: the services name the field themselves
        long id = create("2046H2").jsonPath().getLong("id");
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body("null").when().post("/api/v1/reports")
                .then().statusCode(400).body("errors.field", contains("period"));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag(id)).body("null")
                .when().put("/api/v1/reports/{id}", id).then().statusCode(400).body("errors.field", contains("body"));
        as(COORDINATOR).when().get("/api/v1/reports/{id}", id).then().statusCode(200).body("version", equalTo(0));
    }
}
