package se.varna.common.csv;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.varna.crimestatistics.CrimeImports;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;

/**
 * Every public operation that answers figures as CSV gives an anonymous reader, cell for cell, what
 * its JSON answer gives them: the same lines, the same values, the same disclosure control (a
 * suppressed crime count is empty in both, a small group's survey value too). Each expected line is
 * built from the JSON answer here, independently of the operation's {@code CsvExport}.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicCsvEqualsJsonTest {

    static final String COORDINATOR = CrimeImports.COORDINATOR;
    static final String MARKER = "csv-json-" + System.nanoTime();

    long indicator;

    /** Once for the class (in @BeforeEach: REST Assured knows the test port only then). */
    @BeforeEach
    void arrange() {
        if (indicator != 0) {
            return;
        }
        indicator = given().queryParam("limit", 500).when().get("/api/v1/indicators").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == 'TILLIT' }.id");
        for (Object[] v : new Object[][] { { "2036", "1980", "total", 61.25 }, { "2037", "1980", "total", 63.5 },
                { "2037", "1980", "female", 66 }, { "2037", "1980-centrum", "total", 58 } }) {
            as(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("period", v[0], "area", v[1], "sex", v[2], "ageGroup", "total", "value", v[3]))
                    .when().post("/api/v1/indicators/{id}/values", indicator).then().statusCode(201);
        }
        CrimeImports.importAndWait(CrimeImports.POLICE, CrimeImports.HEADER
                + "2037-05,1980-centrum,misshandel,male,25-44,2\n"
                + "2037-05,1980-viksang,misshandel,female,18-24,25\n"
                + "2037-05,1980-haga,bedrageri,total,total,40\n");
        for (String title : List.of("=" + MARKER + " nattvandring, \"kväll\"", MARKER + " läxhjälp")) {
            Map<String, Object> measure = new HashMap<>();
            measure.put("title", title);
            measure.put("preventionType", "social");
            measure.put("preventionLevel", "primary");
            measure.put("status", "ongoing");
            measure.put("startDate", "2026-01-15");
            measure.put("districts", List.of("1980-backby"));
            measure.put("published", true);
            as(COORDINATOR).contentType(ContentType.JSON).body(measure).when().post("/api/v1/measures")
                    .then().statusCode(201);
        }
    }

    @AfterAll
    void removeTheIndicatorValues() {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("delete from indicator_value where indicator_id = ?1 and period in ('2036', '2037')")
                .setParameter(1, indicator).executeUpdate());
    }

    @Test
    void indicatorValuesAsCsvAreTheJsonSeriesLineForLine() {
        String path = "/api/v1/indicators/" + indicator + "/values";
        Map<String, Object> json = json(path, "from", "2036", "to", "2037");
        List<List<Object>> expected = new ArrayList<>();
        for (Map<String, Object> series : list(json.get("series"))) {
            for (Map<String, Object> o : list(series.get("observations"))) {
                expected.add(List.of(field(json, "indicator.code"), o.get("period"), field(series, "area.code"),
                        series.get("sex"), series.get("ageGroup"), nullable(o.get("value")),
                        nullable(o.get("numerator")), nullable(o.get("denominator")), nullable(o.get("status")),
                        nullable(o.get("source")), o.get("disclosure")));
            }
        }

        assertThat(expected).as("the arranged values are in the JSON answer").hasSize(4);
        assertSameCells(csv(path, "from", "2036", "to", "2037"), expected);
    }

    @Test
    void crimeStatisticsAsCsvAreTheJsonCellsWithSmallCountsSuppressedInBoth() {
        String[] query = { "from", "2037-05", "to", "2037-05", "groupBy", "area", "groupBy", "category" };
        Map<String, Object> json = json("/api/v1/crime-statistics", query);
        Map<Object, Object> areaNames = list(json.get("areas")).stream()
                .collect(Collectors.toMap(a -> a.get("code"), a -> a.get("name"), (a, b) -> a));
        List<List<Object>> expected = new ArrayList<>();
        for (Map<String, Object> cell : list(json.get("cells"))) {
            List<Object> line = new ArrayList<>(List.of(nullable(cell.get("area")),
                    nullable(areaNames.get(cell.get("area"))), nullable(cell.get("category")),
                    nullable(cell.get("period")), nullable(cell.get("sex")), nullable(cell.get("ageGroup")),
                    json.get("measure"), nullable(cell.get("count")), nullable(cell.get("value")),
                    cell.get("disclosure"), cell.get("suppressed"), nullable(cell.get("suppressionReason")),
                    nullable(cell.get("population")), nullable(cell.get("populationYear"))));
            for (String compared : List.of("previous", "yearEarlier")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> figure = (Map<String, Object>) cell.get(compared);
                for (String key : List.of("period", "count", "value", "disclosure", "suppressed", "suppressionReason")) {
                    line.add(figure == null ? "" : nullable(figure.get(key)));
                }
            }
            expected.add(line);
        }

        assertThat(list(json.get("cells"))).as("the small count of centrum is suppressed for the public")
                .anySatisfy(cell -> assertThat(cell).containsEntry("area", "1980-centrum")
                        .containsEntry("suppressed", true).containsEntry("count", null));
        assertSameCells(csv("/api/v1/crime-statistics", query), expected);
    }

    @Test
    void measuresAsCsvAreTheJsonPageLineForLine() {
        String[] query = { "q", MARKER, "sort", "title" };
        Map<String, Object> json = json("/api/v1/measures", query);
        List<List<Object>> expected = new ArrayList<>();
        for (Map<String, Object> m : list(json.get("items"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> last = (Map<String, Object>) m.get("lastUpdate");
            // the one CSV rule JSON lacks: a text starting like a formula is guarded with '
            String title = (String) m.get("title");
            expected.add(List.of(m.get("id"), title.startsWith("=") ? "'" + title : title, field(m, "responsibleOrganisation.code"),
                    joined(m.get("goals"), g -> g.get("number")), joined(m.get("districts"), d -> d.get("code")),
                    m.get("status"), m.get("preventionType"), m.get("preventionLevel"), m.get("startDate"),
                    nullable(m.get("endDate")), m.get("published"), m.get("demo"),
                    last == null ? "" : last.get("date"), last == null ? "" : last.get("assessment"),
                    m.get("needsFollowUp")));
        }

        assertThat(expected).as("both published measures are listed").hasSize(2);
        assertSameCells(csv("/api/v1/measures", query), expected);
    }

    // --- reading the two answers ---

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    /** Unvalidated: the contract's validator refuses a repeated `groupBy`, which the contract allows. */
    private static RequestSpecification anonymous(String accept, String... query) {
        RequestSpecification spec = given().accept(accept);
        for (int i = 0; i + 1 < query.length; i += 2) {
            spec.queryParam(query[i], query[i + 1]);
        }
        return spec;
    }

    private static Map<String, Object> json(String path, String... query) {
        Response answer = anonymous("application/json", query).when().get(path);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        return answer.jsonPath().getMap("");
    }

    /** The CSV's lines after the header (the header included as line 0), each a list of fields. */
    private static List<List<String>> csv(String path, String... query) {
        Response answer = anonymous("text/csv", query).when().get(path);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/csv");
        byte[] body = answer.asByteArray();
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<List<String>> lines = new ArrayList<>();
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(text)) {
            lines.add(new ArrayList<>(record.getFields()));
        }
        return lines;
    }

    /** Each CSV line (after the header) equals the expected line built from JSON, cell for cell. */
    private static void assertSameCells(List<List<String>> csv, List<List<Object>> expected) {
        List<List<String>> rows = csv.subList(1, csv.size());
        assertThat(rows).as("one CSV line per JSON line").hasSameSizeAs(expected);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<Object> want = expected.get(r);
            assertThat(row).as("line %d's columns", r + 1).hasSameSizeAs(csv.get(0)).hasSameSizeAs(want);
            for (int c = 0; c < row.size(); c++) {
                assertThat(sameCell(row.get(c), want.get(c)))
                        .as("line %d, column %s: CSV '%s', JSON '%s'", r + 1, csv.get(0).get(c), row.get(c), want.get(c))
                        .isTrue();
            }
        }
    }

    private static boolean sameCell(String csv, Object json) {
        if (json instanceof Number number) {
            return !csv.isEmpty() && new BigDecimal(csv).compareTo(new BigDecimal(number.toString())) == 0;
        }
        return csv.equals(String.valueOf(json));
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Object field(Map<String, Object> object, String path) {
        Object value = object;
        for (String key : path.split("\\.")) {
            value = value == null ? null : ((Map<String, Object>) value).get(key);
        }
        return nullable(value);
    }

    private static String joined(Object items, Function<Map<String, Object>, Object> part) {
        return list(items).stream().map(i -> String.valueOf(part.apply(i))).collect(Collectors.joining(" "));
    }
}
