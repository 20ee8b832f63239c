package se.varna.crimestatistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.varna.crimestatistics.CrimeImports.COORDINATOR;
import static se.varna.crimestatistics.CrimeImports.EDITOR;
import static se.varna.crimestatistics.CrimeImports.HEADER;
import static se.varna.crimestatistics.CrimeImports.POLICE;
import static se.varna.crimestatistics.CrimeImports.VIEWER;
import static se.varna.crimestatistics.CrimeImports.importAndWait;
import static se.varna.crimestatistics.CrimeImports.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;

/**
 * Answering crime-statistics queries: roll-ups of districts and categories, periods with their
 * previous and year-earlier figures, rates, and small counts suppressed for the public and
 * partners. The figures are of 2033–2034, which no other test touches.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CrimeStatisticsQueryTest {

    private static boolean imported;

    @BeforeEach
    void importTheFiguresOnce() {
        if (imported) {
            return;
        }
        JsonPath job = importAndWait(POLICE, HEADER
                + "2033-01,1980-haga,bedrageri,total,total,4\n"
                + "2033-03,1980-centrum,misshandel,male,25-44,2\n"
                + "2033-03,1980-viksang,misshandel,female,18-24,5\n"
                + "2034-02,1980-centrum,misshandel,male,25-44,3\n"
                + "2034-02,1980-viksang,misshandel,total,total,8\n"
                + "2034-03,1980-centrum,misshandel,male,25-44,1\n"
                + "2034-03,1980-viksang,misshandel,female,18-24,6\n"
                + "2034-03,1980-viksang,misshandel,male,18-24,4\n"
                + "2034-03,1980-backby,misshandel,male,total,4\n"
                + "2034-03,1980-backby,ran,male,15-17,2\n"
                + "2034-03,1980-centrum,olaga-hot,female,45-64,3\n"
                + "2034-03,1980,cykelstold,total,total,5\n"
                + "2034-03,1980-centrum,cykelstold,total,total,9\n"
                + "2034-07,1980-skultuna,klotter,total,total,12\n"
                + "2034-07,1980-skultuna,narkotika-innehav,male,18-24,7\n"
                + "2034-11,1980-hacksta,bostadsinbrott,female,65plus,3\n");
        assertThat(job.getString("state")).isEqualTo("succeeded");
        imported = true;
    }

    private static Map<String, Map<String, Object>> byArea(JsonPath answer) {
        Map<String, Map<String, Object>> cells = new HashMap<>();
        List<Map<String, Object>> list = answer.getList("cells");
        list.forEach(c -> cells.put((String) c.get("area"), c));
        return cells;
    }

    @Test
    void groupedByAreaTheMunicipalityIsTheSumOfItsDistrictsAndWhatWasFiledUnderItDirectly() {
        JsonPath answer = statistics(COORDINATOR, "from", "2034-03", "to", "2034-03", "groupBy", "area",
                "category", "cykelstold");

        Map<String, Map<String, Object>> cells = byArea(answer);
        assertThat(cells).hasSize(27);
        assertThat(answer.getList("areas.code")).first().isEqualTo("1980");
        assertThat(((Number) cells.get("1980").get("count")).longValue()).isEqualTo(14);
        assertThat(((Number) cells.get("1980-centrum").get("count")).longValue()).isEqualTo(9);
        assertThat(((Number) cells.get("1980-viksang").get("count")).longValue()).isZero();
    }

    @Test
    void aCategoryIncludesItsDescendantsAndAGroupItsMembers() {
        JsonPath answer = statistics(COORDINATOR, "from", "2034-03", "to", "2034-03", "groupBy", "category",
                "category", "brott-mot-person", "category", "valdsbrott", "category", "misshandel",
                "category", "egendomsbrott");

        assertThat(answer.getList("cells.category")).containsExactly("brott-mot-person", "valdsbrott", "misshandel",
                "egendomsbrott");
        assertThat(answer.getList("cells.count", Integer.class)).containsExactly(20, 20, 15, 14);
        assertThat(answer.getBoolean("categories[1].group")).isTrue();
    }

    @Test
    void overlappingCategoriesThatAreNotSplitAreCountedOnce() {
        JsonPath answer = statistics(COORDINATOR, "from", "2034-03", "to", "2034-03",
                "category", "brott-mot-person", "category", "misshandel", "category", "valdsbrott");

        assertThat(answer.getList("cells")).hasSize(1);
        assertThat(answer.getInt("cells[0].count")).isEqualTo(20);
        assertThat(answer.getString("cells[0].category")).isNull();
    }

    @Test
    void withoutCategoryTheAnswerIsOfTheTopCategories() {
        JsonPath answer = statistics(COORDINATOR, "from", "2034-01", "to", "2034-12", "groupBy", "category");

        assertThat(answer.getList("cells.category")).containsExactly("brott-mot-person", "stold-tillgrepp",
                "skadegorelse", "narkotikabrott", "bedrageri", "ovriga-brott");
        assertThat(answer.getList("cells.count", Integer.class)).containsExactly(31, 17, 12, 7, 0, 0);
    }

    @Test
    void eachCellCarriesThePreviousPeriodAndTheSamePeriodAYearEarlier() {
        JsonPath answer = statistics(COORDINATOR, "from", "2034-03", "to", "2034-03", "groupBy", "month",
                "category", "misshandel", "area", "1980");

        assertThat(answer.getString("cells[0].period")).isEqualTo("2034-03");
        assertThat(answer.getInt("cells[0].count")).isEqualTo(15);
        assertThat(answer.getString("cells[0].previous.period")).isEqualTo("2034-02");
        assertThat(answer.getInt("cells[0].previous.count")).isEqualTo(11);
        assertThat(answer.getString("cells[0].yearEarlier.period")).isEqualTo("2033-03");
        assertThat(answer.getInt("cells[0].yearEarlier.count")).isEqualTo(7);
    }

    @Test
    void periodsCanBeQuartersHalfYearsOrYearsAndTheWholeRangeComparesWithTheRangeBefore() {
        JsonPath quarters = statistics(COORDINATOR, "from", "2034-01", "to", "2034-12", "groupBy", "quarter",
                "category", "misshandel");
        assertThat(quarters.getList("cells.period")).containsExactly("2034-Q1", "2034-Q2", "2034-Q3", "2034-Q4");
        assertThat(quarters.getInt("cells[0].count")).isEqualTo(26);
        assertThat(quarters.getString("cells[0].yearEarlier.period")).isEqualTo("2033-Q1");
        assertThat(quarters.getInt("cells[0].yearEarlier.count")).isEqualTo(7);

        JsonPath halves = statistics(COORDINATOR, "from", "2034-01", "to", "2034-12", "groupBy", "halfYear",
                "category", "narkotikabrott");
        assertThat(halves.getList("cells.period")).containsExactly("2034-H1", "2034-H2");
        assertThat(halves.getList("cells.count", Integer.class)).containsExactly(0, 7);

        JsonPath whole = statistics(COORDINATOR, "from", "2034-02", "to", "2034-03", "category", "misshandel");
        assertThat(whole.getString("cells[0].period")).isNull();
        assertThat(whole.getInt("cells[0].count")).isEqualTo(26);
        assertThat(whole.getString("cells[0].previous.period")).isEqualTo("2033-12/2034-01");
        assertThat(whole.getString("cells[0].yearEarlier.period")).isEqualTo("2033-02/2033-03");
        assertThat(whole.getInt("cells[0].yearEarlier.count")).isEqualTo(7);
    }

    @Test
    void bySexAndAgeGroupUnknownOnesAreTotal() {
        JsonPath answer = statistics(COORDINATOR, "from", "2034-02", "to", "2034-03", "groupBy", "sex",
                "groupBy", "ageGroup", "category", "misshandel", "area", "1980-viksang");

        assertThat(answer.getList("cells")).hasSize(3 * 7);
        Map<String, Integer> counts = new HashMap<>();
        List<Map<String, Object>> cells = answer.getList("cells");
        cells.forEach(c -> counts.put(c.get("sex") + "/" + c.get("ageGroup"), (Integer) c.get("count")));
        assertThat(counts).containsEntry("female/18-24", 6).containsEntry("male/18-24", 4)
                .containsEntry("total/total", 8).containsEntry("male/25-44", 0);
    }

    @Test
    void theRollupAnswersWhatTheFactsSay() {
        JsonPath fromRollup = statistics(COORDINATOR, "from", "2033-01", "to", "2034-12", "groupBy", "area",
                "groupBy", "category");
        JsonPath fromFacts = statistics(COORDINATOR, "from", "2033-01", "to", "2034-12", "groupBy", "area",
                "groupBy", "category", "groupBy", "sex");

        Map<String, Integer> rollup = new HashMap<>();
        List<Map<String, Object>> rollupCells = fromRollup.getList("cells");
        rollupCells.forEach(c -> rollup.put(c.get("area") + "/" + c.get("category"), (Integer) c.get("count")));
        Map<String, Integer> facts = new HashMap<>();
        List<Map<String, Object>> factCells = fromFacts.getList("cells");
        factCells.forEach(c -> facts.merge(c.get("area") + "/" + c.get("category"), (Integer) c.get("count"),
                Integer::sum));
        assertThat(rollup).isEqualTo(facts).containsEntry("1980/brott-mot-person", 38);
    }

    @Test
    void ratesArePerInhabitantsOfTheNearestYearWithPopulation() {
        JsonPath answer = statistics(COORDINATOR, "from", "2034-01", "to", "2034-12", "category", "misshandel",
                "measure", "ratePer100k");
        JsonPath areas = given().queryParam("year", 2025).when().get("/api/v1/areas").then().extract().jsonPath();
        long population = areas.getLong("items[0].population.total");

        assertThat(answer.getString("measure")).isEqualTo("ratePer100k");
        assertThat(answer.getInt("cells[0].populationYear")).isEqualTo(2025);
        assertThat(answer.getLong("cells[0].population")).isEqualTo(population);
        assertThat(answer.getDouble("cells[0].value")).isCloseTo(26 * 100_000.0 / population,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(answer.getInt("cells[0].count")).isEqualTo(26);
    }

    @Test
    void aCountOfOneInADistrictMonthIsExactForTheCoordinatorAndSuppressedAnonymously() {
        String[] query = { "from", "2034-03", "to", "2034-03", "groupBy", "area", "area", "1980-centrum",
                "category", "misshandel" };

        JsonPath coordinator = statistics(COORDINATOR, query);
        assertThat(coordinator.getBoolean("exact")).isTrue();
        assertThat(coordinator.getInt("cells[0].count")).isEqualTo(1);
        assertThat(coordinator.getBoolean("cells[0].suppressed")).isFalse();

        JsonPath anonymous = statistics(null, query);
        assertThat(anonymous.getBoolean("exact")).isFalse();
        assertThat(anonymous.getInt("threshold")).isEqualTo(3);
        assertThat(anonymous.getString("cells[0].count")).isNull();
        assertThat(anonymous.getString("cells[0].value")).isNull();
        assertThat(anonymous.getBoolean("cells[0].suppressed")).isTrue();
        assertThat(anonymous.getString("cells[0].suppressionReason")).isEqualTo("smallCount");
    }

    @Test
    void viewersAndEditorsSeeExactFiguresAndPartnersSeeSuppressedOnes() {
        String[] query = { "from", "2034-03", "to", "2034-03", "area", "1980-centrum", "category", "misshandel" };

        assertThat(statistics(VIEWER, query).getInt("cells[0].count")).isEqualTo(1);
        assertThat(statistics(EDITOR, query).getInt("cells[0].count")).isEqualTo(1);
        JsonPath partner = statistics(POLICE, query);
        assertThat(partner.getBoolean("exact")).isFalse();
        assertThat(partner.getBoolean("cells[0].suppressed")).isTrue();
    }

    @Test
    void aSuppressedDistrictCannotBeWorkedOutFromTheMunicipalityAndTheOtherDistricts() {
        JsonPath answer = statistics(null, "from", "2034-03", "to", "2034-03", "groupBy", "area",
                "category", "misshandel");

        Map<String, Map<String, Object>> cells = byArea(answer);
        assertThat(cells.get("1980-centrum").get("suppressionReason")).isEqualTo("smallCount");
        // Without a second suppressed district, 15 − 6 − 4 − 4 would give Centrum's 1 away.
        assertThat(cells.values().stream().filter(c -> (Boolean) c.get("suppressed")).count()).isGreaterThanOrEqualTo(2);
        Map<String, Object> secondary = cells.values().stream()
                .filter(c -> "secondary".equals(c.get("suppressionReason"))).findFirst().orElseThrow();
        assertThat(secondary.get("area")).isEqualTo("1980-backby");
        assertThat(secondary.get("count")).isNull();
        // What is shown never pins a suppressed figure down: the municipality minus the shown
        // districts is the sum of at least two hidden ones.
        long shownDistricts = cells.values().stream()
                .filter(c -> !"1980".equals(c.get("area")) && c.get("count") != null)
                .mapToLong(c -> ((Number) c.get("count")).longValue()).sum();
        assertThat(((Number) cells.get("1980").get("count")).longValue() - shownDistricts).isEqualTo(5);
    }

    @Test
    void aSuppressedSubcategoryCannotBeWorkedOutFromItsParentAndItsSiblings() {
        JsonPath answer = statistics(null, "from", "2034-03", "to", "2034-03", "groupBy", "category",
                "area", "1980-backby", "category", "brott-mot-person", "category", "mord-drap",
                "category", "misshandel", "category", "olaga-hot-ofredande", "category", "olaga-hot",
                "category", "ofredande", "category", "sexualbrott", "category", "ran");

        List<Map<String, Object>> cells = answer.getList("cells");
        Map<String, Map<String, Object>> byCategory = new HashMap<>();
        cells.forEach(c -> byCategory.put((String) c.get("category"), c));
        assertThat(byCategory.get("ran").get("suppressionReason")).isEqualTo("smallCount");
        assertThat(cells.stream().filter(c -> (Boolean) c.get("suppressed")).count()).isGreaterThanOrEqualTo(2);
        assertThat(byCategory.get("misshandel").get("suppressionReason")).isEqualTo("secondary");
    }

    @Test
    void suppressionHoldsWithinEveryEquationOfABigAnswer() {
        JsonPath answer = statistics(null, "from", "2034-01", "to", "2034-12", "groupBy", "area",
                "groupBy", "category", "groupBy", "month", "category", "brott-mot-person", "category", "misshandel",
                "category", "ran", "category", "stold-tillgrepp");

        List<Map<String, Object>> cells = answer.getList("cells");
        Map<String, List<Map<String, Object>>> byCategoryAndMonth = new HashMap<>();
        cells.forEach(c -> byCategoryAndMonth.computeIfAbsent(c.get("category") + "/" + c.get("period"),
                k -> new ArrayList<>()).add(c));
        for (var line : byCategoryAndMonth.entrySet()) {
            long suppressed = line.getValue().stream().filter(c -> (Boolean) c.get("suppressed")).count();
            assertThat(suppressed).as("suppressed figures of %s", line.getKey()).isNotEqualTo(1);
        }
        assertThat(cells).anyMatch(c -> "smallCount".equals(c.get("suppressionReason")));
        assertThat(cells).noneMatch(c -> c.get("count") != null && ((Integer) c.get("count")) > 0
                && ((Integer) c.get("count")) < 3);
    }

    @Test
    void previousAndYearEarlierFiguresAreSuppressedToo() {
        JsonPath answer = statistics(null, "from", "2034-03", "to", "2034-03", "area", "1980-centrum",
                "category", "misshandel", "groupBy", "month");

        assertThat(answer.getBoolean("cells[0].yearEarlier.suppressed")).isTrue();
        assertThat(answer.getString("cells[0].yearEarlier.count")).isNull();
        assertThat(answer.getInt("cells[0].previous.count")).isEqualTo(3);
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        Map<String, String[]> cases = Map.of(
                "from", new String[] { "from", "2034-13" },
                "groupBy", new String[] { "groupBy", "district" },
                "category", new String[] { "category", "piracy" },
                "area", new String[] { "area", "1980-atlantis" },
                "measure", new String[] { "measure", "perCapita" });
        cases.forEach((field, query) -> given().filter(Contract.RESPONSES_VALIDATED)
                .queryParam(query[0], query[1])
                .when().get("/api/v1/crime-statistics")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)));
        given().filter(CrimeImports.VALIDATED).queryParam("groupBy", "month").queryParam("groupBy", "year")
                .when().get("/api/v1/crime-statistics")
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        given().filter(CrimeImports.VALIDATED).queryParam("from", "2034-05").queryParam("to", "2034-01")
                .when().get("/api/v1/crime-statistics")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void tooManyCellsAreRefusedBeforeAnythingIsSummed() {
        given().filter(CrimeImports.VALIDATED).queryParam("from", "2000-01").queryParam("to", "2034-12")
                .queryParam("groupBy", "area").queryParam("groupBy", "month").queryParam("groupBy", "sex")
                .when().get("/api/v1/crime-statistics")
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
    }

    @Test
    void anyoneMayQuery() {
        for (String token : Arrays.asList(null, VIEWER, EDITOR, POLICE, COORDINATOR)) {
            statistics(token, "from", "2034-01", "to", "2034-01");
        }
    }
    /** A CSV answer's lines as maps from column to cell, after checking the answer's framing. */
    private static List<Map<String, String>> csvLines(io.restassured.response.Response answer, char separator) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/csv");
        assertThat(answer.header("Content-Disposition")).matches("attachment; filename=\"crime-statistics-[0-9-]+\\.csv\"");
        byte[] body = answer.asByteArray();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(body, 3, body.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContain("\n\n");
        List<de.siegmar.fastcsv.reader.CsvRecord> records = de.siegmar.fastcsv.reader.CsvReader.builder()
                .fieldSeparator(separator).ofCsvRecord(text).stream().toList();
        List<String> header = records.get(0).getFields();
        List<Map<String, String>> lines = new ArrayList<>();
        for (var record : records.subList(1, records.size())) {
            assertThat(record.getFields()).hasSameSizeAs(header);
            Map<String, String> line = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                line.put(header.get(i), record.getField(i));
            }
            lines.add(line);
        }
        return lines;
    }

    private static Map<String, Map<String, String>> csvByArea(List<Map<String, String>> lines) {
        Map<String, Map<String, String>> byArea = new HashMap<>();
        lines.forEach(line -> byArea.put(line.get("area"), line));
        return byArea;
    }

    @Test
    void asCsvASuppressedCellIsWrittenAsTheJsonSaysNeverAsANumber() {
        String[] query = { "from", "2034-03", "to", "2034-03", "groupBy", "area", "category", "misshandel" };
        Map<String, Map<String, Object>> json = byArea(statistics(null, query));

        List<Map<String, String>> lines = csvLines(CrimeImports.get(null, "text/csv", query), ',');

        assertThat(lines).hasSameSizeAs(json.keySet());
        Map<String, Map<String, String>> csv = csvByArea(lines);
        Map<String, String> centrum = csv.get("1980-centrum");
        assertThat(centrum).containsEntry("areaName", "Centrum").containsEntry("measure", "count")
                .containsEntry("count", "").containsEntry("value", "").containsEntry("suppressed", "true")
                .containsEntry("suppressionReason", "smallCount");
        assertThat(csv.get("1980-backby")).containsEntry("count", "").containsEntry("suppressionReason", "secondary");
        for (var cell : json.values()) {
            Map<String, String> line = csv.get((String) cell.get("area"));
            assertThat(line.get("suppressed")).as(line.toString()).isEqualTo(String.valueOf(cell.get("suppressed")));
            assertThat(line.get("count")).as("CSV shows a count exactly when JSON does: " + line)
                    .isEqualTo(cell.get("count") == null ? "" : String.valueOf(cell.get("count")));
        }
    }

    @Test
    void asCsvPartnersSeeTheSuppressedFiguresAndTheCoordinatorTheExactOnes() {
        String[] query = { "from", "2034-03", "to", "2034-03", "groupBy", "area", "area", "1980-centrum",
                "category", "misshandel", "groupBy", "month" };

        Map<String, String> partner = csvLines(CrimeImports.get(POLICE, "text/csv", query), ',').get(0);
        Map<String, String> coordinator = csvLines(CrimeImports.get(COORDINATOR, "text/csv", query), ',').get(0);

        assertThat(partner).containsEntry("count", "").containsEntry("suppressed", "true")
                .containsEntry("yearEarlierCount", "").containsEntry("yearEarlierSuppressed", "true")
                .containsEntry("previousCount", "3").containsEntry("period", "2034-03");
        assertThat(coordinator).containsEntry("count", "1").containsEntry("suppressed", "false")
                .containsEntry("suppressionReason", "").containsEntry("yearEarlierCount", "2");
    }

    @Test
    void theSwedishExcelDialectWritesRatesWithADecimalCommaBetweenSemicolons() {
        String[] query = { "from", "2034-01", "to", "2034-12", "category", "misshandel", "measure", "ratePer100k" };
        double rate = statistics(COORDINATOR, query).getDouble("cells[0].value");

        io.restassured.response.Response answer = CrimeImports.get(COORDINATOR, "text/csv;delimiter=semicolon", query);

        assertThat(answer.header("Content-Type")).contains("delimiter=semicolon");
        Map<String, String> line = csvLines(answer, ';').get(0);
        assertThat(line.get("value")).contains(",").doesNotContain(".");
        assertThat(Double.parseDouble(line.get("value").replace(',', '.'))).isEqualTo(rate);
        assertThat(line).containsEntry("measure", "ratePer100k").containsEntry("count", "26")
                .containsEntry("populationYear", "2025").containsEntry("area", "");
    }

    @Test
    void badParametersAskedAsCsvAreStillA400ProblemNamingThem() {
        io.restassured.response.Response answer = CrimeImports.get(null, "text/csv", "area", "1980-atlantis");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("errors[0].field")).isEqualTo("area");
        assertThat(CrimeImports.get(null, "text/csv;delimiter=pipe", "from", "2034-01").statusCode())
                .as("an unknown dialect is a media type the service cannot produce").isEqualTo(406);
    }
}
