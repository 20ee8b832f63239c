package se.varna.measure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.varna.common.Messages;
import se.varna.crimestatistics.CrimeImports;
import se.varna.disclosure.Audience;
import se.varna.measure.EvaluationDtos.EvaluationSummary;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * A measure's effect follow-up through the API, on crime figures this class delivers for
 * 2051–2054 (months no other test uses): a planted fall of 20 % in the target districts' graffiti
 * after January 2053 is found, arson without a fall is not, a design whose after window has begun
 * is frozen (409), every bad design is a 400 naming its field, and readers without exact figures
 * see the series and estimate only where every monthly count is at least the threshold.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class MeasureEvaluationResourceTest {

    static final String COORDINATOR = MeasureResourceTest.COORDINATOR;
    static final String EDITOR_KFF = MeasureResourceTest.EDITOR_KFF;
    static final String EDITOR_SKOLA = MeasureResourceTest.EDITOR_SKOLA;
    static final String VIEWER = MeasureResourceTest.VIEWER;
    static final String PARTNER = TestTokens.serviceAccount("polisen-api", "polisen", "partner");

    static final List<String> TARGETS = List.of("1980-backby", "1980-raby", "1980-hammarby");
    static final List<String> COMPARISONS = List.of("1980-skiljebo", "1980-vallby", "1980-pettersberg",
            "1980-gideonsberg");

    /** The districts' demo population in 2019 (V3): the figures are a rate of about 4.5 per 1 000 of these. */
    static final Map<String, Integer> POPULATION = Map.of("1980-backby", 10930, "1980-raby", 8030, "1980-hammarby",
            4910, "1980-skiljebo", 9590, "1980-vallby", 6240, "1980-pettersberg", 6910, "1980-gideonsberg", 5690);

    private static boolean imported;

    @Inject
    MeasureEvaluationService evaluations;

    /** Graffiti falls by 20 % in the target districts from 2053-01; arson does not; possession stays at 1 a month. */
    @BeforeEach
    void deliverCrimeFigures() {
        if (imported) {
            return;
        }
        MersenneTwister random = new MersenneTwister(2053);
        StringBuilder csv = new StringBuilder(CrimeImports.HEADER);
        List<String> districts = new ArrayList<>(TARGETS);
        districts.addAll(COMPARISONS);
        for (int d = 0; d < districts.size(); d++) {
            for (int m = 0; m < 48; m++) {
                String month = String.format("%d-%02d", 2051 + m / 12, m % 12 + 1);
                double season = 1 + 0.2 * Math.cos((m % 12 - 6) * Math.PI / 6);
                double level = POPULATION.get(districts.get(d)) * 0.0045 * (1 + 0.04 * d) * season
                        * (1 + 0.003 * m);
                boolean targetAfter = d < TARGETS.size() && m >= 24;
                long graffiti = sample(random, level * (targetAfter ? 0.8 : 1.0));
                long arson = sample(random, level);
                csv.append(month).append(',').append(districts.get(d)).append(",klotter,total,total,").append(graffiti)
                        .append('\n');
                csv.append(month).append(',').append(districts.get(d)).append(",anlagd-brand,total,total,")
                        .append(arson).append('\n');
                csv.append(month).append(',').append(districts.get(d)).append(",narkotika-innehav,total,total,1\n");
            }
        }
        JsonPath job = CrimeImports.importAndWait(CrimeImports.POLICE, csv.toString());
        assertThat(job.getString("state")).as(job.prettify()).isEqualTo("succeeded");
        imported = true;
    }

    private static long sample(MersenneTwister random, double mean) {
        return new PoissonDistribution(random, mean, 1e-12, 10_000_000).sample();
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    /** A published measure of kultur-idrott-fritid in the target districts. */
    static long measure(boolean published, List<String> districts) {
        Map<String, Object> body = MeasureResourceTest.measure("Utvärderad insats");
        body.put("districts", districts);
        body.put("published", published);
        body.put("responsibleOrganisation", "kultur-idrott-fritid");
        return as(COORDINATOR).contentType(ContentType.JSON).body(body).when().post("/api/v1/measures")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> design(String category, String start, int before, int after) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", Map.of("kind", "crimeCategory", "code", category));
        body.put("comparisonDistricts", COMPARISONS);
        body.put("interventionStart", start);
        body.put("monthsBefore", before);
        body.put("monthsAfter", after);
        return body;
    }

    static Response put(String token, long measureId, Object body, String ifMatch) {
        return put(as(token), measureId, body, ifMatch);
    }

    /** A request the contract does not allow (a bad design): only the answer is checked against it. */
    static Response putUnchecked(String token, long measureId, Object body, String ifMatch) {
        RequestSpecification spec = given().filter(Contract.RESPONSES_VALIDATED).header("Authorization",
                "Bearer " + token);
        return put(spec, measureId, body, ifMatch);
    }

    static Response put(RequestSpecification spec, long measureId, Object body, String ifMatch) {
        RequestSpecification request = spec.contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/measures/{id}/evaluation", measureId);
    }

    @Test
    void aPlantedFallOfTwentyPercentIsEstimatedWithinThreePointsAndItsIntervalExcludesNoChange() {
        long id = measure(true, TARGETS);
        put(EDITOR_KFF, id, design("klotter", "2053-01", 24, 24), null).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/measures/" + id + "/evaluation"))
                .header("ETag", "\"0\"")
                .body("retrospective", equalTo(false)).body("frozen", equalTo(false))
                .body("targetDistricts.code", hasItem("1980-backby"));

        JsonPath result = as(COORDINATOR).header("Accept-Language", "sv").when()
                .get("/api/v1/measures/{id}/evaluation", id).then().statusCode(200)
                .body("result.model", equalTo("poissonDifferenceInDifferences"))
                .body("result.insufficientData", nullValue())
                .body("result.from", equalTo("2051-01")).body("result.to", equalTo("2054-12"))
                .extract().jsonPath();
        double change = result.getDouble("result.estimate.relativeChange");
        assertThat(change).as("estimated relative change").isCloseTo(-0.20, within(0.03));
        assertThat(result.getDouble("result.estimate.upper")).as("upper end of the interval").isNegative();
        assertThat(result.getBoolean("result.estimate.includesNoChange")).isFalse();
        assertThat(result.getString("result.estimate.sentence")).startsWith("minskning med ")
                .contains("95 % intervall").endsWith("jämfört med jämförelseområdena");
        assertThat(result.getList("result.series")).hasSize(48);
        assertThat(result.getBoolean("result.series[24].after")).isTrue();
        assertThat(result.getBoolean("result.series[23].after")).isFalse();
        assertThat(result.getString("result.series[0].target.disclosure")).isEqualTo("exact");

        // the public sees the same estimate, in whole percent, and the series published by the cell-key method
        JsonPath anonymous = as(null).when().get("/api/v1/measures/{id}/evaluation", id).then().statusCode(200)
                .body("createdBy", nullValue()).body("result.estimate.coefficient", nullValue())
                .extract().jsonPath();
        assertThat(anonymous.getDouble("result.estimate.relativeChange")).isCloseTo(change, within(0.005));
        assertThat(anonymous.getList("result.series")).hasSize(48);
        assertThat(anonymous.getList("result.series.target.disclosure")).doesNotContain("suppressed");
    }

    @Test
    void theSameDataWithoutAFallGivesAnIntervalThatIncludesNoChange() {
        long id = measure(true, TARGETS);
        put(COORDINATOR, id, design("anlagd-brand", "2053-01", 24, 24), null).then().statusCode(201);

        JsonPath result = as(VIEWER).header("Accept-Language", "sv").when().get("/api/v1/measures/{id}/evaluation", id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getBoolean("result.estimate.includesNoChange"))
                .as("interval %s to %s", result.getDouble("result.estimate.lower"), result.getDouble("result.estimate.upper"))
                .isTrue();
        assertThat(result.getString("result.estimate.sentence")).contains("intervallet rymmer ingen förändring");
    }

    @Test
    void aDesignChangeAfterTheStartAnswers409AndARetrospectiveDesignIsFrozenWhenRegistered() {
        long id = measure(false, TARGETS);
        Response created = put(EDITOR_KFF, id, design("klotter", "2024-01", 24, 12), null);
        created.then().statusCode(201).body("retrospective", equalTo(true)).body("frozen", equalTo(true))
                .body("canChange", equalTo(false));

        put(EDITOR_KFF, id, design("anlagd-brand", "2024-01", 24, 12), created.header("ETag")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:measure-evaluation-frozen"));
        as(COORDINATOR).when().get("/api/v1/measures/{id}/evaluation", id).then().statusCode(200)
                .body("outcome.code", equalTo("klotter"));
    }

    @Test
    void aDesignBeforeTheStartChangesWithIfMatchAndKeepsItsHistory() {
        long id = measure(false, TARGETS);
        Response created = put(EDITOR_KFF, id, design("klotter", "2099-01", 24, 12), null);
        created.then().statusCode(201).body("frozen", equalTo(false)).body("canChange", equalTo(true))
                .body("result.insufficientData", equalTo("noData"));

        put(EDITOR_KFF, id, design("anlagd-brand", "2099-01", 24, 12), null).then().statusCode(428);
        put(EDITOR_KFF, id, design("anlagd-brand", "2099-01", 24, 12), "\"7\"").then().statusCode(412);
        put(EDITOR_SKOLA, id, design("anlagd-brand", "2099-01", 24, 12), created.header("ETag")).then()
                .statusCode(403);
        put(EDITOR_KFF, id, design("anlagd-brand", "2099-01", 24, 12), created.header("ETag")).then().statusCode(200)
                .header("ETag", "\"1\"").body("outcome.code", equalTo("anlagd-brand"));

        as(VIEWER).when().get("/api/v1/measures/{id}/evaluation/history", id).then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].action", equalTo("updated"))
                .body("items[0].changedFields", equalTo(List.of("outcomeCode")))
                .body("items[1].action", equalTo("created"));
    }

    @Test
    void eachBadDesignIsA400NamingItsFieldAndNothingIsStored() {
        long id = measure(false, TARGETS);
        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        Map<String, Object> unknownOutcome = design("inget-brott", "2099-01", 24, 12);
        cases.put("outcome.code", unknownOutcome);
        Map<String, Object> noKind = design("klotter", "2099-01", 24, 12);
        noKind.put("outcome", Map.of("code", "klotter"));
        cases.put("outcome.kind", noKind);
        cases.put("interventionStart", design("klotter", "2099-13", 24, 12));
        cases.put("monthsBefore", design("klotter", "2099-01", 1, 12));
        cases.put("monthsAfter", design("klotter", "2099-01", 24, 0));
        Map<String, Object> noComparison = design("klotter", "2099-01", 24, 12);
        noComparison.put("comparisonDistricts", List.of());
        cases.put("comparisonDistricts", noComparison);
        Map<String, Object> unknownDistrict = design("klotter", "2099-01", 24, 12);
        unknownDistrict.put("comparisonDistricts", List.of("1980-atlantis"));
        cases.put("comparisonDistricts[0]", unknownDistrict);
        Map<String, Object> overlap = design("klotter", "2099-01", 24, 12);
        overlap.put("comparisonDistricts", List.of("1980-skiljebo", "1980-backby"));
        cases.put("comparisonDistricts[1]", overlap);
        Map<String, Object> municipality = design("klotter", "2099-01", 24, 12);
        municipality.put("targetDistricts", List.of("1980"));
        cases.put("targetDistricts[0]", municipality);
        Map<String, Object> unknownIndicator = design("klotter", "2099-01", 24, 12);
        unknownIndicator.put("outcome", Map.of("kind", "indicator", "code", "INGEN_SADAN"));
        cases.put("outcome.code ", unknownIndicator);

        cases.forEach((field, body) -> putUnchecked(COORDINATOR, id, body, null).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field.trim())));

        long noDistricts = measure(false, List.of());
        putUnchecked(COORDINATOR, noDistricts, design("klotter", "2099-01", 24, 12), null).then().statusCode(400)
                .body("errors.field", hasItem("targetDistricts"));

        as(COORDINATOR).when().get("/api/v1/measures/{id}/evaluation", id).then().statusCode(404);
        as(COORDINATOR).when().get("/api/v1/measures/{id}/evaluation", noDistricts).then().statusCode(404);
    }

    @Test
    void readersWithoutExactFiguresSeeNoSeriesOrEstimateBuiltFromCountsBelowTheThreshold() {
        long id = measure(true, TARGETS);
        // one possession a month per district: Bäckby's 1 a month is below the threshold of 3
        Map<String, Object> body = design("narkotika-innehav", "2053-01", 24, 24);
        body.put("targetDistricts", List.of("1980-backby"));
        put(COORDINATOR, id, body, null).then().statusCode(201);

        as(null).when().get("/api/v1/measures/{id}/evaluation", id).then().statusCode(200)
                .body("result.estimate", nullValue()).body("result.insufficientData", equalTo("disclosure"))
                .body("result.seriesWithheld", equalTo(true)).body("result.series.size()", equalTo(0));
        as(PARTNER).when().get("/api/v1/measures/{id}/evaluation", id).then().statusCode(200)
                .body("result.seriesWithheld", equalTo(true));
        as(COORDINATOR).when().get("/api/v1/measures/{id}/evaluation", id).then().statusCode(200)
                .body("result.seriesWithheld", equalTo(false)).body("result.series.size()", equalTo(48))
                .body("result.series[0].target.count", equalTo(1));
    }

    @Test
    void anUnpublishedMeasuresEvaluationIsNotFoundForThePublic() {
        long id = measure(false, TARGETS);
        put(COORDINATOR, id, design("klotter", "2053-01", 24, 24), null).then().statusCode(201);
        as(null).when().get("/api/v1/measures/{id}/evaluation", id).then().statusCode(404);
        as(VIEWER).when().get("/api/v1/measures/{id}/evaluation", id).then().statusCode(200);
    }

    @Test
    void suggestedComparisonsAreTheDistrictsClosestInLevelAndTrendAndNeverATarget() {
        long id = measure(false, TARGETS);
        JsonPath page = as(EDITOR_KFF).queryParam("category", "klotter").queryParam("interventionStart", "2053-01")
                .queryParam("monthsBefore", 24).queryParam("count", 10)
                .when().get("/api/v1/measures/{id}/evaluation/suggested-comparisons", id)
                .then().statusCode(200).body("from", equalTo("2051-01")).body("to", equalTo("2052-12"))
                .extract().jsonPath();
        List<String> suggested = page.getList("items.district.code");
        assertThat(suggested).isNotEmpty().doesNotContainAnyElementsOf(TARGETS);
        // the comparison districts have graffiti at the targets' rate, every other district none
        assertThat(suggested.subList(0, 4)).containsExactlyInAnyOrderElementsOf(COMPARISONS);
        List<Float> distances = page.getList("items.distance");
        assertThat(distances).isSorted();

        as(EDITOR_KFF).queryParam("category", "inget").queryParam("interventionStart", "2053-01")
                .queryParam("monthsBefore", 24).when()
                .get("/api/v1/measures/{id}/evaluation/suggested-comparisons", id).then().statusCode(400)
                .body("errors.field", hasItem("category"));
        as(VIEWER).queryParam("category", "klotter").queryParam("interventionStart", "2053-01")
                .queryParam("monthsBefore", 24).when()
                .get("/api/v1/measures/{id}/evaluation/suggested-comparisons", id).then().statusCode(403);
    }

    @Test
    void theStatusReportsSummaryIsTheEstimateInWordsForItsAudience() {
        long published = measure(true, TARGETS);
        put(COORDINATOR, published, design("klotter", "2053-01", 24, 24), null).then().statusCode(201);
        long unpublished = measure(false, TARGETS);
        put(COORDINATOR, unpublished, design("klotter", "2053-01", 24, 24), null).then().statusCode(201);

        EvaluationSummary summary = QuarkusTransaction.requiringNew().call(() -> Messages.in(Messages.SWEDISH,
                () -> evaluations.summaryFor(published, Audience.PUBLIC))).orElseThrow();
        assertThat(summary.outcomeCode()).isEqualTo("klotter");
        assertThat(summary.outcomeName()).isEqualTo("Klotter");
        assertThat(summary.retrospective()).isFalse();
        assertThat(summary.estimate().relativeChange()).isCloseTo(-0.20, within(0.03));
        assertThat(summary.sentence()).startsWith("minskning med ");

        assertThat(QuarkusTransaction.requiringNew().call(() -> evaluations.summaryFor(unpublished, Audience.PUBLIC)))
                .as("an unpublished measure is not in the public report").isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> evaluations.summaryFor(unpublished, Audience.EXACT)))
                .isPresent();
        assertThat(QuarkusTransaction.requiringNew().call(() -> evaluations.summaryFor(measure(true, TARGETS),
                Audience.EXACT))).as("a measure without evaluation").isEmpty();
    }

    @Test
    void theStatusReportListsTheEstimatesAndFreezesThemForEachReaderAtApproval() {
        long published = measure(true, TARGETS);
        put(COORDINATOR, published, design("klotter", "2053-01", 24, 24), null).then().statusCode(201);
        long unpublished = measure(false, TARGETS);
        put(COORDINATOR, unpublished, design("klotter", "2053-01", 24, 24), null).then().statusCode(201);
        long later = measure(true, TARGETS);
        put(COORDINATOR, later, design("klotter", "2055-01", 24, 24), null).then().statusCode(201);

        long report = as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", "2054H2"))
                .when().post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath draft = as(COORDINATOR).when().get("/api/v1/reports/{id}", report).then().statusCode(200)
                .extract().jsonPath();
        String mine = "content.evaluations.find { it.measureId == %d }";
        assertThat(draft.getString(mine.formatted(published) + ".sentence.sv")).startsWith("minskning med ");
        assertThat(draft.getString(mine.formatted(published) + ".sentence.en")).startsWith("a decrease of ");
        assertThat(draft.getDouble(mine.formatted(published) + ".estimate.relativeChange")).isCloseTo(-0.20,
                within(0.03));
        assertThat(draft.getString(mine.formatted(unpublished) + ".measureTitle")).startsWith("Utvärderad insats");
        assertThat(draft.getMap(mine.formatted(later))).as("its intervention starts after the half-year").isNull();

        as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", report).then().statusCode(200);
        JsonPath shown = as(null).when().get("/api/v1/reports/{id}", report).then().statusCode(200).extract()
                .jsonPath();
        assertThat(shown.getString(mine.formatted(published) + ".sentence.sv")).startsWith("minskning med ");
        assertThat(shown.getMap(mine.formatted(unpublished))).as("an unpublished measure is not named").isNull();
        // only the coordinator's reading has the model's coefficient
        assertThat(shown.getString(mine.formatted(published) + ".estimate.coefficient")).isNull();
        // the PDF a resident downloads says it in words
        byte[] pdf = given().when().get("/api/v1/reports/{id}/export?format=pdf", report).then().statusCode(200)
                .extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Effektuppföljning av insatser", "minskning med");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }

        // the approved report keeps what it said when a later delivery changes the figures
        double before = as(COORDINATOR).when().get("/api/v1/reports/{id}", report).then().extract().jsonPath()
                .getDouble(mine.formatted(published) + ".estimate.relativeChange");
        StringBuilder csv = new StringBuilder(CrimeImports.HEADER);
        for (String district : TARGETS) {
            csv.append("2054-06,").append(district).append(",klotter,total,total,400\n");
        }
        assertThat(CrimeImports.importAndWait(CrimeImports.POLICE, csv.toString()).getString("state"))
                .isEqualTo("succeeded");
        assertThat(as(COORDINATOR).when().get("/api/v1/reports/{id}", report).then().extract().jsonPath()
                .getDouble(mine.formatted(published) + ".estimate.relativeChange")).isEqualTo(before);
        imported = false;
    }
}
