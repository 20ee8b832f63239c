package se.varna.situation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.varna.crimestatistics.CrimeImports.importAndWait;
import static se.varna.situation.SituationCycleTest.COORDINATOR;
import static se.varna.situation.SituationCycleTest.EDITOR;
import static se.varna.situation.SituationCycleTest.PARTNER;
import static se.varna.situation.SituationCycleTest.VIEWER;
import static se.varna.situation.SituationCycleTest.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
import se.varna.support.PdfConformance;
import se.varna.support.PdfStructure;

/**
 * The lägesbild and the åtgärdsplan as documents: accessible PDFs (veraPDF: PDF/UA-1 and
 * PDF/A-2u) that keep every character, Word documents with the same headings, each showing a
 * reader exactly what the JSON read shows them.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class SituationDocumentsTest {

    static final String NAME = "Đorđević";
    static final String SAMI = "Čoahkkin Giŋgon ŋ";

    @Test
    void thePicturesAndPlansDocumentsAreAccessibleKeepEveryCharacterAndShowThePublicOnlyItsPart()
            throws IOException {
        JsonPath job = importAndWait(CrimeImports.POLICE, CrimeImports.HEADER
                + "2037-03,1980-kristiansborg,narkotika-overlatelse,total,total,2\n");
        assertThat(job.getString("state")).as(job.prettify()).isEqualTo("succeeded");
        Response created = SituationCycleTest.create("2037-01", "2037-12");
        long id = created.jsonPath().getLong("id");
        Map<String, Object> publicProblem = SituationCycleTest.problem("Hot mot " + NAME + " vid torget", "public",
                List.of("narkotikabrott"), List.of("1980-kristiansborg"), List.of(), List.of());
        Map<String, Object> internalProblem = SituationCycleTest.problem("Rekrytering", "internal", List.of(),
                List.of(), List.of(), List.of());
        Map<String, Object> content = new HashMap<>(SituationCycleTest.content(List.of(publicProblem, internalProblem)));
        content.put("sections", List.of(
                Map.of("title", "Polisens lägesbild", "text", "Polisens egna iakttagelser.", "visibility", "internal"),
                Map.of("title", "Samiska röster", "text", "Samrådet " + SAMI + " i byn.", "visibility", "public")));
        Response filled = SituationCycleTest.replace(id, created.header("ETag"), content);
        assertThat(filled.statusCode()).as(filled.asString()).isEqualTo(200);

        // a draft: signed-in roles export it, the public and partners do not see it
        assertThat(export(EDITOR, "situation-pictures", id, "pdf").statusCode()).isEqualTo(200);
        assertThat(export(null, "situation-pictures", id, "pdf").statusCode()).isEqualTo(404);
        assertThat(export(PARTNER, "situation-pictures", id, "docx").statusCode()).isEqualTo(404);
        Response bad = export(COORDINATOR, "situation-pictures", id, "odt");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.jsonPath().getList("errors.field")).containsExactly("format");

        assertThat(SituationCycleTest.adopt(id).statusCode()).isEqualTo(200);

        // the signed-in reader's PDF: all of it, exact figures, every character
        byte[] full = pdf(VIEWER, "situation-pictures", id);
        PdfConformance.assertPdfUaAndPdfA(full);
        String fullText = text(full);
        assertThat(fullText).contains(NAME, SAMI, "Polisens lägesbild", "Rekrytering", "Kartläggning");
        assertThat(row(fullText, "Kristiansborg, Narkotikabrott")).contains(" 2");
        // the crime trend is a figure whose text alternative states the figures the table holds
        List<String> figures = PdfStructure.figureAlternatives(full);
        assertThat(figures).hasSize(1);
        String trend = figures.get(0);
        assertThat(trend).startsWith("Anmälda brott i kommunen per år och brottsgrupp: 2035, ");
        JsonPath read = as(VIEWER).when().get("/api/v1/situation-pictures/{id}", id).then().extract().jsonPath();
        int drugs2037 = read.getInt("mapping.crimeTrend.cells.find { it.period == '2037' && it.category == "
                + "'narkotikabrott' }.count");
        assertThat(trend).contains("2037, Narkotikabrott " + drugs2037);
        assertThat(row(fullText, "Figur: Anmälda brott i kommunen")).contains("tabellen");

        // the public's PDF: public parts only, the count of 2 protected as in the JSON read
        byte[] published = pdf(null, "situation-pictures", id);
        PdfConformance.assertPdfUaAndPdfA(published);
        String publicText = text(published);
        assertThat(publicText).contains(NAME, "Samiska röster").doesNotContain("Polisens lägesbild", "Rekrytering");
        assertThat(row(publicText, "Kristiansborg, Narkotikabrott")).contains("dold").doesNotContain(" 2 ");
        assertThat(PdfStructure.figureAlternatives(published)).singleElement().asString()
                .startsWith("Anmälda brott i kommunen per år och brottsgrupp: ");

        // the Word document: opens, Word's heading styles, the PDF's headings in the same order, sv-SE
        Response docx = export(VIEWER, "situation-pictures", id, "docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.contentType()).startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.asByteArray()))) {
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : word.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    headings.add(p.getText());
                    assertThat(word.getStyles().getStyle(p.getStyle()).getName()).startsWith("heading ");
                }
            }
            assertThat(headings).isEqualTo(outline(full)).contains("Analys", "Problem", "Hot mot " + NAME + " vid torget");
            assertThat(word.getParagraphs().get(0).getRuns().get(0).getLang()).isEqualTo("sv-SE");
            assertThat(word.getTables()).isNotEmpty();
        }

        // the plan on it
        Map<String, Object> action = SituationCycleTest.action("Trygghetsvandring med " + NAME,
                List.of(filled.jsonPath().getLong("problems[0].id")), List.of());
        Response plan = as(COORDINATOR).body(SituationCycleTest.plan(id, List.of(action))).when()
                .post("/api/v1/action-plans");
        assertThat(plan.statusCode()).as(plan.asString()).isEqualTo(201);
        long planId = plan.jsonPath().getLong("id");
        assertThat(export(null, "action-plans", planId, "pdf").statusCode()).as("a draft plan").isEqualTo(404);
        byte[] planPdf = pdf(EDITOR, "action-plans", planId);
        PdfConformance.assertPdfUaAndPdfA(planPdf);
        assertThat(text(planPdf)).contains("Trygghetsvandring med " + NAME, "Samråd", "Polisen delar bilden");
        assertThat(as(COORDINATOR).body(SituationCycleTest.decision()).when()
                .post("/api/v1/action-plans/{id}/adoption", planId).statusCode()).isEqualTo(200);
        assertThat(text(pdf(null, "action-plans", planId))).contains("Trygghetsvandring med " + NAME, "Antagen av");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(
                export(PARTNER, "action-plans", planId, "docx").asByteArray()))) {
            assertThat(word.getParagraphs().stream().filter(p -> "Heading3".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)).containsExactly("Trygghetsvandring med " + NAME);
        }
    }

    static Response export(String token, String kind, long id, String format) {
        RequestSpecification spec = given().filter(Contract.RESPONSES_VALIDATED).queryParam("format", format);
        if (token != null) {
            spec = spec.header("Authorization", "Bearer " + token);
        }
        return spec.when().get("/api/v1/" + kind + "/{id}/export", id);
    }

    private static byte[] pdf(String token, String kind, long id) {
        Response r = export(token, kind, id, "pdf");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/pdf");
        return r.asByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The extracted line that starts with {@code label}. */
    private static String row(String text, String label) {
        return text.lines().filter(l -> l.startsWith(label)).findFirst().orElseThrow(
                () -> new AssertionError("no row " + label + " in\n" + text));
    }

    /** The bookmarks' titles, depth first: the PDF's headings. */
    private static List<String> outline(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            walk(doc.getDocumentCatalog().getDocumentOutline(), titles);
            return titles;
        }
    }

    private static void walk(PDOutlineNode node, List<String> titles) {
        node.children().forEach(item -> {
            titles.add(item.getTitle());
            walk(item, titles);
        });
    }
}
