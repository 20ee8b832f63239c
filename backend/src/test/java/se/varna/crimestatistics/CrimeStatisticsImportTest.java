package se.varna.crimestatistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.varna.crimestatistics.CrimeImports.COORDINATOR;
import static se.varna.crimestatistics.CrimeImports.EDITOR;
import static se.varna.crimestatistics.CrimeImports.FIRE_SERVICE;
import static se.varna.crimestatistics.CrimeImports.HEADER;
import static se.varna.crimestatistics.CrimeImports.POLICE;
import static se.varna.crimestatistics.CrimeImports.VIEWER;
import static se.varna.crimestatistics.CrimeImports.importAndWait;
import static se.varna.crimestatistics.CrimeImports.post;
import static se.varna.crimestatistics.CrimeImports.statistics;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;

/**
 * Importing crime figures: the police's client delivers a CSV file, a job stores it, a
 * re-delivery of a month replaces it, and bad files or rows are reported and never half-stored.
 * Each test uses its own months (2031) so that the tests do not see each other's figures.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CrimeStatisticsImportTest {

    @jakarta.inject.Inject
    CrimeImportJobs jobs;

    private static long count(String token, String month, String area, String category) {
        JsonPath answer = statistics(token, "from", month, "to", month, "area", area, "category", category);
        return answer.getLong("cells[0].count");
    }

    @Test
    void thePolicesClientImportsAFileAndItsFiguresAreAnswered() {
        JsonPath job = importAndWait(POLICE, HEADER
                + "2031-01,1980-centrum,misshandel,male,18-24,4\n"
                + "2031-01,1980-centrum,misshandel,female,total,1\n"
                + "2031-01,1980-backby,cykelstold,total,total,12\n");

        assertThat(job.getString("state")).isEqualTo("succeeded");
        assertThat(job.getString("source")).isEqualTo("polisen");
        assertThat(job.getString("createdBy")).isEqualTo("service-account-polisen-api");
        assertThat(job.getList("months")).containsExactly("2031-01");
        assertThat(job.getInt("rowsRead")).isEqualTo(3);
        assertThat(job.getDouble("progress")).isEqualTo(1.0);
        assertThat(job.getInt("report.rowsStored")).isEqualTo(3);
        assertThat(job.getInt("report.rowsRejected")).isZero();
        assertThat(job.getString("report.encoding")).isEqualTo("UTF-8");

        assertThat(count(COORDINATOR, "2031-01", "1980-centrum", "misshandel")).isEqualTo(5);
        assertThat(count(COORDINATOR, "2031-01", "1980", "stold-tillgrepp")).isEqualTo(12);
    }

    @Test
    void aSecondDeliveryOfAMonthReplacesTheFirstInsteadOfAddingToIt() {
        importAndWait(POLICE, HEADER + "2031-02,1980-viksang,misshandel,male,25-44,5\n"
                + "2031-02,1980-viksang,ran,male,18-24,2\n");
        assertThat(count(COORDINATOR, "2031-02", "1980-viksang", "brott-mot-person")).isEqualTo(7);

        JsonPath second = importAndWait(POLICE, HEADER + "2031-02,1980-viksang,misshandel,male,25-44,9\n");

        assertThat(second.getInt("report.rowsStored")).isEqualTo(1);
        assertThat(count(COORDINATOR, "2031-02", "1980-viksang", "brott-mot-person")).isEqualTo(9);
        assertThat(count(COORDINATOR, "2031-02", "1980-viksang", "ran")).isZero();
        assertThat(count(COORDINATOR, "2031-02", "1980", "valdsbrott")).isEqualTo(9);
    }

    @Test
    void anIdenticalRedeliveryChangesNothing() {
        String csv = HEADER + "2031-04,1980-raby,klotter,total,total,3\n2031-04,1980-raby,anlagd-brand,total,total,1\n";
        importAndWait(POLICE, csv);

        JsonPath again = importAndWait(POLICE, csv);

        assertThat(again.getInt("report.rowsStored")).isZero();
        assertThat(again.getInt("report.rowsUnchanged")).isEqualTo(2);
        assertThat(count(COORDINATOR, "2031-04", "1980-raby", "skadegorelse")).isEqualTo(4);
    }

    @Test
    void oneBadRowRejectsAnAllOrNothingFileNamingEveryBadRowAndColumnAndStoresNothing() {
        JsonPath job = importAndWait(POLICE, HEADER
                + "2031-03,1980-centrum,misshandel,male,18-24,4\n"
                + "2031-13,1980-centrum,misshandel,male,18-24,4\n"
                + "2031-03,1980-atlantis,misshandel,male,18-24,4\n"
                + "2031-03,1980-centrum,valdsbrott,male,18-24,4\n"
                + "2031-03,1980-centrum,olaga-hot-ofredande,male,18-24,4\n"
                + "2031-03,1980-centrum,misshandel,man,18-24,4\n"
                + "2031-03,1980-centrum,misshandel,male,18-30,4\n"
                + "2031-03,1980-centrum,misshandel,female,18-24,-2\n"
                + "2031-03,1980-centrum,misshandel,male,18-24,5\n"
                + "2031-03,1980-centrum\n");

        assertThat(job.getString("state")).isEqualTo("rejected");
        assertThat(job.getString("detail")).contains("nothing was stored");
        assertThat(job.getInt("report.rowsRead")).isEqualTo(10);
        assertThat(job.getInt("report.rowsRejected")).isEqualTo(9);
        assertThat(job.getInt("report.rowsStored")).isZero();
        List<Map<String, Object>> errors = job.getList("report.errors");
        assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("field")).containsExactly(
                "3:month", "4:area", "5:category", "6:category", "7:sex", "8:ageGroup", "9:count", "10:row",
                "11:row");
        assertThat(errors.get(2).get("message").toString()).contains("group");
        assertThat(errors.get(3).get("message").toString()).contains("not in use in 2031-03");
        assertThat(errors.get(7).get("message").toString()).contains("repeats row 2");

        assertThat(count(COORDINATOR, "2031-03", "1980", "misshandel")).isZero();
    }

    @Test
    void aTooLongSourceIsRefusedInSwedishNamingItAndNoJobIsStarted() {
        long before = given().header("Authorization", "Bearer " + COORDINATOR)
                .when().get("/api/v1/crime-statistics/imports").then().statusCode(200)
                .extract().jsonPath().getLong("total");

        given().header("Authorization", "Bearer " + COORDINATOR).header("Accept-Language", "sv")
                .queryParam("source", "x".repeat(201)).contentType("text/csv; charset=utf-8")
                .body(HEADER + "2032-05,1980-centrum,misshandel,male,18-24,4\n")
                .when().post("/api/v1/crime-statistics/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("source"))
                .body("errors[0].message", equalTo("får vara högst 200 tecken"));

        given().header("Authorization", "Bearer " + COORDINATOR)
                .when().get("/api/v1/crime-statistics/imports").then().statusCode(200)
                .body("total", equalTo((int) before));
        assertThat(count(COORDINATOR, "2032-05", "1980-centrum", "misshandel")).isZero();
    }

    @Test
    void aJobStartedInSwedishReportsItsRowsAndItsDetailInSwedish() {
        Response started = given().filter(CrimeImports.VALIDATED).header("Authorization", "Bearer " + POLICE)
                .header("Accept-Language", "sv-SE").contentType("text/csv; charset=utf-8")
                .body(HEADER + "2032-03,1980-centrum,misshandel,male,18-24,4\n"
                        + "2032-13,1980-centrum,misshandel,male,18-24,4\n"
                        + "2032-03,1980-centrum,misshandel,male,18-24,5\n")
                .when().post("/api/v1/crime-statistics/imports");
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(202);

        JsonPath job = CrimeImports.waitFor(POLICE, started.jsonPath().getLong("id"));

        assertThat(job.getString("state")).isEqualTo("rejected");
        assertThat(job.getString("detail")).startsWith("2 av 3 rader är ogiltiga, så inget lagrades.");
        List<Map<String, Object>> errors = job.getList("report.errors");
        assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("field") + ":" + e.get("message")).containsExactly(
                "3:month:måste vara en månad som ÅÅÅÅ-MM, inte '2032-13'",
                "4:row:upprepar rad 2 (samma månad, område, kategori, kön och åldersgrupp)");
    }

    @Test
    void aWrongHeaderIsExplainedInTheReadersLanguageNamingTheSameColumns() {
        for (String language : List.of("sv", "en")) {
            given().filter(CrimeImports.VALIDATED).header("Authorization", "Bearer " + POLICE)
                    .header("Accept-Language", language).contentType("text/csv; charset=utf-8")
                    .body("month,area,category,sex,ageGroup,antal\n2032-03,1980,misshandel,male,18-24,4\n")
                    .when().post("/api/v1/crime-statistics/imports")
                    .then().statusCode(400)
                    .header("Content-Language", language)
                    .body("type", org.hamcrest.Matchers.equalTo("urn:varna:problem:unreadable-file"))
                    .body("title", org.hamcrest.Matchers.equalTo(language.equals("sv") ? "Fel rubrikrad" : "Wrong header"))
                    .body("errors.field", org.hamcrest.Matchers.contains("antal", "count"))
                    .body("errors.message", org.hamcrest.Matchers.contains(
                            language.equals("sv") ? "är inte en kolumn i den här importen" : "is not a column of this import",
                            language.equals("sv") ? "saknas i rubrikraden" : "is missing from the header"));
        }
    }

    @Test
    void skipInvalidStoresTheValidRowsAndReportsTheOthers() {
        JsonPath job = importAndWait(POLICE, HEADER
                + "2031-05,1980-haga,butiksstold,female,25-44,6\n"
                + "2031-05,1980-haga,butiksstold,female,25-44,x\n", "mode", "skip-invalid");

        assertThat(job.getString("state")).isEqualTo("succeeded");
        assertThat(job.getInt("report.rowsStored")).isEqualTo(1);
        assertThat(job.getInt("report.rowsRejected")).isEqualTo(1);
        assertThat(job.getInt("report.errors[0].row")).isEqualTo(3);
        assertThat(count(COORDINATOR, "2031-05", "1980-haga", "butiksstold")).isEqualTo(6);
    }

    @Test
    void aDryRunReportsWhatItWouldStoreAndStoresNothing() {
        JsonPath job = importAndWait(POLICE, HEADER + "2031-06,1980-haga,butiksstold,female,25-44,6\n",
                "dryRun", "true");

        assertThat(job.getString("state")).isEqualTo("succeeded");
        assertThat(job.getBoolean("dryRun")).isTrue();
        assertThat(job.getBoolean("report.dryRun")).isTrue();
        assertThat(job.getInt("report.rowsValid")).isEqualTo(1);
        assertThat(job.getInt("report.rowsStored")).isZero();
        assertThat(job.getList("months")).containsExactly("2031-06");
        assertThat(count(COORDINATOR, "2031-06", "1980-haga", "butiksstold")).isZero();
    }

    @Test
    void aSemicolonSeparatedWindows1252FileFromExcelIsRead() {
        byte[] bytes = ("month;area;category;sex;ageGroup;count\r\n2031-07;1980-ostermalm;misshandel;male;total;2\r\n"
                + "2031-07;1980-skalby;misshandel;female;65plus;1\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        var started = given().filter(CrimeImports.VALIDATED).contentType("text/csv")
                .header("Authorization", "Bearer " + POLICE).body(bytes)
                .when().post("/api/v1/crime-statistics/imports");
        assertThat(started.statusCode()).isEqualTo(202);

        JsonPath job = CrimeImports.waitFor(POLICE, started.jsonPath().getLong("id"));

        assertThat(job.getString("report.delimiter")).isEqualTo(";");
        assertThat(count(COORDINATOR, "2031-07", "1980", "misshandel")).isEqualTo(3);
    }

    @Test
    void aFileWithoutTheExpectedHeaderIsRefusedAtOnceNamingTheColumns() {
        post(POLICE, "month,area,category,count\n2031-08,1980-centrum,misshandel,4\n")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Wrong header"))
                .body("errors.field", hasItem("sex"))
                .body("errors.row", hasItem(1));
    }

    @Test
    void anEmptyFileIsRefused() {
        given().filter(Contract.RESPONSES_VALIDATED).contentType("text/csv").body("")
                .header("Authorization", "Bearer " + POLICE)
                .when().post("/api/v1/crime-statistics/imports")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void badImportParametersAreRefusedNamingThem() {
        given().filter(Contract.RESPONSES_VALIDATED).contentType("text/csv")
                .body(HEADER + "2031-08,1980-centrum,misshandel,male,total,4\n")
                .header("Authorization", "Bearer " + POLICE).queryParam("dryRun", "maybe")
                .when().post("/api/v1/crime-statistics/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        given().filter(Contract.RESPONSES_VALIDATED).contentType("text/csv")
                .body(HEADER + "2031-08,1980-centrum,misshandel,male,total,4\n")
                .header("Authorization", "Bearer " + POLICE).queryParam("mode", "some")
                .when().post("/api/v1/crime-statistics/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("mode"));
    }

    @Test
    void aCoordinatorImportsForANamedSource() {
        JsonPath job = importAndWait(COORDINATOR, HEADER + "2031-09,1980-centrum,narkotika-innehav,male,18-24,7\n",
                "source", "polisen");

        assertThat(job.getString("source")).isEqualTo("polisen");
        assertThat(count(VIEWER, "2031-09", "1980", "narkotikabrott")).isEqualTo(7);
    }

    @Test
    void anUnknownSourceIsRefused() {
        given().filter(Contract.RESPONSES_VALIDATED).contentType("text/csv")
                .body(HEADER + "2031-08,1980-centrum,misshandel,male,total,4\n")
                .header("Authorization", "Bearer " + COORDINATOR).queryParam("source", "interpol")
                .when().post("/api/v1/crime-statistics/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("source"));
    }

    @Test
    void aPartnerCannotImportForAnotherOrganisation() {
        post(POLICE, HEADER + "2031-08,1980-centrum,misshandel,male,total,4\n", "source", "raddningstjansten")
                .then().statusCode(403);
    }

    @Test
    void onlyPartnersAndCoordinatorsMayImport() {
        String csv = HEADER + "2031-10,1980-centrum,misshandel,male,total,4\n";
        given().filter(Contract.RESPONSES_VALIDATED).contentType("text/csv").body(csv)
                .when().post("/api/v1/crime-statistics/imports")
                .then().statusCode(401).contentType("application/problem+json");
        post(VIEWER, csv).then().statusCode(403).contentType("application/problem+json");
        post(EDITOR, csv).then().statusCode(403).contentType("application/problem+json");
        assertThat(importAndWait(POLICE, csv).getString("state")).isEqualTo("succeeded");
        assertThat(importAndWait(COORDINATOR, csv, "source", "polisen").getString("state")).isEqualTo("succeeded");
    }

    @Test
    void aJobIsVisibleToCoordinatorsAndItsOwnOrganisationOnly() {
        JsonPath job = importAndWait(POLICE, HEADER + "2031-11,1980-centrum,misshandel,male,total,4\n");
        long id = job.getLong("id");

        given().filter(Contract.RESPONSES_VALIDATED).when().get("/api/v1/crime-statistics/imports/{id}", id)
                .then().statusCode(401);
        for (String token : List.of(VIEWER, EDITOR)) {
            given().filter(CrimeImports.VALIDATED).header("Authorization", "Bearer " + token)
                    .when().get("/api/v1/crime-statistics/imports/{id}", id)
                    .then().statusCode(403);
        }
        given().filter(CrimeImports.VALIDATED).header("Authorization", "Bearer " + FIRE_SERVICE)
                .when().get("/api/v1/crime-statistics/imports/{id}", id)
                .then().statusCode(404);
        given().filter(CrimeImports.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .when().get("/api/v1/crime-statistics/imports/{id}", id)
                .then().statusCode(200).body("state", equalTo("succeeded"));
        given().filter(CrimeImports.VALIDATED).header("Authorization", "Bearer " + POLICE)
                .when().get("/api/v1/crime-statistics/imports/{id}", 999_999)
                .then().statusCode(404);
    }

    @Test
    void theJobListShowsAPartnerItsOwnJobsAndACoordinatorAll() {
        importAndWait(POLICE, HEADER + "2031-12,1980-centrum,misshandel,male,total,4\n");

        JsonPath police = given().filter(CrimeImports.VALIDATED).header("Authorization", "Bearer " + POLICE)
                .queryParam("limit", 500)
                .when().get("/api/v1/crime-statistics/imports")
                .then().statusCode(200).extract().jsonPath();
        assertThat(police.getList("items.source")).isNotEmpty().containsOnly("polisen");
        given().filter(CrimeImports.VALIDATED).header("Authorization", "Bearer " + FIRE_SERVICE)
                .when().get("/api/v1/crime-statistics/imports")
                .then().statusCode(200).body("total", equalTo(0));
        given().filter(CrimeImports.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .when().get("/api/v1/crime-statistics/imports")
                .then().statusCode(200).body("items[0].id", equalTo(police.getInt("items[0].id")));
        for (String token : List.of(VIEWER, EDITOR)) {
            given().filter(CrimeImports.VALIDATED).header("Authorization", "Bearer " + token)
                    .when().get("/api/v1/crime-statistics/imports")
                    .then().statusCode(403);
        }
        given().filter(Contract.RESPONSES_VALIDATED).when().get("/api/v1/crime-statistics/imports")
                .then().statusCode(401);
    }
}
