package se.varna.crimestatistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static se.varna.crimestatistics.CrimeImports.COORDINATOR;
import static se.varna.crimestatistics.CrimeImports.EDITOR;
import static se.varna.crimestatistics.CrimeImports.HEADER;
import static se.varna.crimestatistics.CrimeImports.POLICE;
import static se.varna.crimestatistics.CrimeImports.VIEWER;
import static se.varna.crimestatistics.CrimeImports.importAndWait;
import static se.varna.crimestatistics.CrimeImports.statistics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import se.varna.common.Municipality;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;

/**
 * Answering crime-statistics queries: roll-ups of districts and categories, periods with their
 * previous and year-earlier figures, rates, and what the public and partners see of them
 * (CrimeStatisticsDisclosureTest attacks it). The figures are of 2033–2034 and 2036, which no other test touches.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CrimeStatisticsQueryTest {

    @Inject
    Municipality municipality;

    @Inject
    DataSource dataSource;

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
    void bySexAndAgeGroupUnknownOnesAreNotRecordedAndAllIsTheTotal() {
        JsonPath answer = statistics(COORDINATOR, "from", "2034-02", "to", "2034-03", "groupBy", "sex",
                "groupBy", "ageGroup", "category", "misshandel", "area", "1980-viksang");

        // female, male, notRecorded, all × six age groups, notRecorded, all
        assertThat(answer.getList("cells")).hasSize(4 * 8);
        Map<String, Integer> counts = new HashMap<>();
        List<Map<String, Object>> cells = answer.getList("cells");
        cells.forEach(c -> counts.put(c.get("sex") + "/" + c.get("ageGroup"), (Integer) c.get("count")));
        assertThat(counts).containsEntry("female/18-24", 6).containsEntry("male/18-24", 4)
                .containsEntry("notRecorded/notRecorded", 8).containsEntry("male/25-44", 0)
                .containsEntry("all/18-24", 10).containsEntry("all/all", 18).doesNotContainKey("total/total");
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
        // the parts, not the all bucket beside them
        factCells.stream().filter(c -> !"all".equals(c.get("sex"))).forEach(c -> facts.merge(
                c.get("area") + "/" + c.get("category"), (Integer) c.get("count"), Integer::sum));
        factCells.stream().filter(c -> "all".equals(c.get("sex"))).forEach(c -> assertThat(c.get("count"))
                .as("all is the sum of the parts").isEqualTo(rollup.get(c.get("area") + "/" + c.get("category"))));
        assertThat(rollup).isEqualTo(facts).containsEntry("1980/brott-mot-person", 38);
    }

    /**
     * The rollup's read sums runs of months in the database (the months that count in the same
     * periods); the facts' read sums month by month. Quarters from February to November make
     * runs that cut periods: a partial first and last quarter, previous quarters and the quarters a
     * year earlier, all of them summed the same both ways, as exact and as public figures.
     */
    @Test
    void theRollupsRunsOfMonthsAnswerWhatTheFactsSayForEveryPeriodAndComparison() {
        for (String token : new String[] { COORDINATOR, null }) {
            String[] query = { "from", "2033-02", "to", "2034-11", "groupBy", "area", "groupBy", "category",
                    "groupBy", "quarter" };
            Map<String, Map<String, Object>> rollup = rollupAgainstFacts(token, query);
            if (token != null) {
                Map<String, Object> q1 = rollup.get(municipality.code() + "/brott-mot-person/2034-Q1");
                assertThat(q1.get("count")).isEqualTo(31);
                assertThat(q1).extractingByKey("previous").extracting("count").as("2033-Q4").isEqualTo(0);
                assertThat(q1).extractingByKey("yearEarlier").extracting("count").as("2033-Q1").isEqualTo(7);
                Map<String, Object> first = rollup.get(municipality.code() + "/bedrageri/2033-Q1");
                assertThat(first).as("the partial first quarter, 2033-02–03").extractingByKey("count").isEqualTo(0);
                assertThat(rollup.get(municipality.code() + "/bedrageri/2034-Q1")).extractingByKey("yearEarlier").extracting("count")
                        .as("a year earlier, 2033-01–03").isEqualTo(4);
            }
        }
    }

    /**
     * Whole calendar years are read from the yearly rollup, the months around them from the
     * monthly one: years, a range of whole years and the year before, and a range that starts
     * and ends inside years answer what the facts say, as exact and as public figures.
     */
    @Test
    void theYearlyRollupAnswersWhatTheFactsSayForWholeYearsAndTheMonthsAroundThem() {
        String[][] queries = { { "from", "2033-01", "to", "2034-12", "groupBy", "area", "groupBy", "category",
                "groupBy", "year" },
                { "from", "2034-01", "to", "2034-12", "groupBy", "area", "groupBy", "category" },
                { "from", "2032-11", "to", "2034-07", "groupBy", "area", "groupBy", "category" } };
        for (String token : new String[] { COORDINATOR, null }) {
            for (String[] query : queries) {
                rollupAgainstFacts(token, query);
            }
        }
        Map<String, Map<String, Object>> year = rollupAgainstFacts(COORDINATOR, queries[0]);
        Map<String, Object> y2034 = year.get(municipality.code() + "/brott-mot-person/2034");
        assertThat(y2034.get("count")).isEqualTo(31);
        assertThat(y2034).extractingByKey("yearEarlier").extracting("count").as("2033").isEqualTo(7);
        Map<String, Object> partial = rollupAgainstFacts(COORDINATOR, queries[2])
                .get(municipality.code() + "/brott-mot-person/null");
        assertThat(partial.get("count")).as("2032-11 to 2034-07").isEqualTo(38);
    }

    /**
     * The yearly rollup is the monthly one summed by year after any writing (a trigger keeps it):
     * here after a delivery of 2036 and a re-delivery of one of its months that drops a district
     * and changes another's figure, checked over the whole table and through the API.
     */
    @Test
    void theYearlyRollupStaysTheMonthlyOneSummedWhenADeliveryReplacesMonths() {
        String centrum = municipality.code() + "-centrum";
        String viksang = municipality.code() + "-viksang";
        assertThat(importAndWait(POLICE, HEADER + "2036-02," + centrum + ",misshandel,male,25-44,3\n"
                + "2036-03," + centrum + ",misshandel,male,25-44,2\n"
                + "2036-03," + viksang + ",ran,female,18-24,6\n").getString("state")).isEqualTo("succeeded");
        assertThat(yearlyDifferingFromMonthly()).isZero();
        assertThat(importAndWait(POLICE, HEADER + "2036-03," + centrum + ",misshandel,male,25-44,5\n")
                .getString("state")).isEqualTo("succeeded");
        assertThat(yearlyDifferingFromMonthly()).as("rows of crime_rollup_year unlike crime_rollup summed").isZero();
        Map<String, Map<String, Object>> year = rollupAgainstFacts(COORDINATOR, "from", "2036-01", "to", "2036-12",
                "groupBy", "area", "groupBy", "category");
        assertThat(year.get(centrum + "/brott-mot-person/null").get("count")).isEqualTo(8);
        assertThat(year.get(viksang + "/brott-mot-person/null").get("count")).as("dropped by the re-delivery")
                .isEqualTo(0);
        assertThat(yearRows(viksang, 2036)).as("no year row is left without its months").isZero();
    }

    /** Rows of the yearly rollup that are not the monthly rollup summed by year, both ways. */
    private long yearlyDifferingFromMonthly() {
        return query("""
                with expected as (
                    select category_id, extract(year from month)::integer as year, area_id, source_id, sum(count) as count,
                           sum(record_key)::bit(32)::integer as record_key, count(*)::integer as months
                    from crime_rollup group by 1, 2, 3, 4),
                actual as (
                    select category_id, year, area_id, source_id, count, record_key, months from crime_rollup_year)
                select (select count(*) from (select * from expected except select * from actual) a)
                     + (select count(*) from (select * from actual except select * from expected) b)""");
    }

    private long yearRows(String area, int year) {
        return query("select count(*) from crime_rollup_year y join area a on a.id = y.area_id where a.code = '"
                + area + "' and y.year = " + year);
    }

    private long query(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer read from the rollup, by area/category/period, checked equal to the one summed from the facts. */
    private static Map<String, Map<String, Object>> rollupAgainstFacts(String token, String... query) {
        JsonPath fromRollup = statistics(token, query);
        String[] bySex = Arrays.copyOf(query, query.length + 2);
        bySex[query.length] = "groupBy";
        bySex[query.length + 1] = "sex";
        JsonPath fromFacts = statistics(token, bySex);

        Map<String, Map<String, Object>> rollup = new HashMap<>();
        List<Map<String, Object>> rollupCells = fromRollup.getList("cells");
        rollupCells.forEach(c -> {
            Map<String, Object> cell = new HashMap<>(c);
            cell.remove("sex");
            rollup.put(c.get("area") + "/" + c.get("category") + "/" + c.get("period"), cell);
        });
        Map<String, Map<String, Object>> facts = new HashMap<>();
        List<Map<String, Object>> factCells = fromFacts.getList("cells");
        // the all bucket is the unsplit figure, published by its own key
        factCells.stream().filter(c -> "all".equals(c.get("sex"))).forEach(c -> {
            Map<String, Object> cell = new HashMap<>(c);
            cell.remove("sex");
            facts.put(c.get("area") + "/" + c.get("category") + "/" + c.get("period"), cell);
        });
        assertThat(rollup).as((token == null ? "public figures of " : "exact figures of ") + String.join(" ", query))
                .isEqualTo(facts).isNotEmpty();
        return rollup;
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
    void aCountOfOneInADistrictMonthIsExactForTheCoordinatorAndNeverShownAsItIsAnonymously() {
        String[] query = { "from", "2034-03", "to", "2034-03", "groupBy", "area", "area", "1980-centrum",
                "category", "misshandel" };

        JsonPath coordinator = statistics(COORDINATOR, query);
        assertThat(coordinator.getBoolean("exact")).isTrue();
        assertThat(coordinator.getInt("cells[0].count")).isEqualTo(1);
        assertThat(coordinator.getString("cells[0].disclosure")).isEqualTo("exact");
        assertThat(coordinator.getBoolean("cells[0].suppressed")).isFalse();

        JsonPath anonymous = statistics(null, query);
        assertThat(anonymous.getBoolean("exact")).isFalse();
        assertThat(anonymous.getInt("threshold")).isEqualTo(3);
        Map<String, Object> cell = anonymous.getMap("cells[0]");
        assertThat(cell.get("disclosure")).as("a count of 1, anonymously").isIn("perturbed", "suppressed");
        if ("suppressed".equals(cell.get("disclosure"))) {
            assertThat(cell.get("count")).isNull();
            assertThat(cell.get("value")).isNull();
            assertThat(cell.get("suppressed")).isEqualTo(true);
            assertThat(cell.get("suppressionReason")).isEqualTo("smallCount");
        } else {
            assertThat(((Number) cell.get("count")).longValue()).as("a perturbed 1 is shown as 3 at least")
                    .isBetween(3L, 3L);
        }
    }

    @Test
    void viewersEditorsAndThePartnerThatDeliveredTheFiguresSeeThemExactlyAnotherPartnerAsThePublicDoes() {
        String[] query = { "from", "2034-03", "to", "2034-03", "area", "1980-centrum", "category", "misshandel" };

        assertThat(statistics(VIEWER, query).getInt("cells[0].count")).isEqualTo(1);
        assertThat(statistics(EDITOR, query).getInt("cells[0].count")).isEqualTo(1);
        JsonPath police = statistics(POLICE, query);
        assertThat(police.getBoolean("exact")).as("the police delivered every figure here").isTrue();
        assertThat(police.getInt("cells[0].count")).isEqualTo(1);
        JsonPath fireService = statistics(CrimeImports.FIRE_SERVICE, query);
        assertThat(fireService.getBoolean("exact")).isFalse();
        assertThat(fireService.getString("cells[0].disclosure")).isIn("perturbed", "suppressed");
        assertThat(fireService.getMap("cells[0]")).isEqualTo(statistics(null, query).getMap("cells[0]"));
    }

    @Test
    void everyPublicFigureOfABigAnswerIsWithinTheBoundOfTheExactOneAndNoneIsExactButZero() {
        String[] query = { "from", "2034-01", "to", "2034-12", "groupBy", "area", "groupBy", "category",
                "groupBy", "month", "category", "brott-mot-person", "category", "misshandel", "category", "ran",
                "category", "stold-tillgrepp" };
        List<Map<String, Object>> exact = statistics(COORDINATOR, query).getList("cells");
        List<Map<String, Object>> shown = statistics(null, query).getList("cells");

        assertThat(shown).hasSameSizeAs(exact);
        int perturbed = 0;
        for (int i = 0; i < exact.size(); i++) {
            long n = ((Number) exact.get(i).get("count")).longValue();
            Map<String, Object> cell = shown.get(i);
            String where = cell.get("area") + "/" + cell.get("category") + "/" + cell.get("period");
            if (n == 0) {
                assertThat(cell.get("disclosure")).as("%s: 0 stays 0", where).isEqualTo("exact");
                assertThat(cell.get("count")).as(where).isEqualTo(0);
                continue;
            }
            assertThat(cell.get("disclosure")).as("%s: %d is not shown as it is", where, n).isIn("perturbed",
                    "suppressed");
            if ("perturbed".equals(cell.get("disclosure"))) {
                perturbed++;
                long p = ((Number) cell.get("count")).longValue();
                assertThat(p).as("%s: within the bound 3 of %d (the table changes by 2 at most), and at least "
                        + "the threshold", where, n).isBetween(Math.max(3, n - 2), n + 2);
                assertThat(((Number) cell.get("value")).longValue()).isEqualTo(p);
            } else {
                assertThat(cell.get("count")).as(where).isNull();
                assertThat(n).as("%s: only a count below 3 + 2 can be published below 3", where).isLessThan(5);
            }
        }
        assertThat(perturbed).isPositive();
    }

    @Test
    void previousAndYearEarlierFiguresAreProtectedToo() {
        String[] query = { "from", "2034-03", "to", "2034-03", "area", "1980-centrum", "category", "misshandel",
                "groupBy", "month" };
        JsonPath exact = statistics(COORDINATOR, query);
        JsonPath answer = statistics(null, query);

        assertThat(exact.getInt("cells[0].yearEarlier.count")).isEqualTo(2);
        assertThat(answer.getString("cells[0].yearEarlier.disclosure")).isIn("perturbed", "suppressed");
        assertThat(answer.getString("cells[0].previous.disclosure")).isIn("perturbed", "suppressed");
        if (answer.getBoolean("cells[0].yearEarlier.suppressed")) {
            assertThat(answer.getString("cells[0].yearEarlier.count")).isNull();
        }
    }

    @Test
    void aRateIsComputedFromThePublishedCount() {
        String[] query = { "from", "2034-01", "to", "2034-12", "category", "misshandel", "measure", "ratePer100k" };
        JsonPath answer = statistics(null, query);

        assertThat(answer.getString("cells[0].disclosure")).isEqualTo("perturbed");
        assertThat(answer.getDouble("cells[0].value")).isCloseTo(
                answer.getLong("cells[0].count") * 100_000.0 / answer.getLong("cells[0].population"),
                org.assertj.core.data.Offset.offset(0.01));
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
    void aMonthThatIsNotOneAndATooLongCodeAreNamedInTheReadersLanguage() {
        given().queryParam("from", "2034-13").when().get("/api/v1/crime-statistics")
                .then().statusCode(400).body("errors.field", contains("from"))
                .body("errors[0].message", equalTo("must be a month as YYYY-MM, not '2034-13'"));
        given().header("Accept-Language", "sv").queryParam("to", "2034-1").when().get("/api/v1/crime-statistics")
                .then().statusCode(400).body("errors.field", contains("to"))
                .body("errors[0].message", equalTo("måste vara en månad som ÅÅÅÅ-MM, inte '2034-1'"));
        given().header("Accept-Language", "sv").queryParam("area", "x".repeat(201))
                .when().get("/api/v1/crime-statistics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("area")).body("errors[0].message", equalTo("får vara högst 200 tecken"));
        given().header("Accept-Language", "sv").queryParam("from", "2034-05").queryParam("to", "2034-01")
                .when().get("/api/v1/crime-statistics")
                .then().statusCode(400).body("errors.field", contains("from"))
                .body("errors[0].message", equalTo("får inte vara efter 'to' (2034-01)"));
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
    void asCsvEveryPublicFigureIsWrittenAsTheJsonSaysAndACountOfOneNeverAsOne() {
        String[] query = { "from", "2034-03", "to", "2034-03", "groupBy", "area", "category", "misshandel" };
        Map<String, Map<String, Object>> json = byArea(statistics(null, query));

        List<Map<String, String>> lines = csvLines(CrimeImports.get(null, "text/csv", query), ',');

        assertThat(lines).hasSameSizeAs(json.keySet());
        Map<String, Map<String, String>> csv = csvByArea(lines);
        Map<String, String> centrum = csv.get("1980-centrum");
        assertThat(centrum).containsEntry("areaName", "Centrum").containsEntry("measure", "count");
        assertThat(centrum.get("disclosure")).as("a count of 1, anonymously").isIn("perturbed", "suppressed");
        assertThat(centrum.get("count")).as("never 1, never 0").isNotIn("0", "1");
        int hidden = 0;
        for (var cell : json.values()) {
            Map<String, String> line = csv.get((String) cell.get("area"));
            assertThat(line.get("disclosure")).as(line.toString()).isEqualTo(String.valueOf(cell.get("disclosure")));
            assertThat(line.get("suppressed")).as(line.toString()).isEqualTo(String.valueOf(cell.get("suppressed")));
            assertThat(line.get("suppressionReason")).as(line.toString())
                    .isEqualTo(cell.get("suppressionReason") == null ? "" : String.valueOf(cell.get("suppressionReason")));
            assertThat(line.get("count")).as("CSV shows a count exactly when JSON does: " + line)
                    .isEqualTo(cell.get("count") == null ? "" : String.valueOf(cell.get("count")));
            hidden += "exact".equals(cell.get("disclosure")) ? 0 : 1;
        }
        assertThat(hidden).as("the answer has figures the public does not see exactly").isPositive();
    }

    @Test
    void asCsvTheDeliveringPartnerAndTheCoordinatorSeeExactFiguresAnotherPartnerThePublicOnes() {
        String[] query = { "from", "2034-03", "to", "2034-03", "groupBy", "area", "area", "1980-centrum",
                "category", "misshandel", "groupBy", "month" };

        Map<String, String> police = csvLines(CrimeImports.get(POLICE, "text/csv", query), ',').get(0);
        Map<String, String> coordinator = csvLines(CrimeImports.get(COORDINATOR, "text/csv", query), ',').get(0);
        Map<String, String> fireService = csvLines(CrimeImports.get(CrimeImports.FIRE_SERVICE, "text/csv", query), ',')
                .get(0);
        Map<String, String> anonymous = csvLines(CrimeImports.get(null, "text/csv", query), ',').get(0);

        for (Map<String, String> exact : List.of(police, coordinator)) {
            assertThat(exact).containsEntry("count", "1").containsEntry("disclosure", "exact")
                    .containsEntry("suppressed", "false").containsEntry("suppressionReason", "")
                    .containsEntry("yearEarlierCount", "2").containsEntry("yearEarlierDisclosure", "exact")
                    .containsEntry("previousCount", "3").containsEntry("period", "2034-03");
        }
        assertThat(fireService).isEqualTo(anonymous);
        assertThat(anonymous.get("disclosure")).isIn("perturbed", "suppressed");
        assertThat(anonymous.get("count")).isNotIn("0", "1");
        assertThat(anonymous.get("yearEarlierDisclosure")).isIn("perturbed", "suppressed");
        assertThat(anonymous.get("yearEarlierCount")).isNotIn("0", "2");
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
