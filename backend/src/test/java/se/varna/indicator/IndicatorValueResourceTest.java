package se.varna.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * Reading an indicator's series and recording one value: who may, what is stored, what the
 * series answers against baseline and target.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class IndicatorValueResourceTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    static final String EDITOR_KFF = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");
    static final String EDITOR_SCHOOL = TestTokens.user("redaktor-skola", "barn-utbildning", "editor");
    static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");
    static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");

    long tillit;
    long motesplatser;

    @BeforeEach
    void arrange() {
        IndicatorValueFixtures.clear();
        tillit = IndicatorValueFixtures.indicatorId("TILLIT");
        motesplatser = IndicatorValueFixtures.indicatorId("NOJDHET_MOTESPLATSER");
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    static Map<String, Object> value(String period, String area, String sex, Object value) {
        return Map.of("period", period, "area", area, "sex", sex, "ageGroup", "total", "value", value);
    }

    void record(String token, long indicator, Map<String, Object> body, int status) {
        as(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicators/{id}/values", indicator)
                .then().statusCode(status);
    }

    @Test
    void coordinatorRecordsAValueAndReadsItBackAsASeries() {
        as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("period", "2024", "area", "1980", "value", 63.5, "source", "Invånarundersökningen"))
                .when().post("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(201)
                .body("indicator", equalTo("TILLIT"))
                .body("area.code", equalTo("1980"))
                .body("sex", equalTo("total"))
                .body("ageGroup", equalTo("total"))
                .body("value", equalTo(63.5f))
                .body("status", equalTo("final"))
                .body("updatedBy", equalTo("samordnare"))
                .body("outcome", equalTo("created"));

        as(VIEWER).when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200)
                .body("indicator.code", equalTo("TILLIT"))
                .body("frequency", equalTo("yearly"))
                .body("demo", equalTo(false))
                .body("series", hasSize(1))
                .body("series[0].area.code", equalTo("1980"))
                .body("series[0].latest.period", equalTo("2024"))
                .body("series[0].latest.source", equalTo("Invånarundersökningen"))
                .body("series[0].status", equalTo("noTarget"))
                .body("freshness.latestPeriod", equalTo("2024"))
                .body("freshness.lastUpdated", notNullValue());
    }

    @Test
    void recordingTheSameKeyAgainReplacesTheValueAndAuditsBeforeAndAfter() {
        record(COORDINATOR, tillit, value("2024", "1980", "female", 60), 201);
        as(COORDINATOR).contentType(ContentType.JSON).body(value("2024", "1980", "female", 61.25))
                .when().post("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200).body("outcome", equalTo("updated")).body("value", equalTo(61.25f));
        as(COORDINATOR).contentType(ContentType.JSON).body(value("2024", "1980", "female", 61.25))
                .when().post("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200).body("outcome", equalTo("unchanged"));

        assertThat(IndicatorValueFixtures.stored()).containsExactly("TILLIT|2024|1980|female|total=61.25");
        List<Object[]> audit = IndicatorValueFixtures.audit();
        assertThat(audit).as("one audit row per change, none for the unchanged repeat").hasSize(2);
        assertThat(audit.get(0)[0]).isEqualTo("created");
        assertThat(audit.get(0)[1]).isNull();
        assertThat(audit.get(1)[0]).isEqualTo("updated");
        assertThat((String) audit.get(1)[1]).contains("\"value\": 60");
        assertThat((String) audit.get(1)[2]).contains("\"value\": 61.25");
        assertThat(audit.get(1)[3]).isEqualTo("samordnare");
    }

    @Test
    void editorRecordsValuesOfTheirOwnOrganisationsIndicator() {
        record(EDITOR_KFF, motesplatser, value("2024", "1980-centrum", "total", 74), 201);
        assertThat(IndicatorValueFixtures.stored()).containsExactly("NOJDHET_MOTESPLATSER|2024|1980-centrum|total|total=74");
    }

    @Test
    void editorOfAnotherOrganisationIsForbiddenAndNothingIsStored() {
        as(EDITOR_SCHOOL).contentType(ContentType.JSON).body(value("2024", "1980", "total", 74))
                .when().post("/api/v1/indicators/{id}/values", motesplatser)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("NOJDHET_MOTESPLATSER"));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void viewerPartnerAndAnonymousMayNotRecordValues() {
        Map<String, Object> body = value("2024", "1980", "total", 74);
        given().filter(Contract.RESPONSES_VALIDATED).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicators/{id}/values", tillit).then().statusCode(401);
        record(VIEWER, tillit, body, 403);
        record(PARTNER, tillit, body, 403);
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void everyoneReadsSeriesWithOrWithoutAToken() {
        Map<String, Object> body = new java.util.HashMap<>(value("2024", "1980", "total", 63));
        body.put("numerator", 252);
        body.put("denominator", 400);
        record(COORDINATOR, tillit, body, 201);
        for (String token : new String[] { VIEWER, EDITOR_KFF, EDITOR_SCHOOL, COORDINATOR }) {
            as(token).when().get("/api/v1/indicators/{id}/values", tillit)
                    .then().statusCode(200).body("series[0].latest.value", equalTo(63.0f))
                    .body("series[0].latest.disclosure", equalTo("exact"))
                    .body("series[0].latest.denominator", equalTo(400.0f));
        }
        // 400 respondents support half a percentage point: the share is public, rounded, without its counts.
        for (String token : new String[] { null, PARTNER }) {
            as(token).when().get("/api/v1/indicators/{id}/values", tillit)
                    .then().statusCode(200).body("series[0].latest.value", equalTo(63.0f))
                    .body("series[0].latest.disclosure", equalTo("rounded"))
                    .body("series[0].latest.numerator", nullValue())
                    .body("series[0].latest.denominator", nullValue());
        }
    }

    @Test
    void aSurveyValueWithoutItsNumberOfRespondentsIsHiddenFromThePublicAndExactForAViewer() {
        record(COORDINATOR, tillit, value("2024", "1980", "total", 63), 201);
        as(VIEWER).when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200).body("series[0].latest.value", equalTo(63.0f));
        for (String token : new String[] { null, PARTNER }) {
            as(token).when().get("/api/v1/indicators/{id}/values", tillit)
                    .then().statusCode(200).body("series[0].latest.value", nullValue())
                    .body("series[0].latest.disclosure", equalTo("suppressed"));
        }
    }

    @Test
    void aValueThatBreaksTheRulesIsA400NamingEachFieldAndNothingIsStored() {
        as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("period", "2024-05", "area", "1980-nowhere", "sex", "female", "ageGroup", "0-14",
                        "value", 140))
                .when().post("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(400)
                .body("errors.field", contains("period", "area", "ageGroup", "value"))
                .body("errors[0].message", containsString("yearly"));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
    }

    @Test
    void aTooLongValueIsRefusedInTheReadersLanguageAndNothingIsStored() {
        given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .header("Accept-Language", "sv").contentType(ContentType.JSON)
                .body(Map.of("period", "2024", "area", "1980", "value", 63, "source", "ö".repeat(256)))
                .when().post("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "sv")
                .body("errors.field", contains("source"))
                .body("errors[0].message", equalTo("får vara högst 255 tecken"));
        assertThat(IndicatorValueFixtures.stored()).isEmpty();
        given().filter(Contract.RESPONSES_VALIDATED).header("Accept-Language", "sv").queryParam("area", "x".repeat(201))
                .when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(400)
                .body("errors.field", contains("area"))
                .body("errors[0].message", equalTo("får vara högst 200 tecken"));
    }

    @Test
    void seriesSplitBySexAndByDistrictAreFilteredAndOrdered() {
        for (String[] v : new String[][] { { "2023", "1980", "total", "61" }, { "2024", "1980", "total", "62" },
                { "2024", "1980", "female", "64" }, { "2024", "1980", "male", "60" },
                { "2024", "1980-centrum", "total", "55" }, { "2024", "1980-backby", "total", "50" } }) {
            record(COORDINATOR, tillit, value(v[0], v[1], v[2], Double.parseDouble(v[3])), 201);
        }

        as(VIEWER).queryParam("sex", "female")
                .when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200)
                .body("series.sex", contains("female"))
                .body("series[0].latest.value", equalTo(64.0f));

        as(VIEWER).queryParam("sex", "total").queryParam("area", "1980-centrum")
                .when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200)
                .body("series.area.code", contains("1980-centrum"));

        as(VIEWER).queryParam("ageGroup", "total")
                .when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200)
                .body("series.area.code", contains("1980", "1980", "1980", "1980-backby", "1980-centrum"))
                .body("series.sex", contains("total", "female", "male", "total", "total"));

        as(VIEWER).queryParam("from", "2024").queryParam("to", "2024").queryParam("area", "1980").queryParam("sex", "total")
                .when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200)
                .body("series[0].observations.period", contains("2024"))
                .body("series[0].previousPeriod", nullValue());
    }

    @Test
    void latestValueIsComparedWithThePreviousOneTheBaselineAndTheTarget() {
        IndicatorValueFixtures.baselineAndTarget("TILLIT", "2019", 60, 2025, 66);
        record(COORDINATOR, tillit, value("2023", "1980", "total", 62), 201);
        record(COORDINATOR, tillit, value("2024", "1980", "total", 64), 201);

        as(VIEWER).when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200)
                .body("baseline.period", equalTo("2019"))
                .body("baseline.value", equalTo(60.0f))
                .body("targets.year", contains(2025))
                .body("series[0].previousPeriod", equalTo("2023"))
                .body("series[0].changeFromPrevious", equalTo(2.0f))
                .body("series[0].changeFromBaseline", equalTo(4.0f))
                .body("series[0].target.value", equalTo(66.0f))
                .body("series[0].status", equalTo("onTrack"));

        as(VIEWER).when().get("/api/v1/indicators/{id}", tillit)
                .then().statusCode(200)
                .body("baseline.value", equalTo(60.0f))
                .body("targets[0].value", equalTo(66.0f))
                .body("freshness.latestPeriod", equalTo("2024"));
    }

    @Test
    void aSeriesMovingAwayFromItsTargetIsOffTrack() {
        IndicatorValueFixtures.baselineAndTarget("TILLIT", "2019", 60, 2025, 70);
        record(COORDINATOR, tillit, value("2023", "1980", "total", 62), 201);
        record(COORDINATOR, tillit, value("2024", "1980", "total", 61), 201);

        as(VIEWER).when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200).body("series[0].status", equalTo("offTrack"));
    }

    @Test
    void badFiltersAreA400NamingEachParameter() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .queryParam("from", "2024-13").queryParam("area", "atlantis").queryParam("sex", "other")
                .queryParam("ageGroup", "0-14")
                .when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(400)
                .body("errors.field", contains("from", "area", "sex", "ageGroup"));
    }

    @Test
    void valuesOfAnUnknownIndicatorAreNotFound() {
        as(null).when().get("/api/v1/indicators/{id}/values", 987654)
                .then().statusCode(404).contentType("application/problem+json");
    }
    /** The body of a CSV answer as text, after checking that it starts with UTF-8's byte-order mark. */
    static String csvText(byte[] body) {
        assertThat(body).as("a CSV answer starts with the UTF-8 byte-order mark, so Excel reads å, ä, ö")
                .startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(body, 3, body.length - 3, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theSeriesDownloadsAsCsvInTheImportsColumnsAndImportsAgain() {
        as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("period", "2023", "area", "1980", "value", 61.25, "source", "=HYPERLINK(\"http://x\")"))
                .when().post("/api/v1/indicators/{id}/values", tillit).then().statusCode(201);
        as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("period", "2024", "area", "1980-backby", "value", 63, "numerator", 126,
                        "denominator", 200, "status", "preliminary", "source", "Enkät, \"trygghet\""))
                .when().post("/api/v1/indicators/{id}/values", tillit).then().statusCode(201);

        io.restassured.response.Response csv = as(VIEWER).accept("text/csv")
                .when().get("/api/v1/indicators/{id}/values", tillit);

        csv.then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Type", containsString("charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"indicator-TILLIT.csv\""));
        String text = csvText(csv.asByteArray());
        assertThat(text).isEqualTo("indicator,period,area,sex,ageGroup,value,numerator,denominator,status,source,disclosure\r\n"
                + "TILLIT,2023,1980,total,total,61.25,,,final,\"'=HYPERLINK(\"\"http://x\"\")\",exact\r\n"
                + "TILLIT,2024,1980-backby,total,total,63,126,200,preliminary,\"Enkät, \"\"trygghet\"\"\",exact\r\n");
        // The public file hides what the public JSON hides: the survey value without respondents is
        // empty, the other is rounded (200 respondents: half a point) and without its counts.
        assertThat(csvText(as(null).accept("text/csv").when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200).extract().asByteArray())).isEqualTo(
                        "indicator,period,area,sex,ageGroup,value,numerator,denominator,status,source,disclosure\r\n"
                + "TILLIT,2023,1980,total,total,,,,final,\"'=HYPERLINK(\"\"http://x\"\")\",suppressed\r\n"
                + "TILLIT,2024,1980-backby,total,total,63,,,preliminary,\"Enkät, \"\"trygghet\"\"\",rounded\r\n");

        as(COORDINATOR).contentType("text/csv; charset=utf-8").body(csv.asByteArray())
                .queryParam("dryRun", "true")
                .when().post("/api/v1/indicator-values/imports")
                .then().statusCode(200)
                .body("rowsValid", equalTo(2))
                .body("rowsRejected", equalTo(0));
    }

    @Test
    void theSwedishExcelDialectSeparatesBySemicolonWithTheDecimalCommaAndImportsAgain() {
        record(COORDINATOR, tillit, value("2024", "1980", "female", 63.5), 201);

        byte[] body = as(VIEWER).accept("text/csv;delimiter=semicolon").queryParam("sex", "female")
                .when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200)
                .header("Content-Type", containsString("delimiter=semicolon"))
                .extract().asByteArray();

        assertThat(csvText(body)).isEqualTo("indicator;period;area;sex;ageGroup;value;numerator;denominator;status;source;disclosure\r\n"
                + "TILLIT;2024;1980;female;total;63,5;;;final;;exact\r\n");
        as(COORDINATOR).contentType("text/csv; charset=utf-8").body(body).queryParam("dryRun", "true")
                .when().post("/api/v1/indicator-values/imports")
                .then().statusCode(200).body("rowsValid", equalTo(1)).body("rowsUnchanged", equalTo(1));
    }

    @Test
    void withoutAskingForCsvTheSeriesIsJsonAndEitherAnswerVariesByAccept() {
        record(COORDINATOR, tillit, value("2024", "1980", "total", 63), 201);

        as(null).accept("*/*").when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("Vary", containsString("Accept"));
        as(null).accept("application/json, text/csv;q=0.5").when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200).contentType(ContentType.JSON);
        as(null).accept("text/csv").when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(200).header("Vary", containsString("Accept"));
    }

    @Test
    void badFiltersAskedAsCsvAreStillA400ProblemNamingEachParameter() {
        given().filter(Contract.RESPONSES_VALIDATED).accept("text/csv")
                .queryParam("from", "2024-13").queryParam("sex", "other")
                .when().get("/api/v1/indicators/{id}/values", tillit)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("from", "sex"));
        as(null).accept("text/csv").when().get("/api/v1/indicators/{id}/values", 987654)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMediaTypeTheSeriesCannotBeWrittenInIsA406Problem() {
        for (String accept : new String[] { "application/xml", "text/csv;delimiter=tab" }) {
            given().accept(accept).when().get("/api/v1/indicators/{id}/values", tillit)
                    .then().statusCode(406)
                    .contentType("application/problem+json")
                    .body("status", equalTo(406));
        }
    }
}
