package se.varna.crimestatistics;

import static org.assertj.core.api.Assertions.assertThat;
import static se.varna.crimestatistics.CrimeImports.COORDINATOR;
import static se.varna.crimestatistics.CrimeImports.HEADER;
import static se.varna.crimestatistics.CrimeImports.POLICE;
import static se.varna.crimestatistics.CrimeImports.get;
import static se.varna.crimestatistics.CrimeImports.importAndWait;
import static se.varna.crimestatistics.CrimeImports.statistics;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import se.varna.support.EmbeddedPostgresResource;

/**
 * The buckets of a split by sex or age group besides the police's own: crimes delivered without
 * them are {@code notRecorded} (named {@code total} before, which read as the sum), and
 * {@code all} is the real total; the old name is still answered when asked for, with the
 * deprecation headers. Fixed figures in 2043-05, a month no other test uses.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CrimeBucketsTest {

    private static final String MONTH = "2043-05";

    private static boolean delivered;

    /** Once for the class, when the application answers (a @BeforeAll runs before it does). */
    @BeforeEach
    void deliver() {
        if (delivered) {
            return;
        }
        delivered = true;
        // female 20 + male 30 + without sex 7 (old name) + without sex 3 (new name) = 60
        JsonPath job = importAndWait(POLICE, HEADER
                + MONTH + ",1980-centrum,misshandel,female,18-24,20\n"
                + MONTH + ",1980-centrum,misshandel,male,25-44,30\n"
                + MONTH + ",1980-centrum,misshandel,total,total,7\n"
                + MONTH + ",1980-backby,misshandel,notRecorded,notRecorded,3\n");
        assertThat(job.getString("state")).as(job.prettify()).isEqualTo("succeeded");
    }

    private static Map<String, Long> bySex(JsonPath answer, String field) {
        List<Map<String, Object>> cells = answer.getList("cells");
        return cells.stream().collect(java.util.stream.Collectors.toMap(c -> (String) c.get(field),
                c -> ((Number) c.get("count")).longValue(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void crimesWithoutASexAreNotRecordedAndAllIsTheRealTotal() {
        Map<String, Long> sexes = bySex(statistics(COORDINATOR, "from", MONTH, "to", MONTH, "category", "misshandel",
                "groupBy", "sex"), "sex");

        assertThat(sexes).containsExactly(Map.entry("female", 20L), Map.entry("male", 30L),
                Map.entry("notRecorded", 10L), Map.entry("all", 60L));
        assertThat(sexes.get("all")).isEqualTo(sexes.get("female") + sexes.get("male") + sexes.get("notRecorded"));
        long unsplit = statistics(COORDINATOR, "from", MONTH, "to", MONTH, "category", "misshandel")
                .getLong("cells[0].count");
        assertThat(sexes.get("all")).as("the same as the figure not split").isEqualTo(unsplit);
    }

    @Test
    void theAgeSplitHasTheSameTwoBuckets() {
        Map<String, Long> ages = bySex(statistics(COORDINATOR, "from", MONTH, "to", MONTH, "category", "misshandel",
                "groupBy", "ageGroup"), "ageGroup");

        assertThat(ages).containsEntry("18-24", 20L).containsEntry("25-44", 30L).containsEntry("notRecorded", 10L)
                .containsEntry("all", 60L).doesNotContainKey("total");
        assertThat(ages.values().stream().mapToLong(Long::longValue).sum() - ages.get("all"))
                .as("the parts add up to all").isEqualTo(60L);
    }

    @Test
    void bothSplitsTogetherHaveAnAllCellForEachAndOneGrandTotal() {
        JsonPath answer = statistics(COORDINATOR, "from", MONTH, "to", MONTH, "category", "misshandel",
                "groupBy", "sex", "groupBy", "ageGroup");
        List<Map<String, Object>> cells = answer.getList("cells");
        Map<String, Object> grand = cells.stream()
                .filter(c -> "all".equals(c.get("sex")) && "all".equals(c.get("ageGroup"))).findFirst().orElseThrow();
        Map<String, Object> femaleAll = cells.stream()
                .filter(c -> "female".equals(c.get("sex")) && "all".equals(c.get("ageGroup"))).findFirst().orElseThrow();

        assertThat(((Number) grand.get("count")).longValue()).isEqualTo(60L);
        assertThat(((Number) femaleAll.get("count")).longValue()).isEqualTo(20L);
    }

    @Test
    void theOldNameIsAnsweredWhenAskedForWithTheDeprecationHeaders() {
        Response response = get(COORDINATOR, "application/json", "from", MONTH, "to", MONTH, "category",
                "misshandel", "groupBy", "sex", "unsplit", "total");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(bySex(response.jsonPath(), "sex")).containsExactly(Map.entry("female", 20L),
                Map.entry("male", 30L), Map.entry("total", 10L));
        assertThat(response.header("Deprecation")).matches("@\\d+");
        assertThat(response.header("Sunset")).isEqualTo("Wed, 30 Jun 2027 00:00:00 GMT");
        assertThat(response.header("Link")).contains("rel=\"deprecation\"").contains("api.md#deprecation");
    }

    @Test
    void theNewNameAsksForNothingDeprecated() {
        Response response = get(COORDINATOR, "application/json", "from", MONTH, "to", MONTH, "groupBy", "sex",
                "unsplit", "notRecorded");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Deprecation")).isNull();
        assertThat(response.header("Sunset")).isNull();
    }

    @Test
    void anUnknownNameForTheBucketIsA400NamingTheParameter() {
        // not through the contract's validator, which would refuse the request before it is sent
        Response response = io.restassured.RestAssured.given().header("Authorization", "Bearer " + COORDINATOR)
                .queryParam("from", MONTH).queryParam("to", MONTH).queryParam("groupBy", "sex")
                .queryParam("unsplit", "okänt").when().get("/api/v1/crime-statistics");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.asString()).contains("unsplit");
    }
}
