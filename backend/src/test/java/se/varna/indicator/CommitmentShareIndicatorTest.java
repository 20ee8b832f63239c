package se.varna.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
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
 * Goal 6's indicator is computed from the agreements: the share of commitments fulfilled or
 * ongoing at each half-year's end, from the record of every status a commitment took, so a
 * later follow-up does not rewrite an earlier half-year. Its agreements run in 2011, a year no
 * other test's agreement is followed up in, and their history is dated back by hand (a
 * follow-up through the API is dated now).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CommitmentShareIndicatorTest {

    static final String COORDINATOR = CrimeImports.COORDINATOR;
    static final String VIEWER = CrimeImports.VIEWER;
    static final String CODE = "SAMVERKAN_ATAGANDEN";

    @AfterEach
    void removeTestData() {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = em();
            em.createNativeQuery("delete from agreement where title like 'TEST_SHARE%'").executeUpdate();
            em.createNativeQuery("delete from goal_indicator where indicator_id in "
                    + "(select id from indicator where code like 'TEST_SHARE%')").executeUpdate();
            em.createNativeQuery("delete from indicator where code like 'TEST_SHARE%'").executeUpdate();
        });
    }

    static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    static long seededIndicator() {
        return given().when().get("/api/v1/indicators?limit=100").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + CODE + "' }.id");
    }

    static Map<String, Object> commitment(String text, String status) {
        return Map.of("text", text, "responsibleOrganisation", "polisen", "status", status, "measures", List.of());
    }

    static JsonPath createAgreement(String startDate, String endDate, List<Map<String, Object>> commitments) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "collaborationAgreement");
        body.put("title", "TEST_SHARE " + startDate);
        body.put("area", "1980");
        body.put("startDate", startDate);
        body.put("endDate", endDate);
        body.put("parties", List.of("polisen", "kommunstyrelsen"));
        body.put("commitments", commitments);
        return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/agreements")
                .then().statusCode(201).extract().jsonPath();
    }

    /** Dates the commitments' recorded statuses back to {@code when}, as if followed up then. */
    static void datedBack(List<Long> commitments, String when) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery(
                "update commitment_status_change set changed_at = cast(?1 as timestamptz) where commitment_id = any(?2)")
                .setParameter(1, when).setParameter(2, commitments.toArray(Long[]::new)).executeUpdate());
    }

    static JsonPath series(String token, long id, String from, String to) {
        var request = given().filter(Contract.VALIDATED).queryParam("from", from).queryParam("to", to);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.when().get("/api/v1/indicators/{id}/values", id).then().statusCode(200).extract().jsonPath();
    }

    static void followUp(long agreement, long commitment, String status) {
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body(Map.of("status", status))
                .when().put("/api/v1/agreements/{id}/commitments/{c}/status", agreement, commitment)
                .then().statusCode(200);
    }

    @Test
    void eachHalfYearHasTheShareItsCommitmentsHadAtItsEnd() {
        JsonPath agreement = createAgreement("2011-01-01", "2011-12-31", List.of(
                commitment("Gemensam lägesbild varje månad.", "fulfilled"),
                commitment("Trygghetsvandringar varje kvartal.", "ongoing"),
                commitment("Avhopparverksamhet.", "notStarted"),
                commitment("Polisen synlig kvällstid.", "notFulfilled")));
        long id = agreement.getLong("id");
        List<Long> commitments = agreement.getList("commitments.id", Long.class);
        long indicator = seededIndicator();

        // followed up now: in 2011 nobody knew their status, so 2011 has no share
        assertThat(series(VIEWER, indicator, "2011H1", "2011H2").getList("series")).isEmpty();

        datedBack(commitments, "2011-03-01T12:00:00+01:00");
        JsonPath year = series(VIEWER, indicator, "2011H1", "2011H2");
        assertThat(year.getList("series[0].observations.period")).containsExactly("2011H1", "2011H2");
        assertThat(year.getList("series[0].observations.value", Float.class)).containsExactly(50.0f, 50.0f);
        assertThat(year.getList("series[0].observations.denominator", Float.class)).containsExactly(4.0f, 4.0f);
        assertThat(year.getString("series[0].observations[0].status")).isEqualTo("final");
        assertThat(year.getString("series[0].area.code")).isEqualTo("1980");

        // a follow-up today does not rewrite 2011; one dated in the autumn of 2011 moves its second half
        followUp(id, commitments.get(2), "fulfilled");
        assertThat(series(VIEWER, indicator, "2011H1", "2011H2").getList("series[0].observations.value", Float.class))
                .containsExactly(50.0f, 50.0f);
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery(
                "update commitment_status_change set changed_at = timestamptz '2011-09-01 12:00+02' "
                        + "where commitment_id = ?1 and status = 'fulfilled'")
                .setParameter(1, commitments.get(2)).executeUpdate());
        assertThat(series(VIEWER, indicator, "2011H1", "2011H2").getList("series[0].observations.value", Float.class))
                .containsExactly(50.0f, 75.0f);

        // the public sees the same shares: agreements and their follow-up are public documents
        assertThat(series(null, indicator, "2011H1", "2011H2").getList("series[0].observations.value", Float.class))
                .containsExactly(50.0f, 75.0f);
        assertThat(series(null, indicator, "2011H1", "2011H2").getString("series[0].observations[1].disclosure"))
                .isEqualTo("exact");
    }

    @Test
    void theHalfYearUnderWayCountsTheCommitmentsInForceAsOfToday() {
        long indicator = seededIndicator();
        JsonPath before = series(VIEWER, indicator, null, null);
        int counted = before.getList("series").isEmpty() ? 0
                : (int) before.getFloat("series[0].latest.denominator");
        int onTrack = before.getList("series").isEmpty() ? 0
                : (int) before.getFloat("series[0].latest.numerator");

        JsonPath agreement = createAgreement("2011-01-01", null, List.of(
                commitment("Gemensam lägesbild varje månad.", "ongoing"),
                commitment("Avhopparverksamhet.", "notStarted")));
        JsonPath after = series(VIEWER, indicator, null, null);
        assertThat(after.getFloat("series[0].latest.denominator")).isEqualTo(counted + 2.0f);
        assertThat(after.getFloat("series[0].latest.numerator")).isEqualTo(onTrack + 1.0f);
        assertThat(after.getString("series[0].latest.status")).isEqualTo("preliminary");
        assertThat(after.getString("series[0].latest.period"))
                .isEqualTo(after.getString("freshness.latestPeriod"));

        followUp(agreement.getLong("id"), agreement.getLong("commitments[1].id"), "ongoing");
        assertThat(series(VIEWER, indicator, null, null).getFloat("series[0].latest.numerator")).isEqualTo(onTrack + 2.0f);
        // a district has no share of its own
        given().queryParam("area", "1980-centrum").when().get("/api/v1/indicators/{id}/values", indicator)
                .then().statusCode(200).body("series.size()", equalTo(0));
    }

    @Test
    void theSeededIndicatorFollowsGoalSixAndTakesNoRecordedValue() {
        JsonPath indicators = given().when().get("/api/v1/indicators?limit=100").then().statusCode(200)
                .extract().jsonPath();
        assertThat(indicators.getString("items.find { it.code == '" + CODE + "' }.computation.from"))
                .isEqualTo("agreementCommitments");
        assertThat(indicators.getList("items.find { it.code == '" + CODE + "' }.goals.number", Integer.class))
                .containsExactly(6);
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body(Map.of("period", "2011H1", "area", "1980", "value", 80))
                .when().post("/api/v1/indicators/{id}/values", seededIndicator())
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:indicator-computed"))
                .body("errors[0].message", containsString(CODE));
    }

    @Test
    void aShareOfCommitmentsIsAPercentageWithNoCategoryAndNoSplit() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "TEST_SHARE_X");
        body.put("name", Map.of("sv", "Andel åtaganden", "en", "Share of commitments"));
        body.put("description", Map.of("sv", "Från överenskommelserna.", "en", "From the agreements."));
        body.put("unit", "count");
        body.put("direction", "higherIsBetter");
        body.put("source", "municipality");
        body.put("frequency", "yearly");
        body.put("disaggregations", List.of("area"));
        body.put("computation", Map.of("from", "agreementCommitments", "category", "narkotikabrott"));
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/indicators")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("unit"))
                .body("errors.field", hasItem("disaggregations"))
                .body("errors.field", hasItem("computation.category"));
        long none = QuarkusTransaction.requiringNew().call(() -> Indicator.count("code", "TEST_SHARE_X"));
        assertThat(none).isZero();

        body.put("unit", "percent");
        body.put("disaggregations", List.of());
        body.put("computation", Map.of("from", "agreementCommitments"));
        given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/indicators")
                .then().statusCode(201)
                .body("computation.from", equalTo("agreementCommitments"))
                .body("computation.category", equalTo(null));
    }
}
