package se.varna.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.PdfConformance;
import se.varna.support.PdfStructure;

/**
 * The report's PDF is an accessible document that keeps every character: tagged (PDF/UA), in
 * Swedish, its fonts embedded, and text outside WinAnsi read back as it was written.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ReportPdfTest {

    static final String UNICODE = "Sörmland – ≈ 57 % − Łódź ő Ž Đorđević Sámi ŋ đ ŧ";

    @Test
    void thePdfIsTaggedSwedishWithEmbeddedFontsAndKeepsEveryCharacter() throws IOException {
        long id = ReportResourceTest.create("2046H1").jsonPath().getLong("id");
        ReportResourceTest.as(ReportResourceTest.COORDINATOR).contentType(ContentType.JSON)
                .header("If-Match", ReportResourceTest.etag(id))
                .body(Map.of("narrative", UNICODE, "situation", "Lägesbild <b>&amp; \"citat\"</b> \u0007",
                        "actionPlan", "Effekter av fiske och flöden.\nRad två."))
                .when().put("/api/v1/reports/{id}", id).then().statusCode(200);
        OffsetDateTime approvedAt = OffsetDateTime.parse(ReportResourceTest.as(ReportResourceTest.COORDINATOR)
                .when().post("/api/v1/reports/{id}/approval", id).then().statusCode(200).extract()
                .path("approvedAt"));

        byte[] pdf = ReportResourceTest.export(ReportResourceTest.COORDINATOR, id, "pdf");
        assertThat(ReportResourceTest.export(null, id, "pdf")).isNotEmpty();
        assertThat(ReportResourceTest.export(ReportResourceTest.COORDINATOR, id, "pdf")).isEqualTo(pdf);
        // a public file's HTTP caching: the weak ETag of its bytes, revalidated with 304 (docs/api.md#caching)
        String etag = ReportResourceTest.as(null).queryParam("format", "pdf").when()
                .get("/api/v1/reports/{id}/export", id).then().statusCode(200)
                .header("Cache-Control", "no-cache").header("ETag", org.hamcrest.Matchers.startsWith("W/\""))
                .extract().header("ETag");
        // without the contract's filter: the contract declares no 304 for any operation (api.md#caching says it)
        io.restassured.RestAssured.given().queryParam("format", "pdf").header("If-None-Match", etag).when()
                .get("/api/v1/reports/{id}/export", id).then().statusCode(304);
        PdfConformance.assertPdfUaAndPdfA(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // bookmarks from the headings: the report, its parts under it
            PDOutlineItem top = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(top.getTitle()).isEqualTo("Lägesrapport 2046H1");
            List<String> parts = new ArrayList<>();
            top.children().forEach(item -> parts.add(item.getTitle()));
            assertThat(parts).contains("Samordnarens berättelse", "Mål och indikatorer", "Insatser");

            // the Word document has the same parts as Word headings
            try (XWPFDocument word = new XWPFDocument(
                    new ByteArrayInputStream(ReportResourceTest.export(ReportResourceTest.COORDINATOR, id, "docx")))) {
                assertThat(word.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                        .map(XWPFParagraph::getText).toList()).isEqualTo(parts);
                assertThat(word.getParagraphs().stream().map(XWPFParagraph::getText)).contains(UNICODE);
            }

            // tagged, with a structure tree that has elements
            assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root).isNotNull();
            assertThat(PdfStructure.types(doc)).contains("H1", "H2", "H3", "Table", "TH", "TD", "P", "Figure");
            // the charts are figures whose text alternative states their figures
            List<String> figures = PdfStructure.figureAlternatives(pdf);
            assertThat(figures).as("the crime and the measures charts").hasSize(2);
            assertThat(figures.get(0)).startsWith("Anmälda brott per område: ").matches(".*\\d.*");
            assertThat(figures.get(1)).startsWith("Insatser per status: ");

            // Swedish, titled, PDF/UA-1 and PDF/A-2u by its metadata
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Lägesrapport 2046H1");
            assertThat(info.getAuthor()).as("the municipality, the root of the report's areas").isEqualTo("Västerås");
            assertThat(info.getSubject()).isEqualTo("Trygghetsskapande och brottsförebyggande arbete, Västerås");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>2</pdfaid:part>",
                    "<pdfaid:conformance>U</pdfaid:conformance>", "Lägesrapport 2046H1");

            // dated by the approval, in the information dictionary and the XMP alike: not by the export
            Instant approved = approvedAt.toInstant().truncatedTo(ChronoUnit.SECONDS);
            assertThat(info.getCreationDate().toInstant()).isEqualTo(approved);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(approved);
            String xmpDate = approved.atZone(ZoneId.of("Europe/Stockholm")).toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            assertThat(xmp).contains("<xmp:CreateDate>" + xmpDate + "</xmp:CreateDate>",
                    "<xmp:ModifyDate>" + xmpDate + "</xmp:ModifyDate>");

            // every font on every page embedded
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();

            // every character back as written; user text is text, not markup; what XML cannot hold
            // (a control character) is U+FFFD, not a failed export
            StringBuilder glyphs = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(p -> glyphs.append(p.getUnicode()));
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(doc);
            assertThat(text).contains(UNICODE, "Lägesbild <b>&amp; \"citat\"</b> \uFFFD",
                    "Effekter av fiske och flöden.", "Rad två.");
            // letters, not ligatures (the stripper would hide U+FB00–U+FB06 from the text above)
            assertThat(glyphs.toString().chars().filter(ch -> ch >= 0xFB00 && ch <= 0xFB06).count()).isZero();
        }
    }
}
