package se.varna.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;

/**
 * The open-data catalogue as Sweden's data portal would harvest it: both forms parse, are the same
 * graph and pass the European DCAT-AP 3.0.1 shapes (SEMIC's, in src/test/resources/dcat-ap) and
 * the shapes of what DCAT-AP-SE makes mandatory, in Jena's SHACL engine.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CatalogResourceTest {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";

    static final Shapes SHAPES = Shapes.parse(shapes("dcat-ap-3.0.1-shacl.ttl", "dcat-ap-3.0.1-ranges.ttl",
            "dcat-ap-se-mandatory.ttl"));

    private static Model shapes(String... files) {
        Model model = ModelFactory.createDefaultModel();
        for (String file : files) {
            RDFDataMgr.read(model, CatalogResourceTest.class.getResourceAsStream("/dcat-ap/" + file), Lang.TURTLE);
        }
        // SEMIC's 3.0.1 files name a few property shapes (sh:property) they never define; such a
        // reference constrains nothing, but Jena refuses to parse it, so it is dropped here.
        Property property = model.createProperty("http://www.w3.org/ns/shacl#property");
        List<Statement> dangling = model.listStatements(null, property, (RDFNode) null)
                .filterKeep(s -> !model.listStatements(s.getObject().asResource(), null, (RDFNode) null).hasNext())
                .toList();
        assertThat(dangling).as("references to undefined property shapes in SEMIC's files").hasSizeLessThan(10);
        model.remove(dangling);
        return model;
    }

    private static Model fetch(String accept, Lang lang) {
        Response answer = given().filter(Contract.VALIDATED).accept(accept).header("Host", "data.kommun.example:8443")
                .when().get("/api/v1/catalog");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.header("Vary")).contains("Accept");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(answer.asString())).lang(lang).parse(model);
        return model;
    }

    private static void assertConforms(Model model, String form) {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, model.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.getEntries()).as("SHACL violations of the %s catalogue", form)
                .extracting(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()).isEmpty();
    }

    @Test
    void theReportsCoverTheHalfYearsAndThePolicyPeriodsOfTheirEvaluations() {
        // an approved evaluation's period is a policy's whole period, not a half-year
        assertThat(CatalogService.reportPeriod("2020-2025"))
                .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(CatalogService.reportPeriod("2025H2"))
                .containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));
    }

    @Test
    void theJsonLdCataloguePassesTheDcatApAndDcatApSeShapes() {
        assertConforms(fetch("application/ld+json", Lang.JSONLD), "JSON-LD");
    }

    @Test
    void theTurtleCataloguePassesTheShapesAndIsTheSameGraphAsTheJsonLd() {
        Model turtle = fetch("text/turtle", Lang.TURTLE);
        assertConforms(turtle, "Turtle");
        assertThat(turtle.isIsomorphicWith(fetch("*/*", Lang.JSONLD)))
                .as("Turtle and JSON-LD (the default) hold the same statements").isTrue();
    }

    @Test
    void oneDatasetPerFamilyOfPublicFiguresWithCsvAndJsonAtTheAddressAsked() {
        Model model = fetch("text/turtle", Lang.TURTLE);
        List<String> titles = model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "Dataset"))
                .mapWith(d -> d.getProperty(model.createProperty(DCT + "title"), "en").getString()).toList();
        assertThat(titles).containsExactlyInAnyOrder("Indicator values", "Reported crimes", "Measures",
                "Adopted reports and plans");

        List<String> urls = model.listObjectsOfProperty(model.createProperty(DCAT + "downloadURL"))
                .mapWith(o -> o.asResource().getURI()).toList();
        assertThat(urls).contains("http://data.kommun.example:8443/api/v1/crime-statistics",
                "http://data.kommun.example:8443/api/v1/measures", "http://data.kommun.example:8443/api/v1/reports");
        assertThat(urls).anySatisfy(u -> assertThat(u).matches("http://data\\.kommun\\.example:8443/api/v1/indicators/\\d+/values"));
        assertThat(urls).allSatisfy(u -> assertThat(u).startsWith("http://data.kommun.example:8443/api/v1/"));

        Resource csv = model.createResource("http://www.iana.org/assignments/media-types/text/csv");
        assertThat(model.listSubjectsWithProperty(model.createProperty(DCAT + "mediaType"), csv).toList())
                .as("a CSV distribution of indicator values, crime statistics and measures").hasSizeGreaterThan(3);
        assertThat(model.listObjectsOfProperty(model.createProperty(DCT + "license")).toList())
                .extracting(Object::toString).containsOnly("http://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(model.listObjectsOfProperty(model.createProperty("http://www.w3.org/2006/vcard/ns#hasEmail"))
                .toList()).extracting(Object::toString).containsExactly("mailto:oppnadata@example.org");
        assertThat(model.listObjectsOfProperty(model.createProperty("http://xmlns.com/foaf/0.1/name")).toList())
                .as("the publisher is named after the municipality's root area").extracting(Object::toString)
                .containsExactly("Västerås");
    }

    @Test
    void aCatalogueWithoutItsContactPointFailsTheSwedishShapes() {
        Model model = fetch("text/turtle", Lang.TURTLE);
        model.removeAll(null, model.createProperty(DCAT + "contactPoint"), null);

        ValidationReport report = ShaclValidator.get().validate(SHAPES, model.getGraph());

        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).extracting(e -> e.message()).contains("Datamängden saknar kontaktuppgift");
    }

    @Test
    void anAcceptTheCatalogueCannotAnswerIs406() {
        given().accept("application/xml").when().get("/api/v1/catalog").then().statusCode(406);
    }
}
