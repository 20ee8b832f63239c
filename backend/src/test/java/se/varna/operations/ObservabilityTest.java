package se.varna.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import se.varna.crimestatistics.CrimeImportMetrics;
import se.varna.crimestatistics.CrimeImports;
import se.varna.support.EmbeddedPostgresResource;

/**
 * What operators watch (docs/operations.md#figures-to-watch): the Prometheus endpoint on the
 * management port, whose figures move with requests, imports and suppressed answers; the
 * request id in answers and log records; tracing off without a collector.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ObservabilityTest {

    @Inject
    CrimeImportMetrics importMetrics;

    /** The management interface's test port. */
    private static String metricsUrl() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class)
                .orElse(9001);
        return "http://localhost:" + port + "/q/metrics";
    }

    private String scrape() {
        return given().when().get(metricsUrl()).then().statusCode(200).extract().asString();
    }

    /** The value of the one series named {@code name} whose labels include every one given. */
    private static double value(String scrape, String name, String... labels) {
        List<Double> found = new ArrayList<>();
        for (String line : scrape.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                found.add(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        assertThat(found).as("series %s %s in\n%s", name, List.of(labels), scrape).hasSize(1);
        return found.get(0);
    }

    @Test
    void metricsAreOnTheManagementPortOnlyAndLatencyIsLabelledByRouteTemplateNotById() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(200);

        String before = scrape();
        for (long id : new long[] { 987_654_321L, 987_654_322L }) {
            given().when().get("/api/v1/goals/{id}", id).then().statusCode(404);
        }
        given().when().get("/api/v1/goals").then().statusCode(200);
        String after = scrape();

        String template = "uri=\"/api/v1/goals/{id}\"";
        double missed = value(after, "http_server_requests_seconds_count", template, "status=\"404\"", "method=\"GET\"");
        double missedBefore = before.contains(template) && before.contains("status=\"404\"")
                ? valueOrZero(before, "http_server_requests_seconds_count", template, "status=\"404\"")
                : 0;
        assertThat(missed - missedBefore).isEqualTo(2);
        assertThat(after).doesNotContain("987654321").doesNotContain("987654322");
        assertThat(value(after, "http_server_requests_seconds_count", "uri=\"/api/v1/goals\"", "status=\"200\""))
                .isGreaterThanOrEqualTo(1);
        // histogram buckets for a p95 across replicas
        assertThat(value(after, "http_server_requests_seconds_bucket", "uri=\"/api/v1/goals\"", "status=\"200\"",
                "le=\"+Inf\"")).isGreaterThanOrEqualTo(1);
        assertThat(after).contains("le=\"0.25\"");
    }

    private static double valueOrZero(String scrape, String name, String... labels) {
        try {
            return value(scrape, name, labels);
        } catch (AssertionError none) {
            return 0;
        }
    }

    @Test
    void anImportMovesTheRowCounterTheJobTimerAndTheJobGaugesAndSuppressedAnswersAreCounted() {
        importMetrics.refresh();
        String before = scrape();
        double rows = valueOrZero(before, "varna_imports_rows_total", "import=\"crime-statistics\"");
        double jobs = valueOrZero(before, "varna_imports_job_seconds_count", "import=\"crime-statistics\"");
        double suppressed = valueOrZero(before, "varna_disclosure_suppressed_total", "kind=\"crimeCount\"");

        StringBuilder csv = new StringBuilder(CrimeImports.HEADER);
        List<String> districts = List.of("1980-backby", "1980-raby", "1980-haga", "1980-skiljebo", "1980-centrum");
        List<String> categories = List.of("misshandel", "ran", "olaga-hot", "klotter", "anlagd-brand");
        for (String area : districts) {
            for (String category : categories) {
                csv.append("2049-07,").append(area).append(',').append(category).append(",total,total,1\n");
            }
        }
        JsonPath job = CrimeImports.importAndWait(CrimeImports.POLICE, csv.toString());
        assertThat(job.getString("state")).as(job.prettify()).isEqualTo("succeeded");
        importMetrics.refresh();

        String afterImport = scrape();
        assertThat(value(afterImport, "varna_imports_rows_total", "import=\"crime-statistics\"") - rows).isEqualTo(25);
        assertThat(value(afterImport, "varna_imports_job_seconds_count", "import=\"crime-statistics\"") - jobs)
                .isEqualTo(1);
        assertThat(value(afterImport, "varna_imports_job_seconds_sum", "import=\"crime-statistics\"")).isPositive();
        // read from the job table (other tests' jobs may be there too): figures, not NaN
        assertThat(value(afterImport, "varna_imports_jobs", "state=\"queued\"")).isGreaterThanOrEqualTo(0);
        assertThat(value(afterImport, "varna_imports_jobs", "state=\"running\"")).isGreaterThanOrEqualTo(0);
        assertThat(value(afterImport, "varna_imports_jobs_failed_last_hour", "import=\"crime-statistics\""))
                .isGreaterThanOrEqualTo(0);

        JsonPath anonymous = given().queryParam("from", "2049-07").queryParam("to", "2049-07")
                .queryParam("groupBy", List.of("area", "category")).queryParam("area", districts).queryParam("category", categories)
                .when().get("/api/v1/crime-statistics").then().statusCode(200).extract().jsonPath();
        long answered = anonymous.getList("cells.disclosure", String.class).stream()
                .filter("suppressed"::equals).count();
        assertThat(answered).as("cells of 1 shown suppressed anonymously").isPositive();
        double counted = value(scrape(), "varna_disclosure_suppressed_total", "kind=\"crimeCount\"") - suppressed;
        assertThat(counted).isGreaterThanOrEqualTo(answered);
    }

    @Test
    void aSaneRequestIdIsEchoedAndInTheLogRecordsOfTheRequestAnInsaneOneIsReplaced() {
        List<ExtLogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyMdc();
                    synchronized (records) {
                        records.add(ext);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        org.jboss.logmanager.Logger access = org.jboss.logmanager.Logger.getLogger("se.varna.access");
        Level level = access.getLevel();
        access.setLevel(Level.FINE);
        access.addHandler(capture);
        try {
            given().header("X-Request-Id", "probe-4711.a:b").when().get("/api/v1/goals")
                    .then().statusCode(200).header("X-Request-Id", "probe-4711.a:b");
            String generated = given().header("X-Request-Id", "bad id\nforged: field").when().get("/api/v1/goals")
                    .then().statusCode(200).extract().header("X-Request-Id");
            assertThat(generated).matches("[0-9a-f-]{36}");
            String none = given().when().get("/api/v1/goals/{id}", 1).then().extract().header("X-Request-Id");
            assertThat(none).matches("[0-9a-f-]{36}").isNotEqualTo(generated);

            long deadline = System.currentTimeMillis() + 5_000;
            while (System.currentTimeMillis() < deadline && mdcValues(records).size() < 3) {
                Thread.sleep(20);
            }
            assertThat(mdcValues(records)).contains("probe-4711.a:b", generated, none);
            synchronized (records) {
                assertThat(records).filteredOn(r -> "probe-4711.a:b".equals(r.getMdc(RequestIds.MDC_KEY)))
                        .extracting(ExtLogRecord::getFormattedMessage).anyMatch(m -> m.startsWith("GET /api/v1/goals 200"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            access.removeHandler(capture);
            access.setLevel(level);
        }
    }

    private static List<String> mdcValues(List<ExtLogRecord> records) {
        synchronized (records) {
            return records.stream().map(r -> r.getMdc(RequestIds.MDC_KEY)).filter(v -> v != null).toList();
        }
    }

    @Test
    void tracingIsOffWithoutACollectorAndOnWhenAnEndpointIsNamed() {
        assertThat(ConfigProvider.getConfig().getValue("quarkus.otel.sdk.disabled", Boolean.class)).isTrue();
        assertThat(TracingConfigSource.propertiesFor(Map.of())).isEmpty();
        assertThat(TracingConfigSource.propertiesFor(Map.of("VARNA_OTLP_ENDPOINT", "http://collector:4317")))
                .containsEntry("quarkus.otel.sdk.disabled", "false")
                .containsEntry("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317");
        assertThat(TracingConfigSource.propertiesFor(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel:4318")))
                .containsEntry("quarkus.otel.sdk.disabled", "false")
                .containsEntry("quarkus.otel.exporter.otlp.endpoint", "http://otel:4318");
    }

    @Test
    void requestIdsAreTakenOnlyWhenSane() {
        assertThat(RequestIds.idFor("abc-123")).isEqualTo("abc-123");
        assertThat(RequestIds.idFor("x".repeat(129))).hasSize(36);
        assertThat(RequestIds.idFor("a\"b")).hasSize(36);
        assertThat(RequestIds.idFor(null)).hasSize(36);
        Matcher m = Pattern.compile("[0-9a-f-]{36}").matcher(RequestIds.idFor(""));
        assertThat(m.matches()).isTrue();
    }
}
