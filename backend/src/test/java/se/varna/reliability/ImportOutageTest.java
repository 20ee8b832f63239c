package se.varna.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import se.varna.support.Contract;
import se.varna.support.TestTokens;

/**
 * The database stops in the middle of an import: the import ends as failed with a problem (the
 * crime job {@code failed} with a reason, the synchronous indicator import 503), nothing of it
 * is stored, what was stored before is exactly as it was, and once the database is back the
 * same file imports completely, without restarting the service.
 *
 * <p>
 * "In the middle" is made certain, not left to timing: the test holds a lock, from its own
 * connection, on a row or table the import must write to at a known point, waits until
 * PostgreSQL shows the import's session waiting for that lock (with its transaction open and
 * rows already written in it), and only then stops the database. Stopping it ("fast" shutdown)
 * ends every session, the import's and the test's.
 */
@QuarkusTest
@TestProfile(ImportOutageTest.StoredFileReads.class)
@WithTestResource(RestartablePostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ImportOutageTest {

    /**
     * The crime import's outage is made while the worker reads the job's stored file (it holds the
     * job halfway through by the job's progress updates), so the early read of an upload, which
     * reads the rows before the job can be claimed and reports no progress, is off here.
     */
    public static final class StoredFileReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("varna.imports.read-early", "false");
        }
    }

    private static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    private static final String POLICE = TestTokens.serviceAccount("polisen-api", "polisen", "partner");
    private static final String CRIME_HEADER = "month,area,category,sex,ageGroup,count\n";
    private static final String INDICATOR_HEADER = "indicator,period,area,sex,ageGroup,value,source\n";
    /** How long the database stays down at most before the test starts it again. */
    private static final Duration OUTAGE_LIMIT = Duration.ofSeconds(10);

    // ---------------------------------------------------------------- crime statistics

    @Test
    void aCrimeImportTheDatabaseInterruptsEndsFailedStoresNothingAndSucceedsWhenSentAgain() throws Exception {
        // Before: an earlier delivery of the police, one month of which (2040-01) the big file replaces.
        JsonPath earlier = importCrimeAndWait(CRIME_HEADER
                + "2039-12,1980-centrum,misshandel,male,18-24,4\n"
                + "2039-12,1980-backby,cykelstold,total,total,12\n"
                + "2040-01,1980-centrum,misshandel,female,total,7\n"
                + "2040-01,1980,ran,male,25-44,2\n");
        assertThat(earlier.getString("state")).isEqualTo("succeeded");
        List<String> before = crimeSnapshot();
        assertThat(before).as("the earlier delivery is stored").isNotEmpty();

        BigCrimeFile big = bigCrimeFile();

        // 1. The database stops while the rows are read and copied into crime_fact. The job reports
        // its rows read every 50 000 rows; as soon as it has reported some, the test locks the job's
        // row, so the worker's next progress update waits, with its COPY open and uncommitted.
        long reading;
        try (Connection lock = connect()) {
            lock.setAutoCommit(false);
            reading = startCrimeImport(big.csv);
            Instant deadline = Instant.now().plusSeconds(120);
            while (!lockJobWhileReading(lock, reading)) {
                assertThat(count("select count(*) from crime_import_job where id = " + reading
                        + " and state not in ('queued', 'running')"))
                        .as("job %d ended before the test could hold it halfway through its file", reading).isZero();
                assertThat(Instant.now()).as("job %d reports rows read while running", reading).isBefore(deadline);
                Thread.sleep(10);
            }
            waitForSessionWaitingOnLock("update crime_import_job set rows_read");
            assertThat(sessions("copy crime_fact")).as("the worker's transaction, with its COPY into crime_fact, is open").isEqualTo(1);
            JsonPath job = crimeJob(reading);
            assertThat(job.getString("state")).isEqualTo("running");
            assertThat(job.getInt("rowsExpected")).isEqualTo(big.rows);
            assertThat(job.getInt("rowsRead")).as("rows read when the database stops").isBetween(1, big.rows - 1);
            System.out.printf("Crime import %d: database stopped while reading, the job having reported %d of %d "
                    + "rows read and copied (the worker waiting to report the next 50 000)%n", reading,
                    job.getInt("rowsRead"), big.rows);
            outage("crime import while reading");
        }
        assertFailedAndNothingStored(reading, before);

        // 2. The database stops while the read rows are being stored: all rows copied, the earlier
        // delivery's facts of 2040-01 deleted, and the worker waiting to replace the rollup (the test
        // holds crime_rollup against writes; reads go on).
        long storing;
        try (Connection lock = connect()) {
            lock.setAutoCommit(false);
            try (Statement st = lock.createStatement()) {
                st.execute("lock table crime_rollup in exclusive mode");
            }
            storing = startCrimeImport(big.csv);
            waitForSessionWaitingOnLock("delete from crime_rollup");
            JsonPath job = crimeJob(storing);
            assertThat(job.getString("state")).isEqualTo("running");
            assertThat(job.getInt("rowsRead")).as("every row read").isEqualTo(big.rows);
            assertThat(job.getDouble("progress")).as("reading done, storing not").isEqualTo(0.9);
            System.out.printf("Crime import %d: database stopped after all %d rows were copied, while storing%n",
                    storing, big.rows);
            outage("crime import while storing");
        }
        assertFailedAndNothingStored(storing, before);

        // 3. The same file once the database is back: stored completely, the earlier 2040-01 replaced.
        Instant sent = Instant.now();
        JsonPath again = importCrimeAndWait(big.csv);
        assertThat(again.getString("state")).as(again.prettify()).isEqualTo("succeeded");
        assertThat(again.getInt("report.rowsStored")).isEqualTo(big.rows);
        assertThat(count("select count(*) from crime_fact f join organisation o on o.id = f.source_id "
                + "where o.code = 'polisen' and f.month >= date '2040-01-01'")).isEqualTo(big.rows);
        assertThat(count("select count(*) from crime_fact f join organisation o on o.id = f.source_id "
                + "where o.code = 'polisen' and f.month = date '2039-12-01'")).as("the month the file lacks").isEqualTo(2);
        assertThat(count("select count(*) from crime_delivery d join organisation o on o.id = d.source_id "
                + "where o.code = 'polisen'")).isEqualTo(big.months + 1);
        System.out.printf("Crime import sent again after the outages: %d rows stored in %d ms%n", big.rows,
                Duration.between(sent, Instant.now()).toMillis());
    }

    /** The job ended failed, saying why, and the source's figures are exactly those of before. */
    private static void assertFailedAndNothingStored(long id, List<String> before) throws Exception {
        Instant back = Instant.now();
        JsonPath job = null;
        while (Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
            job = crimeJob(id);
            if (!List.of("queued", "running").contains(job.getString("state"))) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(job.getString("state")).as("job %d after the database came back: %s", id, job.prettify())
                .isEqualTo("failed");
        System.out.printf("Crime import %d marked failed %d ms after the service was ready again: %s%n", id,
                Duration.between(back, Instant.now()).toMillis(), job.getString("detail"));
        assertThat(job.getString("detail")).contains("database").contains("nothing was stored");
        assertThat(job.getString("finishedAt")).isNotNull();
        assertThat(count("select count(*) from crime_fact where load_id = " + id)).as("facts of job " + id).isZero();
        assertThat(count("select count(*) from crime_delivery where import_job_id = " + id)).isZero();
        assertThat(crimeSnapshot()).as("the police's facts, rollup and deliveries").isEqualTo(before);
    }

    /** Locks job {@code id}'s row if it is running and has reported rows read, but not all; false otherwise. */
    private static boolean lockJobWhileReading(Connection lock, long id) throws SQLException {
        try (PreparedStatement st = lock.prepareStatement("select rows_read from crime_import_job where id = ? "
                + "and state = 'running' and rows_read > 0 and rows_read < rows_expected for update")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        lock.rollback();
        return false;
    }

    private record BigCrimeFile(String csv, int rows, int months) {
    }

    /**
     * Every area × leaf category in use × sex × age group (and totals), month after month from
     * 2040-01, until the file has at least 600 000 rows (about 27 MB): it takes the worker well over
     * a second to read, while the test, polling every 10 ms, needs only its first progress report
     * (at 50 000 rows) to hold it.
     */
    private static BigCrimeFile bigCrimeFile() throws SQLException {
        List<String> areas = strings("select code from area order by code");
        List<String> categories = strings("select c.code from crime_category c where c.kind = 'category' "
                + "and c.valid_to is null and not exists (select 1 from crime_category k where k.parent_id = c.id) "
                + "order by c.code");
        List<String> ageGroups = new ArrayList<>(strings("select code from age_group order by code"));
        ageGroups.add("total");
        String[] sexes = { "female", "male", "total" };
        StringBuilder csv = new StringBuilder(CRIME_HEADER);
        int rows = 0;
        int months = 0;
        for (int month = 0; rows < 600_000; month++) {
            months++;
            String m = String.format("%04d-%02d", 2040 + month / 12, 1 + month % 12);
            for (String area : areas) {
                for (String category : categories) {
                    for (String sex : sexes) {
                        for (String age : ageGroups) {
                            csv.append(m).append(',').append(area).append(',').append(category).append(',')
                                    .append(sex).append(',').append(age).append(',').append((rows * 7) % 23)
                                    .append('\n');
                            rows++;
                        }
                    }
                }
            }
        }
        return new BigCrimeFile(csv.toString(), rows, months);
    }

    /** The police's facts, rollup and deliveries, one line each, sorted. */
    private static List<String> crimeSnapshot() throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.addAll(strings("select 'fact|' || f.month || '|' || f.area_id || '|' || f.category_id || '|' || f.sex "
                + "|| '|' || f.age_group_id || '|' || f.count || '|' || f.load_id from crime_fact f "
                + "join organisation o on o.id = f.source_id where o.code = 'polisen' order by 1"));
        lines.addAll(strings("select 'rollup|' || r.month || '|' || r.area_id || '|' || r.category_id || '|' || r.count "
                + "from crime_rollup r join organisation o on o.id = r.source_id where o.code = 'polisen' order by 1"));
        lines.addAll(strings("select 'delivery|' || d.month || '|' || d.rows || '|' || d.checksum || '|' "
                + "|| d.import_job_id from crime_delivery d join organisation o on o.id = d.source_id "
                + "where o.code = 'polisen' order by 1"));
        return lines;
    }

    private static long startCrimeImport(String csv) {
        Response started = given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + POLICE)
                .contentType("text/csv; charset=utf-8").body(csv)
                .when().post("/api/v1/crime-statistics/imports");
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(202);
        return started.jsonPath().getLong("id");
    }

    /** The job as a coordinator sees it (a coordinator has no rate limit to poll against). */
    private static JsonPath crimeJob(long id) {
        return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .when().get("/api/v1/crime-statistics/imports/{id}", id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath importCrimeAndWait(String csv) throws InterruptedException {
        long id = startCrimeImport(csv);
        Instant deadline = Instant.now().plusSeconds(180);
        while (true) {
            JsonPath job = crimeJob(id);
            if (!List.of("queued", "running").contains(job.getString("state"))) {
                return job;
            }
            assertThat(Instant.now()).as("job %d still %s", id, job.getString("state")).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    // ---------------------------------------------------------------- indicator values

    @Test
    void anIndicatorImportTheDatabaseInterruptsAnswers503StoresNothingAndSucceedsWhenSentAgain() throws Exception {
        // Before: three known values, one of which (TILLIT 2024, Västerås, total) the big file changes.
        importIndicators(INDICATOR_HEADER
                + "TILLIT,2024,1980,total,total,61.5,Känd\n"
                + "TILLIT,2024,1980,female,total,63,Känd\n"
                + "TILLIT,1999,1980-centrum,total,total,55,Känd\n")
                .then().statusCode(200);
        List<String> values = indicatorValues();
        long auditRows = count("select count(*) from indicator_value_audit");
        assertThat(values).hasSizeGreaterThanOrEqualTo(3);

        // Every area × sex of TILLIT for 2000–2024: 2 025 rows, one of them the known value above.
        StringBuilder file = new StringBuilder(INDICATOR_HEADER);
        int rows = 0;
        for (String area : strings("select code from area order by code")) {
            for (int year = 2000; year <= 2024; year++) {
                for (String sex : new String[] { "female", "male", "total" }) {
                    file.append("TILLIT,").append(year).append(',').append(area).append(',').append(sex)
                            .append(",total,").append(40 + rows % 50).append(".5,Avbrottsprov\n");
                    rows++;
                }
            }
        }
        String csv = file.toString();

        // The import upserts every value, then writes their audit rows in one batch. The test holds
        // indicator_value_audit against writes, so the request waits there: every value written in
        // its open transaction, no audit row, nothing committed.
        CompletableFuture<Response> answer;
        AtomicReference<Instant> answered = new AtomicReference<>();
        Instant stopped;
        try (Connection lock = connect()) {
            lock.setAutoCommit(false);
            try (Statement st = lock.createStatement()) {
                st.execute("lock table indicator_value_audit in exclusive mode");
            }
            answer = CompletableFuture.supplyAsync(() -> {
                Response response = importIndicators(csv);
                answered.set(Instant.now());
                return response;
            });
            waitForSessionWaitingOnLock("insert into indicator_value_audit");
            assertThat(count("select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid "
                    + "where a.query like 'insert into indicator_value_audit%' and l.granted "
                    + "and l.relation = 'indicator_value'::regclass and l.mode = 'RowExclusiveLock'"))
                    .as("the waiting import has written to indicator_value").isEqualTo(1);
            assertThat(answer).as("the request is still in flight").isNotDone();
            stopped = Instant.now();
            outage("indicator import");
        }
        Response interrupted = answer.get(60, TimeUnit.SECONDS);
        Duration untilAnswered = Duration.between(stopped, answered.get());
        System.out.printf("Indicator import of %d rows interrupted: answered %d %d ms after the database stopped: %s%n",
                rows, interrupted.statusCode(), untilAnswered.toMillis(), interrupted.asString());
        assertThat(untilAnswered).as("answered, not left hanging").isLessThan(Duration.ofSeconds(10));
        assertThat(interrupted.statusCode()).as(interrupted.asString()).isEqualTo(503);
        assertThat(interrupted.contentType()).startsWith("application/problem+json");
        assertThat(interrupted.header("Retry-After")).isNotBlank();
        assertThat(count("select count(*) from indicator_value where source = 'Avbrottsprov'")).isZero();
        assertThat(indicatorValues()).as("the values stored before").isEqualTo(values);
        assertThat(count("select count(*) from indicator_value_audit")).as("audit rows").isEqualTo(auditRows);

        // The same file once the database is back: every row stored and audited.
        Response again = importIndicators(csv);
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(200);
        assertThat(again.jsonPath().getInt("rowsStored")).isEqualTo(rows);
        assertThat(count("select count(*) from indicator_value where source = 'Avbrottsprov'")).isEqualTo(rows);
        assertThat(count("select count(*) from indicator_value_audit")).isEqualTo(auditRows + rows);
        List<String> untouched = values.stream().filter(v -> v.startsWith("TILLIT|1999|")).toList();
        assertThat(untouched).hasSize(1);
        assertThat(indicatorValues()).as("a known value the file lacks").containsAll(untouched);
    }

    private static Response importIndicators(String csv) {
        return given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + COORDINATOR)
                .contentType("text/csv; charset=utf-8").body(csv)
                .when().post("/api/v1/indicator-values/imports");
    }

    private static List<String> indicatorValues() throws SQLException {
        return strings("select i.code || '|' || v.period || '|' || a.code || '|' || v.sex || '|' || v.age_group "
                + "|| '|' || v.value || '|' || coalesce(v.source, '') || '|' || v.updated_at from indicator_value v "
                + "join indicator i on i.id = v.indicator_id join area a on a.id = v.area_id order by 1");
    }

    // ---------------------------------------------------------------- the database

    /**
     * Stops the database, waits until readiness says DOWN, starts it again and waits until the
     * service is ready again.
     */
    private static void outage(String what) throws Exception {
        Instant stopped = Instant.now();
        try {
            RestartablePostgresResource.stopDatabase();
            waitFor(OUTAGE_LIMIT, () -> given().get("/q/health/ready").statusCode() == 503);
        } finally {
            RestartablePostgresResource.startDatabase();
        }
        Instant restarted = Instant.now();
        Duration untilBack = waitFor(Duration.ofSeconds(30), () -> given().get("/q/health/ready").statusCode() == 200);
        assertThat(untilBack).as("ready again within 30 s").isLessThan(Duration.ofSeconds(30));
        System.out.printf("Outage during %s: database down %d ms, service ready %d ms after it was back%n", what,
                Duration.between(stopped, restarted).toMillis(), untilBack.toMillis());
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** Waits until another session's statement starting with {@code statement} waits for a lock. */
    private static void waitForSessionWaitingOnLock(String statement) throws Exception {
        Duration waited = waitFor(Duration.ofSeconds(120), () -> {
            try {
                return count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                        + "and query like '" + statement + "%'") == 1;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(waited).as("a session waiting in '%s'", statement).isLessThan(Duration.ofSeconds(120));
    }

    /** Sessions other than this one whose current or last statement starts with {@code statement}. */
    private static long sessions(String statement) throws SQLException {
        return count("select count(*) from pg_stat_activity where pid <> pg_backend_pid() and xact_start is not null "
                + "and query like '" + statement + "%'");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> answer = new ArrayList<>();
            while (rs.next()) {
                answer.add(rs.getString(1));
            }
            return answer;
        }
    }

    private static Duration waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(limit) < 0) {
            if (condition.getAsBoolean()) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(50);
        }
        return Duration.ofDays(1);
    }
}
