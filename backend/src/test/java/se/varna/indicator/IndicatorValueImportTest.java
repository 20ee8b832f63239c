package se.varna.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import se.varna.common.imports.CsvUpload;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * Bulk import of indicator values: each kind of bad input answers its own status naming the
 * row and column, and stores nothing; the modes, the dry run, a second import of the same
 * file, Excel's semicolon files and Kolada's JSON.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class IndicatorValueImportTest {

    static final String PATH = "/api/v1/indicator-values/imports";
    static final String HEADER = "indicator,period,area,sex,ageGroup,value\n";
    static final String GOOD = HEADER
            + "TILLIT,2023,1980,total,total,61.5\n"
            + "TILLIT,2024,1980,total,total,62\n"
            + "TILLIT,2024,1980,female,total,64.2\n"
            + "TILLIT,2024,1980-centrum,total,total,55\n";

    @BeforeEach
    void arrange() {
        IndicatorValueFixtures.clear();
    }

    static RequestSpecification as(String token) {
        return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + token);
    }

    static ValidatableResponse importCsv(String token, String csv, String mode, boolean dryRun) {
        return importBytes(token, csv.getBytes(StandardCharsets.UTF_8), "text/csv", mode, dryRun);
    }

    static ValidatableResponse importBytes(String token, byte[] body, String contentType, String mode, boolean dryRun) {
        RequestSpecification spec = as(token).contentType(contentType).body(body);
        if (mode != null) {
            spec.queryParam("mode", mode);
        }
        if (dryRun) {
            spec.queryParam("dryRun", true);
        }
        return spec.when().post(PATH).then();
    }

    /** Imports one file with one bad row in all-or-nothing mode: 422 naming row and column, nothing stored. */
    void rejected(String badRow, int row, String column, String message) {
        String csv = HEADER + "TILLIT,2024,1980,total,total,62\n" + badRow + "\n";
        importCsv(IndicatorValueResourceTest.COORDINATOR, csv, null, false)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(row))
                .body("errors[0].field", equalTo(column))
                .body("errors[0].message", containsString(message));
        assertThat(IndicatorValueFixtures.stored()).as("nothing stored after a rejected file").isEmpty();
    }

    @Test
    void coordinatorImportsAFileAndEveryRowIsStored() {
        importCsv(IndicatorValueResourceTest.COORDINATOR, GOOD, null, false)
                .statusCode(200)
                .body("mode", equalTo("all-or-nothing"))
                .body("encoding", equalTo("UTF-8"))
                .body("delimiter", equalTo(","))
                .body("rowsRead", equalTo(4))
                .body("rowsValid", equalTo(4))
                .body("rowsRejected", equalTo(0))
                .body("rowsStored", equalTo(4))
                .body("rowsUnchanged", equalTo(0))
                .body("errors", hasSize(0));
        assertThat(IndicatorValueFixtures.stored()).containsExactly(
                "TILLIT|2023|1980|total|total=61.5", "TILLIT|2024|1980-centrum|total|total=55",
                "TILLIT|2024|1980|female|total=64.2", "TILLIT|2024|1980|total|total=62");
        assertThat(IndicatorValueFixtures.auditRows()).isEqualTo(4);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        importCsv(IndicatorValueResourceTest.COORDINATOR, GOOD, null, false).statusCode(200).body("rowsStored", equalTo(4));
        importCsv(IndicatorValueResourceTest.COORDINATOR, GOOD, null, false)
                .statusCode(200).body("rowsStored", equalTo(0)).body("rowsUnchanged", equalTo(4));
        assertThat(IndicatorValueFixtures.stored()).hasSize(4);
        assertThat(IndicatorValueFixtures.auditRows()).as("no audit row for an unchanged value").isEqualTo(4);
    }

    @Test
    void aChangedFigureReplacesTheStoredOne() {
        importCsv(IndicatorValueResourceTest.COORDINATOR, GOOD, null, false).statusCode(200);
        importCsv(IndicatorValueResourceTest.COORDINATOR, HEADER + "TILLIT,2024,1980,total,total,62.4\n", null, false)
                .statusCode(200).body("rowsStored", equalTo(1));
        assertThat(IndicatorValueFixtures.stored()).contains("TILLIT|2024|1980|total|total=62.4").hasSize(4);
    }

    @Test
    void dryRunReportsAndStoresNothing() {
        importCsv(IndicatorValueResourceTest.COORDINATOR, GOOD + "NOPE,2024,1980,total,total,1\n", null, true)
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("rowsRead", equalTo(5))
                .body("rowsValid", equalTo(4))
                .body("rowsRejected", equalTo(1))
                .body("rowsStored", equalTo(0))
                .body("errors[0].row", equalTo(6));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void oneBadRowRejectsTheWholeFileInAllOrNothingMode() {
        importCsv(IndicatorValueResourceTest.COORDINATOR, GOOD + "TILLIT,2024,1980,total,total,abc\n", "all-or-nothing", false)
                .statusCode(422)
                .body("title", equalTo("Import rejected"))
                .body("errors.row", contains(6))
                .body("errors.field", contains("value"));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void skipInvalidStoresTheGoodRowsAndReportsTheBadOnes() {
        importCsv(IndicatorValueResourceTest.COORDINATOR, GOOD + "TILLIT,2024,1980,total,total,abc\n", "skip-invalid", false)
                .statusCode(200)
                .body("rowsRead", equalTo(5))
                .body("rowsStored", equalTo(4))
                .body("rowsRejected", equalTo(1))
                .body("errors.row", contains(6));
        assertThat(IndicatorValueFixtures.stored()).hasSize(4);
    }

    @Test
    void unknownIndicatorCode() {
        rejected("TRUST,2024,1980,total,total,62", 3, "indicator", "not a known indicator code");
    }

    @Test
    void badPeriodCode() {
        rejected("TILLIT,2024Q5,1980,total,total,62", 3, "period", "not a period code");
    }

    @Test
    void periodOfAnotherFrequency() {
        rejected("TILLIT,2024-05,1980,total,total,62", 3, "period", "reported yearly");
    }

    @Test
    void unknownArea() {
        rejected("TILLIT,2023,1980-atlantis,total,total,62", 3, "area", "not a known area code");
    }

    @Test
    void districtOfAnIndicatorNotSplitByDistrict() {
        rejected("SYSSELSATTNING,2023,1980-centrum,total,total,78", 3, "area", "not split by district");
    }

    @Test
    void sexNotOneOfTheThree() {
        rejected("TILLIT,2023,1980,kvinna,total,62", 3, "sex", "not one of total, female, male");
    }

    @Test
    void ageGroupTheIndicatorDoesNotDeclare() {
        rejected("TILLIT,2023,1980,total,0-14,62", 3, "ageGroup", "not an age group of TILLIT");
    }

    @Test
    void valueNotANumber() {
        rejected("TILLIT,2023,1980,total,total,sextio", 3, "value", "not a number");
    }

    @Test
    void percentageAbove100() {
        rejected("TILLIT,2023,1980,total,total,162", 3, "value", "between 0 and 100");
    }

    @Test
    void rowDuplicatedInTheFile() {
        rejected("TILLIT,2024,1980,total,total,63", 3, "row", "repeats row 2");
    }

    @Test
    void rowWithTooFewFields() {
        rejected("TILLIT,2023,1980,total", 3, "row", "has 4 fields but the header has 6 columns");
    }

    @Test
    void editorNotAllowedForThatIndicator() {
        String csv = HEADER + "NOJDHET_MOTESPLATSER,2024,1980,total,total,74\nTILLIT,2024,1980,total,total,62\n";
        importCsv(IndicatorValueResourceTest.EDITOR_KFF, csv, null, false)
                .statusCode(422)
                .body("errors.row", contains(3))
                .body("errors.field", contains("indicator"))
                .body("errors[0].message", containsString("may not record values of TILLIT"));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void aRejectedFileIsExplainedInSwedishRowByRowWhenTheReaderAsksForSwedish() {
        String csv = HEADER + "TILLIT,2024,1980,total,total,62\nTRUST,2024,1980,total,total,62\n"
                + "TILLIT,2024Q5,1980,total,total,62\n";
        as(IndicatorValueResourceTest.COORDINATOR).header("Accept-Language", "sv-SE").contentType("text/csv")
                .body(csv).when().post(PATH)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .header("Content-Language", "sv")
                .body("type", equalTo("urn:varna:problem:import-rejected"))
                .body("title", equalTo("Importen avvisades"))
                .body("detail", equalTo("2 av 3 rader är ogiltiga, så inget lagrades. Rätta dem, eller importera med "
                        + "mode=skip-invalid för att lagra de giltiga raderna."))
                .body("errors.field", contains("indicator", "period"))
                .body("errors.message", contains("'TRUST' är ingen känd indikatorkod",
                        "'2024Q5' är ingen periodkod; ange ett år (2024), ett halvår (2024H1), ett kvartal (2024Q2) "
                                + "eller en månad (2024-05)"));
        as(IndicatorValueResourceTest.COORDINATOR).header("Accept-Language", "en").contentType("text/csv")
                .body(csv).when().post(PATH)
                .then().statusCode(422)
                .header("Content-Language", "en")
                .body("title", equalTo("Import rejected"))
                .body("detail", equalTo("2 of 3 rows are invalid, so nothing was stored. Correct them, or import with "
                        + "mode=skip-invalid to store the valid rows."))
                .body("errors.message", contains("'TRUST' is not a known indicator code",
                        "'2024Q5' is not a period code; give a year (2024), half-year (2024H1), quarter (2024Q2) "
                                + "or month (2024-05)"));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void aDryRunsRowErrorsAreInTheReadersLanguageToo() {
        as(IndicatorValueResourceTest.COORDINATOR).header("Accept-Language", "sv").contentType("text/csv")
                .queryParam("dryRun", true).queryParam("mode", "skip-invalid")
                .body(HEADER + "TILLIT,2024,1980,total,total,62\nTILLIT,2024,1980-atlantis,total,total,62\n")
                .when().post(PATH)
                .then().statusCode(200)
                .body("errors.field", contains("area"))
                .body("errors.message", contains("'1980-atlantis' finns inte som områdeskod"));
    }

    @Test
    void editorOfAnotherOrganisationGets403ForAFileOfOnlyOthersIndicators() {
        importCsv(IndicatorValueResourceTest.EDITOR_SCHOOL, HEADER + "NOJDHET_MOTESPLATSER,2024,1980,total,total,74\n", null, false)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].row", equalTo(2));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void editorOfTheOwningOrganisationImportsItsIndicator() {
        importCsv(IndicatorValueResourceTest.EDITOR_KFF, HEADER + "NOJDHET_MOTESPLATSER,2024,1980-centrum,total,total,74\n", null, false)
                .statusCode(200).body("rowsStored", equalTo(1));
        assertThat(IndicatorValueFixtures.stored()).containsExactly("NOJDHET_MOTESPLATSER|2024|1980-centrum|total|total=74");
    }

    @Test
    void viewerPartnerAndAnonymousMayNotImport() {
        importCsv(IndicatorValueResourceTest.VIEWER, GOOD, null, false).statusCode(403);
        importCsv(IndicatorValueResourceTest.PARTNER, GOOD, null, false).statusCode(403);
        given().filter(Contract.RESPONSES_VALIDATED).contentType("text/csv").body(GOOD)
                .when().post(PATH).then().statusCode(401);
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void excelSemicolonFileInWindows1252WithDecimalCommaIsRead() {
        byte[] csv = ("Indicator;Period;Area;Sex;AgeGroup;Value;Source\r\n"
                + "TILLIT;2024;1980;total;total;62,5;Trygghetsmätning Västerås\r\n").getBytes(CsvUpload.WINDOWS_1252);
        importBytes(IndicatorValueResourceTest.COORDINATOR, csv, "text/csv", null, false)
                .statusCode(200)
                .body("encoding", equalTo("windows-1252"))
                .body("delimiter", equalTo(";"))
                .body("rowsStored", equalTo(1));
        assertThat(IndicatorValueFixtures.stored()).containsExactly("TILLIT|2024|1980|total|total=62.5");
        given().queryParam("area", "1980").when().get("/api/v1/indicators/{id}/values",
                IndicatorValueFixtures.indicatorId("TILLIT"))
                .then().body("series[0].latest.source", equalTo("Trygghetsmätning Västerås"));
    }

    @Test
    void emptyFileIsA400NamingTheFile() {
        // the contract requires a body, so only the answer is validated
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + IndicatorValueResourceTest.COORDINATOR)
                .contentType("text/csv").body("").when().post(PATH).then()
                .statusCode(400).body("title", equalTo("Empty file")).body("errors[0].field", equalTo("file"));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void headerWithoutRowsIsA400() {
        importCsv(IndicatorValueResourceTest.COORDINATOR, HEADER, null, false)
                .statusCode(400).body("title", equalTo("No rows"));
    }

    @Test
    void wrongHeaderIsA400NamingTheColumns() {
        importCsv(IndicatorValueResourceTest.COORDINATOR, "indikator,period,area,sex,ageGroup,value\nTILLIT,2024,1980,total,total,1\n",
                null, false)
                .statusCode(400)
                .body("title", equalTo("Wrong header"))
                .body("errors.field", contains("indikator", "indicator"))
                .body("errors.row", contains(1, 1));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void fileInAnEncodingOtherThanUtf8OrWindows1252IsA400() {
        importBytes(IndicatorValueResourceTest.COORDINATOR, GOOD.getBytes(StandardCharsets.UTF_16), "text/csv", null, false)
                .statusCode(400)
                .body("title", equalTo("Unreadable file"))
                .body("detail", containsString("UTF-16"));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void fileOverTheLimitIsA413() {
        StringBuilder csv = new StringBuilder(HEADER);
        while (csv.length() <= 300 * 1024) {
            csv.append("TILLIT,2024,1980,total,total,62\n");
        }
        importCsv(IndicatorValueResourceTest.COORDINATOR, csv.toString(), null, false)
                .statusCode(413)
                .body("title", equalTo("File too large"))
                .body("errors[0].field", equalTo("file"));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void badModeOrDryRunParameterIsA400() {
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + IndicatorValueResourceTest.COORDINATOR)
                .contentType("text/csv").body(GOOD).queryParam("mode", "some")
                .when().post(PATH).then().statusCode(400).body("errors.field", contains("mode"));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    static final String KOLADA = """
            {"values":[
              {"kpi":"N15428","municipality":"1980","period":2023,"values":[
                {"gender":"T","count":1,"status":"","value":82.1},
                {"gender":"K","count":1,"status":"","value":84.0},
                {"gender":"M","count":1,"status":"","value":80.3}]},
              {"kpi":"N15428","municipality":"1980","period":2024,"values":[
                {"gender":"T","count":1,"status":"","value":83.4}]}
            ]}""";

    @Test
    void koladaJsonIsMappedByKpiIdGenderAndMunicipality() {
        importBytes(IndicatorValueResourceTest.COORDINATOR, KOLADA.getBytes(StandardCharsets.UTF_8), "application/json",
                null, false)
                .statusCode(200)
                .body("rowsRead", equalTo(4))
                .body("rowsStored", equalTo(4))
                .body("delimiter", equalTo(null));
        assertThat(IndicatorValueFixtures.stored()).containsExactly(
                "GYMNASIEBEHORIGHET|2023|1980|female|total=84", "GYMNASIEBEHORIGHET|2023|1980|male|total=80.3",
                "GYMNASIEBEHORIGHET|2023|1980|total|total=82.1", "GYMNASIEBEHORIGHET|2024|1980|total|total=83.4");
    }

    @Test
    void koladaJsonWithAnUnknownKpiNamesTheValueByItsPosition() {
        String json = KOLADA.replace("\"N15428\",\"municipality\":\"1980\",\"period\":2024",
                "\"N99999\",\"municipality\":\"1980\",\"period\":2024");
        importBytes(IndicatorValueResourceTest.COORDINATOR, json.getBytes(StandardCharsets.UTF_8), "application/json",
                null, false)
                .statusCode(422)
                .body("errors.row", contains(4))
                .body("errors.field", contains("kpi"));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void jsonThatIsNotKoladasFormatIsA400() {
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + IndicatorValueResourceTest.COORDINATOR)
                .contentType("application/json").body("{\"rows\":[]}")
                .when().post(PATH).then()
                .statusCode(400).body("title", equalTo("Unreadable file"));
    }
}
