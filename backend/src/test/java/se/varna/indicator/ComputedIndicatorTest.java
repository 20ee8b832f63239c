package se.varna.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.varna.crimestatistics.CrimeImports;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;

/**
 * A computed indicator's values are the crime statistics' figures for its category, area and
 * period, for every reader as the crime statistics publish them to that reader, before and after
 * a crime import; a value for it can be neither recorded (422) nor imported (the row is named).
 * Its months (2041) are ones no other test delivers.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ComputedIndicatorTest {

    static final String COORDINATOR = CrimeImports.COORDINATOR;
    static final String VIEWER = CrimeImports.VIEWER;
    static final String CODE = "TEST_COMPUTED_NARKOTIKA";

    @AfterEach
    void removeTestIndicators() {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("delete from goal_indicator where indicator_id in "
                    + "(select id from indicator where code like 'TEST_COMPUTED%')").executeUpdate();
            em.createNativeQuery("delete from indicator where code like 'TEST_COMPUTED%'").executeUpdate();
        });
    }

    static Map<String, Object> input(String unit, String frequency, List<String> splits, Object computation) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", CODE);
        body.put("name", Map.of("sv", "Anmälda narkotikabrott (beräknad)", "en", "Reported narcotics offences (computed)"));
        body.put("description", Map.of("sv", "Från brottsstatistiken.", "en", "From the crime statistics."));
        body.put("unit", unit);
        body.put("direction", "lowerIsBetter");
        body.put("source", "police");
        body.put("frequency", frequency);
        body.put("disaggregations", splits);
        body.put("owner", "polisen");
        body.put("targets", List.of(Map.of("year", 2041, "value", 10)));
        body.put("computation", computation);
        return body;
    }

    static long create(Map<String, Object> body) {
        return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicators")
                .then().statusCode(201)
                .body("computation.from", equalTo("crimeStatistics"))
                .body("computation.category", equalTo("narkotikabrott"))
                .extract().jsonPath().getLong("id");
    }

    static JsonPath series(String token, long id, String from, String to) {
        var request = given().filter(Contract.VALIDATED).queryParam("from", from).queryParam("to", to);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.when().get("/api/v1/indicators/{id}/values", id).then().statusCode(200).extract().jsonPath();
    }

    /** The crime statistics' figures by area code and period code (the indicator's form), for the reader. */
    static Map<String, Map<String, Object>> crime(String token, String from, String to, String measure) {
        var request = given().queryParam("from", from).queryParam("to", to).queryParam("category", "narkotikabrott")
                .queryParam("groupBy", "month").queryParam("groupBy", "area").queryParam("measure", measure);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        JsonPath answer = request.when().get("/api/v1/crime-statistics").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        for (Map<String, Object> cell : answer.<Map<String, Object>>getList("cells")) {
            figures.computeIfAbsent((String) cell.get("area"), a -> new LinkedHashMap<>())
                    .put((String) cell.get("period"), cell.get("value"));
        }
        return figures;
    }

    /** The indicator's values by area code and period. */
    static Map<String, Map<String, Object>> values(JsonPath series) {
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        List<Map<String, Object>> all = series.getList("series");
        for (Map<String, Object> s : all) {
            @SuppressWarnings("unchecked")
            String area = (String) ((Map<String, Object>) s.get("area")).get("code");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> observations = (List<Map<String, Object>>) s.get("observations");
            for (Map<String, Object> o : observations) {
                figures.computeIfAbsent(area, a -> new LinkedHashMap<>()).put((String) o.get("period"), o.get("value"));
            }
        }
        return figures;
    }

    @Test
    void theValuesAreTheCrimeStatisticsBeforeAndAfterAnImport() {
        long id = create(input("count", "monthly", List.of("area"),
                Map.of("from", "crimeStatistics", "category", "narkotikabrott")));
        CrimeImports.importAndWait(CrimeImports.POLICE, CrimeImports.HEADER
                + "2041-01,1980-centrum,narkotika-innehav,male,18-24,7\n"
                + "2041-01,1980-viksang,narkotika-overlatelse,total,total,2\n"
                + "2041-02,1980-centrum,narkotika-innehav,female,25-44,4\n"
                + "2041-03,1980-haga,narkotika-innehav,male,15-17,1\n");

        JsonPath before = series(VIEWER, id, "2041-01", "2041-03");
        Map<String, Map<String, Object>> exact = values(before);
        assertThat(exact).isEqualTo(crime(VIEWER, "2041-01", "2041-03", "count"));
        assertThat(exact.get("1980").get("2041-01")).isEqualTo(9.0f);
        assertThat(exact.get("1980-viksang").get("2041-01")).isEqualTo(2.0f);
        // the same status, targets and freshness as a recorded indicator's
        assertThat(before.getList("targets.year")).containsExactly(2041);
        assertThat(before.getString("freshness.latestPeriod")).isNotNull();
        assertThat(before.getString("series[0].area.code")).isEqualTo("1980");
        assertThat(before.getString("series[0].status")).isNotNull();

        // the public sees what the crime statistics show the public: a count of 2 is not 2
        Map<String, Map<String, Object>> published = values(series(null, id, "2041-01", "2041-03"));
        assertThat(published).isEqualTo(crime(null, "2041-01", "2041-03", "count"));
        JsonPath publicSeries = series(null, id, "2041-01", "2041-01");
        assertThat(publicSeries.getString("series.find { it.area.code == '1980-viksang' }.observations[0].disclosure"))
                .isIn("perturbed", "suppressed");

        CrimeImports.importAndWait(CrimeImports.POLICE, CrimeImports.HEADER
                + "2041-03,1980-haga,narkotika-innehav,male,15-17,11\n");
        Map<String, Map<String, Object>> after = values(series(VIEWER, id, "2041-01", "2041-03"));
        assertThat(after).isEqualTo(crime(VIEWER, "2041-01", "2041-03", "count"));
        assertThat(after.get("1980-haga").get("2041-03")).isEqualTo(11.0f);
        assertThat(after.get("1980").get("2041-03")).isEqualTo(11.0f);
    }

    @Test
    void aRateIsTheCrimeStatisticsRate() {
        long id = create(input("ratePer1000", "monthly", List.of("area"),
                Map.of("from", "crimeStatistics", "category", "narkotikabrott")));
        CrimeImports.importAndWait(CrimeImports.POLICE, CrimeImports.HEADER
                + "2041-05,1980-centrum,narkotika-innehav,male,18-24,30\n");
        Map<String, Map<String, Object>> rates = values(series(VIEWER, id, "2041-05", "2041-05"));
        assertThat(rates).isEqualTo(crime(VIEWER, "2041-05", "2041-05", "ratePer1000"));
        assertThat(((Number) rates.get("1980-centrum").get("2041-05")).doubleValue()).isGreaterThan(0);
    }

    @Test
    void aValueForAComputedIndicatorIsRefused() {
        long id = create(input("count", "monthly", List.of("area"),
                Map.of("from", "crimeStatistics", "category", "narkotikabrott")));
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body(Map.of("period", "2041-01", "area", "1980", "value", 5))
                .when().post("/api/v1/indicators/{id}/values", id)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:indicator-computed"))
                .body("errors[0].field", equalTo("indicator"))
                .body("errors[0].message", containsString(CODE));

        // an import names the row and the column, and stores nothing
        given().header("Authorization", "Bearer " + COORDINATOR).contentType("text/csv")
                .body(("indicator,period,area,sex,ageGroup,value\n" + CODE + ",2041-01,1980,total,total,5\n")
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/indicator-values/imports")
                .then().statusCode(422)
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("indicator"))
                .body("errors[0].message", containsString("computed"));
        long stored = QuarkusTransaction.requiringNew().call(() -> IndicatorValue.count("indicator.id", id));
        assertThat(stored).isZero();
    }

    @Test
    void aComputationNamesAKnownCategoryAUnitTheCrimeStatisticsHaveAndNoSplitButArea() {
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON)
                .body(input("percent", "monthly", List.of("area", "sex"),
                        Map.of("from", "crimeStatistics", "category", "ingen-sadan")))
                .when().post("/api/v1/indicators")
                .then().statusCode(400)
                .body("errors.field", hasItem("computation.category"))
                .body("errors.field", hasItem("unit"))
                .body("errors.field", hasItem("disaggregations"));
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON)
                .body(input("count", "monthly", List.of(), Map.of("from", "registry", "category", "narkotikabrott")))
                .when().post("/api/v1/indicators")
                .then().statusCode(400)
                .body("errors.field", hasItem("computation.from"));
        long none = QuarkusTransaction.requiringNew().call(() -> Indicator.count("code", CODE));
        assertThat(none).isZero();
    }

    @Test
    void theSeededCrimeCountsAreComputed() {
        JsonPath indicators = given().when().get("/api/v1/indicators?limit=100").then().statusCode(200)
                .extract().jsonPath();
        assertThat(indicators.getString("items.find { it.code == 'ANMALDA_NARKOTIKABROTT' }.computation.category"))
                .isEqualTo("narkotikabrott");
        assertThat(indicators.getString("items.find { it.code == 'ANMALDA_VALDSBROTT' }.computation.category"))
                .isEqualTo("valdsbrott");
        assertThat(indicators.getString("items.find { it.code == 'TILLIT' }.computation")).isNull();
    }
}
