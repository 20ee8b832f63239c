package se.varna.disclosure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * Indicator values for readers without exact figures: a value of fewer respondents than the
 * minimum group size (15) is suppressed in the series and in a report's view and export, its
 * numerator and denominator are never shown, a share is rounded to what its group size
 * supports; a viewer sees every figure exactly. The values are of 2044, which no other test
 * touches.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class IndicatorDisclosureTest {

    private static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    private static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");
    private static final String PARTNER = TestTokens.serviceAccount("raddningstjansten-api", "raddningstjansten",
            "partner");
    private static long tillit;
    private static long reportId;

    private static RequestSpecification as(String token) {
        RequestSpecification request = given().filter(Contract.VALIDATED);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    @BeforeEach
    void recordTheValuesAndApproveAReportOnce() {
        if (reportId != 0) {
            return;
        }
        tillit = as(null).queryParam("limit", 500).when().get("/api/v1/indicators").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == 'TILLIT' }.id");
        record("2044", "1980", 41.7, 5, 12);
        record("2044", "1980-backby", 41.3, 15.3, 37);
        record("2044", "1980-raby", 63.4, null, null);
        long id = as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", "2044H2"))
                .when().post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", id).then().statusCode(200);
        reportId = id;
    }

    private static void record(String period, String area, double value, Number numerator, Number denominator) {
        Map<String, Object> body = new HashMap<>();
        body.put("period", period);
        body.put("area", area);
        body.put("value", value);
        body.put("numerator", numerator);
        body.put("denominator", denominator);
        as(COORDINATOR).contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/indicators/{id}/values", tillit).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo(200), org.hamcrest.Matchers.equalTo(201)));
    }

    /** The one data line of the series as CSV (after the byte-order mark and the header). */
    private static String csvLine(String token, String area) {
        String text = new String(as(token).accept("text/csv").queryParam("from", "2044").queryParam("to", "2044")
                .queryParam("area", area).queryParam("sex", "total").queryParam("ageGroup", "total")
                .when().get("/api/v1/indicators/{id}/values", tillit).then().statusCode(200).extract().asByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(2);
        return lines[1];
    }

    private static Map<String, Object> observation(String token, String area) {
        JsonPath answer = as(token).queryParam("from", "2044").queryParam("to", "2044").queryParam("area", area)
                .queryParam("sex", "total").queryParam("ageGroup", "total")
                .when().get("/api/v1/indicators/{id}/values", tillit).then().statusCode(200).extract().jsonPath();
        return answer.getMap("series[0].observations[0]");
    }

    @Test
    void aValueOfTwelveRespondentsIsSuppressedForAnonymousReadersAndPartnersAndExactForAViewer() {
        for (String token : new String[] { null, PARTNER }) {
            Map<String, Object> hidden = observation(token, "1980");
            assertThat(hidden.get("disclosure")).as("12 respondents, %s", token == null ? "anonymously" : "partner")
                    .isEqualTo("suppressed");
            assertThat(hidden.get("value")).isNull();
            assertThat(hidden.get("numerator")).isNull();
            assertThat(hidden.get("denominator")).isNull();
        }
        Map<String, Object> exact = observation(VIEWER, "1980");
        assertThat(exact.get("disclosure")).isEqualTo("exact");
        // The CSV download hides it the same way: an empty value, numerator and denominator.
        for (String token : new String[] { null, PARTNER }) {
            assertThat(csvLine(token, "1980")).isEqualTo("TILLIT,2044,1980,total,total,,,,final,,suppressed");
        }
        assertThat(csvLine(VIEWER, "1980")).isEqualTo("TILLIT,2044,1980,total,total,41.7,5,12,final,,exact");
        assertThat(((Number) exact.get("value")).floatValue()).isEqualTo(41.7f);
        assertThat(((Number) exact.get("denominator")).floatValue()).isEqualTo(12.0f);
    }

    @Test
    void theStatusOfASuppressedLatestValueIsUnknown() {
        JsonPath answer = as(null).queryParam("from", "2044").queryParam("to", "2044").queryParam("area", "1980")
                .queryParam("sex", "total").queryParam("ageGroup", "total")
                .when().get("/api/v1/indicators/{id}/values", tillit).then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("series[0].status")).isEqualTo("unknown");
        assertThat(answer.getString("series[0].changeFromBaseline")).isNull();
    }

    @Test
    void aShareIsRoundedToWhatItsGroupSizeSupportsAndItsNumeratorIsNeverShown() {
        Map<String, Object> rounded = observation(null, "1980-backby");
        assertThat(rounded.get("disclosure")).isEqualTo("rounded");
        assertThat(((Number) rounded.get("value")).floatValue()).as("37 respondents: steps of 5 points").isEqualTo(40.0f);
        assertThat(rounded.get("numerator")).isNull();
        assertThat(rounded.get("denominator")).isNull();
        assertThat(((Number) observation(VIEWER, "1980-backby").get("value")).floatValue()).isEqualTo(41.3f);
    }

    @Test
    void aSurveyValueWithoutADenominatorCountsAsTooFewRespondents() {
        assertThat(observation(null, "1980-raby").get("disclosure")).isEqualTo("suppressed");
        assertThat(((Number) observation(VIEWER, "1980-raby").get("value")).floatValue()).isEqualTo(63.4f);
    }

    @Test
    void anApprovedReportShowsTheValueSuppressedToTheePublicInItsViewAndExportAndExactToAViewer()
            throws IOException {
        JsonPath publicView = as(null).when().get("/api/v1/reports/{id}", reportId).then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> latest = publicView.getMap(
                "content.goals.indicators.flatten().find { it.indicator.code == 'TILLIT' }.series.latest");
        assertThat(latest.get("period")).isEqualTo("2044");
        assertThat(latest.get("disclosure")).isEqualTo("suppressed");
        assertThat(latest.get("value")).isNull();
        assertThat(publicView.getBoolean("exact")).isFalse();
        JsonPath partnerView = as(PARTNER).when().get("/api/v1/reports/{id}", reportId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(partnerView.getString(
                "content.goals.indicators.flatten().find { it.indicator.code == 'TILLIT' }.series.latest.disclosure"))
                .isEqualTo("suppressed");
        JsonPath viewerView = as(VIEWER).when().get("/api/v1/reports/{id}", reportId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(viewerView.getDouble(
                "content.goals.indicators.flatten().find { it.indicator.code == 'TILLIT' }.series.latest.value"))
                .isEqualTo(41.7);

        assertThat(tillitRow(export(null))).contains("dold").doesNotContain("41,7").doesNotContain("41.7");
        assertThat(tillitRow(export(PARTNER))).contains("dold");
        assertThat(tillitRow(export(VIEWER))).containsAnyOf("41.7", "41,7");
    }

    private static byte[] export(String token) {
        return as(token).queryParam("format", "xlsx").when().get("/api/v1/reports/{id}/export", reportId).then()
                .statusCode(200).extract().asByteArray();
    }

    /** The cells of the indicators sheet's TILLIT row, as text. */
    private static String tillitRow(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : wb.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(cell == null ? "" : cell.getText()));
                    if (cells.contains("TILLIT")) {
                        return String.join("|", cells);
                    }
                }
            }
        }
        throw new AssertionError("no TILLIT row in the export");
    }
}
