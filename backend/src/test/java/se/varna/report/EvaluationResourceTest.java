package se.varna.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.varna.report.ReportResourceTest.COORDINATOR;
import static se.varna.report.ReportResourceTest.EDITOR;
import static se.varna.report.ReportResourceTest.PARTNER;
import static se.varna.report.ReportResourceTest.VIEWER;
import static se.varna.report.ReportResourceTest.as;
import static se.varna.report.ReportResourceTest.asUnchecked;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import se.varna.common.document.export.XhtmlDocument;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.PdfConformance;
import se.varna.support.PdfStructure;

/**
 * The evaluation of the 2020–2025 policy period on the seed and demo data: its figures are the
 * crime statistics', the indicator values' and the measures' own answers; approval freezes it.
 * One evaluation per policy, so the whole life of the one 2020–2025 evaluation is one test.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class EvaluationResourceTest {

    static final String PERIOD = "2020-2025";

    static Map<String, Object> evaluation(String period) {
        Map<String, Object> body = new HashMap<>();
        body.put("period", period);
        body.put("kind", "evaluation");
        return body;
    }

    static Map<String, Object> conclusions(String overall, List<Map<String, Object>> goals) {
        return Map.of("overall", overall, "goals", goals);
    }

    @Test
    void theEvaluationOfAPolicyPeriodHoldsTheDataServicesFiguresAndFreezesOnApproval() throws IOException {
        String indicatorCode = "UTV_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT)
                .replace('-', '_');
        long indicatorId = followedIndicator(indicatorCode);
        String runTitle = "Fältgrupp " + UUID.randomUUID().toString().substring(0, 8);
        ReportResourceTest.createMeasure(runTitle);
        ReportResourceTest.importCrime("2021-03,1980-centrum,misshandel,female,25-44,7\n"
                + "2021-04,1980-backby,misshandel,male,18-24,5\n2024-06,1980-centrum,misshandel,male,25-44,9\n"
                // one bicycle theft in Skultuna in 2022: a count the public may not see, in every table of that year
                + "2022-05,1980-skultuna,cykelstold,male,25-44,1\n");

        ExtractableResponse<Response> created = as(COORDINATOR).contentType(ContentType.JSON).body(evaluation(PERIOD))
                .when().post("/api/v1/reports").then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        JsonPath draft = created.jsonPath();
        assertThat(draft.getString("kind")).isEqualTo("evaluation");
        assertThat(draft.getString("period")).isEqualTo(PERIOD);
        assertThat(draft.getString("status")).isEqualTo("draft");
        assertThat(draft.getString("content")).isNull();
        assertThat(draft.getString("evaluation.from")).isEqualTo("2020-01");
        assertThat(draft.getString("evaluation.to")).isEqualTo("2025-12");
        assertThat(draft.getList("evaluation.goals.goal.number")).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(draft.getString("conclusions.overall")).isEmpty();

        // one evaluation per policy; a second for the same period is refused naming the period
        as(COORDINATOR).contentType(ContentType.JSON).body(evaluation(PERIOD)).when().post("/api/v1/reports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("period"));

        // an indicator from its baseline to its last value against its target
        Map<String, Object> followed = draft.getMap("evaluation.goals[0].indicators.find { it.indicator.code == '"
                + indicatorCode + "' }");
        assertThat(((Map<?, ?>) followed.get("baseline")).get("value")).isEqualTo(50.0f);
        assertThat(((Map<?, ?>) followed.get("baseline")).get("period")).isEqualTo("2019");
        Map<?, ?> latest = (Map<?, ?>) ((Map<?, ?>) followed.get("series")).get("latest");
        assertThat(latest.get("value")).isEqualTo(61.0f);
        assertThat(latest.get("period")).isEqualTo("2024");
        assertThat((List<?>) followed.get("targets")).hasSize(1);
        assertThat(followed.get("targetOutcome")).isEqualTo("met");
        JsonPath values = as(COORDINATOR).queryParam("to", "2025H2").queryParam("area", "1980")
                .queryParam("sex", "total").queryParam("ageGroup", "total")
                .when().get("/api/v1/indicators/{id}/values", indicatorId).then().statusCode(200).extract().jsonPath();
        assertThat(latest.get("value")).isEqualTo(values.get("series[0].latest.value"));
        assertThat(((Map<?, ?>) followed.get("series")).get("observations"))
                .isEqualTo(values.get("series[0].observations"));

        // crime trends by year: the crime statistics' own answer, for a group and for the districts
        JsonPath violent = asUnchecked(COORDINATOR).queryParam("from", "2020-01").queryParam("to", "2025-12")
                .queryParam("category", "valdsbrott").queryParam("groupBy", "category").queryParam("groupBy", "year")
                .when().get("/api/v1/crime-statistics").then().statusCode(200).extract().jsonPath();
        List<String> years = violent.getList("cells.period");
        assertThat(years).containsExactly("2020", "2021", "2022", "2023", "2024", "2025");
        assertThat(draft.getList("evaluation.crime.byCategory.cells.findAll { it.category == 'valdsbrott' }.count"))
                .isEqualTo(violent.getList("cells.count"));
        assertThat(violent.getLong("cells.find { it.period == '2021' }.count")).isGreaterThanOrEqualTo(12);
        assertThat(violent.getLong("cells.find { it.period == '2024' }.count")).isGreaterThanOrEqualTo(9);
        JsonPath districts = asUnchecked(COORDINATOR).queryParam("from", "2020-01").queryParam("to", "2025-12")
                .queryParam("groupBy", "area").queryParam("groupBy", "year")
                .when().get("/api/v1/crime-statistics").then().statusCode(200).extract().jsonPath();
        assertThat(draft.getList("evaluation.crime.byDistrict.cells.count"))
                .isEqualTo(districts.getList("cells.count"));
        assertThat(draft.getList("evaluation.crime.bySex.cells.sex")).contains("female", "male", "all");
        assertThat(draft.getList("evaluation.crime.byAgeGroup.cells.period")).contains("2020", "2025");

        // the measures run in the period, each counted once: as many as the measure list holds
        int run = measuresRunIn(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(run).isPositive();
        assertThat(draft.getInt("evaluation.measures.total")).isEqualTo(run);
        for (String table : List.of("byStatus", "byPreventionType", "byPreventionLevel", "byOrganisation")) {
            assertThat(draft.getList("evaluation.measures." + table + ".count", Integer.class).stream()
                    .mapToInt(Integer::intValue).sum()).as(table).isEqualTo(run);
        }
        int agreementsInForce = as(COORDINATOR).queryParam("from", "2020-01-01").queryParam("to", "2025-12-31")
                .queryParam("limit", 500).when().get("/api/v1/agreements").then().statusCode(200).extract()
                .jsonPath().getInt("total");
        assertThat(draft.getInt("evaluation.agreements.total")).isEqualTo(agreementsInForce);

        // a draft is for Värna's roles only
        asUnchecked(null).when().get("/api/v1/reports/{id}", id).then().statusCode(404);
        as(VIEWER).when().get("/api/v1/reports/{id}", id).then().statusCode(200).body("kind", equalTo("evaluation"));

        // conclusions: bad goal numbers refused naming the row, nothing stored
        String etag = created.header("ETag");
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body(conclusions("x", List.of(Map.of("goalNumber", 99, "text", "Nej"))))
                .when().put("/api/v1/reports/{id}/conclusions", id)
                .then().statusCode(422).body("errors.field", hasItem("goals[0].goalNumber"));
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body(conclusions("x", List.of(Map.of("goalNumber", 1, "text", "a"), Map.of("goalNumber", 1,
                        "text", "b"))))
                .when().put("/api/v1/reports/{id}/conclusions", id)
                .then().statusCode(422).body("errors.field", hasItem("goals[1].goalNumber"));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("overall", "x".repeat(20_001), "goals", List.of()))
                .when().put("/api/v1/reports/{id}/conclusions", id)
                .then().statusCode(400).body("errors.field", hasItem("overall"));
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("narrative", "a", "situation", "b", "actionPlan", "c"))
                .when().put("/api/v1/reports/{id}", id)
                .then().statusCode(400).body("errors.field", hasItem("id"));
        asUnchecked(COORDINATOR).contentType(ContentType.JSON)
                .body(conclusions("x", List.of())).when().put("/api/v1/reports/{id}/conclusions", id)
                .then().statusCode(428);
        as(EDITOR).contentType(ContentType.JSON).header("If-Match", etag).body(conclusions("x", List.of()))
                .when().put("/api/v1/reports/{id}/conclusions", id).then().statusCode(403);
        as(COORDINATOR).when().get("/api/v1/reports/{id}", id).then().statusCode(200).body("version", equalTo(0));

        String overall = "Perioden visar en minskning av våldsbrotten i flera stadsdelar.";
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body(conclusions(overall, List.of(Map.of("goalNumber", 2, "text", "Mål 2 nåddes delvis."))))
                .when().put("/api/v1/reports/{id}/conclusions", id)
                .then().statusCode(200).body("version", equalTo(1)).body("conclusions.overall", equalTo(overall))
                .body("conclusions.goals[0].goalNumber", equalTo(2));
        // a stale ETag
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag).body(conclusions("y", List.of()))
                .when().put("/api/v1/reports/{id}/conclusions", id).then().statusCode(412);

        // approval freezes it: later data changes never alter it, and it cannot change any more
        as(EDITOR).when().post("/api/v1/reports/{id}/approval", id).then().statusCode(403);
        ExtractableResponse<Response> approved = as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", id)
                .then().statusCode(200).body("status", equalTo("approved")).body("kind", equalTo("evaluation"))
                .extract();
        JsonNode frozen = ReportResourceTest.JSON.readTree(approved.asString()).get("evaluation");
        String title = "Utvärderingsinsats " + UUID.randomUUID().toString().substring(0, 8);
        ReportResourceTest.createMeasure(title);
        ExtractableResponse<Response> reread = as(COORDINATOR).when().get("/api/v1/reports/{id}", id).then()
                .statusCode(200).extract();
        assertThat(ReportResourceTest.JSON.readTree(reread.asString()).get("evaluation")).isEqualTo(frozen);
        assertThat(draft.getInt("evaluation.measures.total")).isEqualTo(frozen.at("/measures/total").asInt());
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", reread.header("ETag"))
                .body(conclusions("Ändrad", List.of())).when().put("/api/v1/reports/{id}/conclusions", id)
                .then().statusCode(409).body("type", equalTo("urn:varna:problem:report-approved"));
        as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", id).then().statusCode(409);

        // the history: created, updated, approved
        as(COORDINATOR).when().get("/api/v1/reports/{id}/history", id).then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("approved", "updated", "created"));

        // public: the approved evaluation through the disclosure control; partners too
        JsonPath anonymous = as(null).when().get("/api/v1/reports/{id}", id).then().statusCode(200).extract()
                .jsonPath();
        assertThat(anonymous.getBoolean("exact")).isFalse();
        assertThat(anonymous.getString("evaluation.crime.byCategory.cells.find { it.category == 'valdsbrott' && "
                + "it.period == '2021' }.disclosure")).isIn("perturbed", "suppressed");
        assertThat(anonymous.getInt("evaluation.measures.total")).isEqualTo(frozen.at("/measures/total").asInt());
        as(PARTNER).when().get("/api/v1/reports/{id}", id).then().statusCode(200);
        assertThat(as(null).when().get("/api/v1/reports").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.kind == 'evaluation' }.id", Long.class)).contains(id);

        // the PDF names its parts and the conclusions
        byte[] pdf = as(null).queryParam("format", "pdf").when().get("/api/v1/reports/{id}/export", id)
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers
                        .containsString("utvardering-2020-2025.pdf")).extract().asByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text.replace("2020- 2025", "2020-2025")).contains("Utvärdering av policyperioden 2020-2025", "Samordnarens slutsatser", overall,
                "Mål och indikatorer över perioden", "Brottsutveckling 2020-01 – 2025-12",
                "Per brottskategori och grupp", "Insatser under perioden", "Överenskommelser och åtaganden",
                "Effektuppföljning av insatser", "Mål 2 nåddes delvis.");
        // the crime tables name their rows in words, not codes
        assertThat(text).contains("Våldsbrott").doesNotContain(" valdsbrott ");
        assertThat(as(null).queryParam("format", "pdf").when().get("/api/v1/reports/{id}/export", id).then()
                .statusCode(200).extract().asByteArray()).isEqualTo(pdf);
        // the Word document is the same document: its headings and the conclusions
        byte[] docx = as(null).queryParam("format", "docx").when().get("/api/v1/reports/{id}/export", id)
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers
                        .containsString("utvardering-2020-2025.docx")).extract().asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String all = word.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(java.util.stream.Collectors.joining(" "));
            assertThat(all).contains("Samordnarens slutsatser", overall, "Insatser under perioden");
        }

        // the PDF's charts: per indicator baseline → values → target, per crime category its years; every figure
        // in the text alternative, as the reader's JSON has it (a suppressed one "dold"); PDF/UA-1 and PDF/A-2u
        PdfConformance.assertPdfUaAndPdfA(pdf);
        List<String> figures = PdfStructure.figureAlternatives(pdf);
        assertThat(figures).contains("Utvärderingsindikator: baslinje, värden och mål: " + "Baslinje 2019 50; "
                + anonymousValues(anonymous, indicatorCode) + "Mål 2025 60.");
        List<Map<String, Object>> categoryCells = anonymous.getList("evaluation.crime.byCategory.cells");
        List<String> categories = categoryCells.stream().map(cell -> (String) cell.get("category")).distinct().toList();
        assertThat(figures.stream().filter(f -> f.startsWith("Anmälda brott per år, "))).hasSize(categories.size());
        StringBuilder violentAlt = new StringBuilder("Anmälda brott per år, Våldsbrott: ");
        categoryCells.stream().filter(cell -> "valdsbrott".equals(cell.get("category"))).forEach(cell -> violentAlt
                .append(cell.get("period")).append(' ').append(Boolean.TRUE.equals(cell.get("suppressed")) ? "dold"
                        : XhtmlDocument.number(((Number) cell.get("count")).doubleValue())).append("; "));
        assertThat(figures).contains(violentAlt.substring(0, violentAlt.length() - 2) + ".");
        assertThat(figures).doesNotContainNull();

        // the workbook: one sheet per section, numbers as numbers, the very figures of the reader's JSON, and a
        // suppressed one an empty cell with its year in the note (never the exact figure)
        byte[] xlsx = as(null).queryParam("format", "xlsx").when().get("/api/v1/reports/{id}/export", id)
                .then().statusCode(200).contentType(ReportResource.XLSX).header("Content-Disposition",
                        org.hamcrest.Matchers.containsString("utvardering-2020-2025.xlsx"))
                .extract().asByteArray();
        Map<String, List<Row>> sheets = new java.util.LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                sheets.put(sheet.getName(), sheet.read());
            }
        }
        assertThat(sheets.keySet()).containsExactly("Utvärdering", "Slutsatser", "Indikatorer", "Indikatorvärden",
                "Indikatormål", "Brott per kategori", "Brott per område", "Brott per kön", "Brott per åldersgrupp",
                "Insatser per status", "Insatser per preventionstyp", "Insatser per preventionsnivå",
                "Insatser per organisation", "Överenskommelser", "Effektuppföljning");
        assertThat(sheets.get("Slutsatser").get(1).getCellText(2)).isEqualTo(overall);
        Row indicatorRow = sheets.get("Indikatorer").stream().filter(r -> indicatorCode.equals(r.getCellText(3)))
                .findFirst().orElseThrow();
        assertThat(indicatorRow.getCellText(0)).isEqualTo("1");
        assertThat(indicatorRow.getCellAsNumber(5).map(java.math.BigDecimal::doubleValue)).hasValue(50.0);
        assertThat(indicatorRow.getCellText(6)).isEqualTo("2024");
        assertThat(indicatorRow.getCellText(10)).isEqualTo("Uppnått");
        assertThat(sheets.get("Indikatorvärden").stream().filter(r -> indicatorCode.equals(r.getCellText(2)))
                .map(r -> r.getCellText(3)).toList()).containsExactly("2019", "2021", "2024");
        Map<String, String> tables = Map.of("byCategory", "Brott per kategori", "byDistrict", "Brott per område",
                "bySex", "Brott per kön", "byAgeGroup", "Brott per åldersgrupp");
        int suppressed = 0;
        for (var table : tables.entrySet()) {
            List<Map<String, Object>> cells = anonymous.getList("evaluation.crime." + table.getKey() + ".cells");
            List<String> expected = new java.util.ArrayList<>();
            for (Map<String, Object> cell : cells) {
                boolean hidden = Boolean.TRUE.equals(cell.get("suppressed"));
                suppressed += hidden ? 1 : 0;
                expected.add(cell.get("period") + "=" + (hidden ? "" : cell.get("count")));
            }
            assertThat(workbookFigures(sheets.get(table.getValue()))).as(table.getValue())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(suppressed).as("figures the disclosure control hides from the public").isPositive();
        assertThat(anonymous.getBoolean("evaluation.crime.byDistrict.cells.find { it.area == '1980-skultuna' && "
                + "it.period == '2022' }.suppressed")).isTrue();
        Row skultuna = sheets.get("Brott per område").stream().filter(r -> "Skultuna".equals(r.getCellText(0)))
                .findFirst().orElseThrow();
        int col2022 = sheets.get("Brott per område").get(0).stream().map(c -> c == null ? "" : c.getText()).toList()
                .indexOf("2022");
        assertThat(skultuna.hasCell(col2022) ? skultuna.getCellText(col2022) : "").isEmpty();
        assertThat(skultuna.getCellText(skultuna.getCellCount() - 1)).contains("Dolda: 2022");
        assertThat(sheets.get("Insatser per status").stream().skip(1)
                .map(r -> r.getCellText(0) + "=" + r.getCellAsNumber(1).orElseThrow().intValue()).toList())
                .isEqualTo(anonymous.getList("evaluation.measures.byStatus").stream().map(x -> ((Map<?, ?>) x))
                        .map(x -> ((Map<?, ?>) x.get("label")).get("sv") + "=" + x.get("count")).toList());
    }

    /** The followed indicator's values in the reader's JSON as the PDF's alternative text writes them. */
    private static String anonymousValues(JsonPath anonymous, String code) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> goal : anonymous.<Map<String, Object>>getList("evaluation.goals")) {
            for (Object o : (List<?>) goal.get("indicators")) {
                Map<?, ?> i = (Map<?, ?>) o;
                if (code.equals(((Map<?, ?>) i.get("indicator")).get("code"))) {
                    for (Object v : (List<?>) ((Map<?, ?>) i.get("series")).get("observations")) {
                        Map<?, ?> value = (Map<?, ?>) v;
                        out.append(value.get("period")).append(' ').append("suppressed".equals(value.get("disclosure"))
                                ? "dold" : XhtmlDocument.number(((Number) value.get("value")).doubleValue()))
                                .append("; ");
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A yearly crime sheet's figures as "year=count" ("year=" for an empty cell, which must then be named in the
     * row's note); a figure must be a number cell.
     */
    private static List<String> workbookFigures(List<Row> rows) {
        Row header = rows.get(0);
        int last = header.getCellCount() - 1;
        assertThat(header.getCellText(last)).isEqualTo("Anmärkning");
        List<String> out = new java.util.ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            for (int col = 1; col < last; col++) {
                String year = header.getCellText(col);
                if (!row.hasCell(col) || row.getCell(col) == null || row.getCellText(col).isEmpty()) {
                    assertThat(row.getCellText(last)).contains(year);
                    out.add(year + "=");
                } else {
                    assertThat(row.getCell(col).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
                    out.add(year + "=" + row.getCellAsNumber(col).orElseThrow().longValueExact());
                }
            }
        }
        return out;
    }

    @Test
    void badEvaluationRequestsAreProblemsNamingTheFieldAndStoreNothing() {
        long before = total();
        // not a policy period
        for (String period : List.of("2025H2", "2020", "twenty", "2020-25")) {
            as(COORDINATOR).contentType(ContentType.JSON).body(evaluation(period)).when().post("/api/v1/reports")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("period"));
        }
        // no period at all
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(Map.of("kind", "evaluation")).when()
                .post("/api/v1/reports").then().statusCode(400).body("errors.field", hasItem("period"));
        // a period no adopted policy has
        as(COORDINATOR).contentType(ContentType.JSON).body(evaluation("1990-1995")).when().post("/api/v1/reports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:report-evaluation"))
                .body("errors.field", hasItem("period"));
        // a policy period for a half-year report (the default kind)
        as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", PERIOD)).when().post("/api/v1/reports")
                .then().statusCode(400).body("errors.field", hasItem("period"));
        // an unknown kind
        asUnchecked(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", PERIOD, "kind", "yearly"))
                .when().post("/api/v1/reports").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
        // not the coordinator
        as(EDITOR).contentType(ContentType.JSON).body(evaluation("1990-1995")).when().post("/api/v1/reports")
                .then().statusCode(403);
        as(VIEWER).contentType(ContentType.JSON).body(evaluation("1990-1995")).when().post("/api/v1/reports")
                .then().statusCode(403);
        assertThat(total()).isEqualTo(before);
    }

    /** A new indicator of the 2020–2025 policy's first goal: baseline 50 (2019), target 60 (2025), values. */
    private static long followedIndicator(String code) {
        long policy = as(null).when().get("/api/v1/policies").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '2020-2025' }.id");
        long goal = as(null).queryParam("policy", policy).when().get("/api/v1/goals").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.number == 1 }.id");
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", Map.of("sv", "Utvärderingsindikator", "en", "Evaluation indicator"));
        body.put("description", Map.of("sv", "För testet.", "en", "For the test."));
        body.put("unit", "percent");
        body.put("direction", "higherIsBetter");
        body.put("source", "municipality");
        body.put("frequency", "yearly");
        body.put("disaggregations", List.of("area"));
        body.put("goals", List.of(goal));
        body.put("baseline", Map.of("period", "2019", "value", 50));
        body.put("targets", List.of(Map.of("year", 2025, "value", 60)));
        long id = as(COORDINATOR).contentType(ContentType.JSON).body(body).when().post("/api/v1/indicators").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        for (Object[] v : new Object[][] { { "2021", 52 }, { "2024", 61 }, { "2027", 10 } }) {
            as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", v[0], "area", "1980", "value", v[1]))
                    .when().post("/api/v1/indicators/{id}/values", id)
                    .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        }
        return id;
    }

    private static long total() {
        return as(COORDINATOR).when().get("/api/v1/reports").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    /** The distinct measures whose time ran into the period, by the measure list's own answer. */
    private static int measuresRunIn(LocalDate start, LocalDate end) {
        Set<Long> ids = new HashSet<>();
        for (int offset = 0;; offset += 500) {
            JsonPath page = as(COORDINATOR).queryParam("limit", 500).queryParam("offset", offset)
                    .when().get("/api/v1/measures").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> m : items) {
                LocalDate from = LocalDate.parse((String) m.get("startDate"));
                String to = (String) m.get("endDate");
                if (!from.isAfter(end) && (to == null || !LocalDate.parse(to).isBefore(start))) {
                    ids.add(((Number) m.get("id")).longValue());
                }
            }
            if (items.size() < 500) {
                return ids.size();
            }
        }
    }
}
