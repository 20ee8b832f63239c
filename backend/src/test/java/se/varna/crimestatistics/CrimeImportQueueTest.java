package se.varna.crimestatistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.varna.crimestatistics.CrimeImports.HEADER;
import static se.varna.crimestatistics.CrimeImports.POLICE;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import se.varna.common.VarnaConfig;
import se.varna.support.EmbeddedPostgresResource;

/**
 * The crime import queue as several replicas share it: the file is stored with its job before
 * the job is accepted, each job is claimed by one replica only, a job whose replica stopped
 * renewing its lease is taken over, start-up leaves jobs that others run alone, and a full queue
 * is answered 429 without storing anything. Two "replicas" are two claimers on the same
 * database (the claim is one SQL statement, so a replica is nothing more than a caller of it).
 * Months of 2045.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CrimeImportQueueTest {

    private static final String FILE = HEADER + "2045-01,1980-centrum,misshandel,male,18-24,4\n";

    @Inject
    CrimeImportJobs jobs;

    @Inject
    CrimeImportWorker worker;

    @Inject
    VarnaConfig config;

    @Inject
    se.varna.common.Municipality municipality;

    @Inject
    DataSource dataSource;

    /** A job accepted as the resource accepts one, but no worker told about it. */
    private long queued(String csv) {
        return jobs.accept(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 16 << 20,
                CrimeImportService.COLUMNS, "polisen", false, "all-or-nothing", "service-account-polisen-api",
                Locale.ENGLISH, config.imports().queueMax(), 60).id();
    }

    @Test
    void twoReplicasClaimingAtOnceNeverGetTheSameJob() throws Exception {
        List<Long> accepted = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            accepted.add(queued(FILE));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        List<CrimeImportJobs.Claim> claims = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                done.add(replicas.submit(() -> {
                    start.await();
                    Optional<CrimeImportJobs.Claim> claim;
                    while ((claim = jobs.claim()).isPresent()) {
                        claims.add(claim.get());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            replicas.shutdownNow();
            claims.forEach(claim -> jobs.fail(claim, "test"));
        }

        List<Long> claimedIds = claims.stream().map(CrimeImportJobs.Claim::id).toList();
        assertThat(claimedIds).as("every job claimed exactly once by the two replicas")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(claims.stream().map(CrimeImportJobs.Claim::attempts)).containsOnly(1);
    }

    @Test
    void aJobWhoseLeaseExpiredIsTakenOverAndTheFirstReplicaCannotFinishIt() throws Exception {
        long id = queued(FILE);
        CrimeImportJobs.Claim first = jobs.claim().orElseThrow();
        assertThat(first.id()).isEqualTo(id);
        assertThat(state(id)).isEqualTo("running");
        // The first replica dies: nobody renews its lease.
        expireLease(id);

        worker.recover();
        assertThat(state(id)).as("an expired job is queued again").isEqualTo("queued");
        worker.claimQueued();
        JsonPath job = CrimeImports.waitFor(POLICE, id);

        assertThat(job.getString("state")).as(job.prettify()).isEqualTo("succeeded");
        assertThat(job.getInt("report.rowsStored")).isEqualTo(1);
        assertThat(number("select attempts from crime_import_job where id = " + id)).isEqualTo(2);
        assertThat(number("select count(*) from crime_import_file where job_id = " + id))
                .as("a finished job's file is deleted").isZero();
        assertThat(jobs.fail(first, "late")).as("the first replica's claim no longer counts").isFalse();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> jobs.finish(c, first, CrimeStatisticsImportState.succeeded, 1, List.of(), null,
                    null)).isInstanceOf(CrimeImportJobs.LeaseLostException.class);
            c.rollback();
        }
        assertThat(state(id)).isEqualTo("succeeded");
        assertThat(number("select count(*) from crime_fact where month = date '2045-01-01'"))
                .as("the file is stored once").isEqualTo(1);
    }

    @Test
    void startUpTouchesOnlyJobsWhoseLeaseExpired() throws Exception {
        long alive = queued(FILE);
        CrimeImportJobs.Claim other = jobs.claim().orElseThrow();
        long expired = queued(HEADER + "2045-02,1980-centrum,misshandel,male,18-24,3\n");
        jobs.claim().orElseThrow();
        expireLease(expired);
        String heartbeat = text("select heartbeat_at::text from crime_import_job where id = " + alive);
        try {
            worker.onStart(null);

            assertThat(state(alive)).as("a job another replica runs keeps running").isEqualTo("running");
            assertThat(text("select lease_token::text from crime_import_job where id = " + alive))
                    .isEqualTo(other.token().toString());
            assertThat(text("select heartbeat_at::text from crime_import_job where id = " + alive)).isEqualTo(heartbeat);
            assertThat(number("select count(*) from crime_import_file where job_id = " + alive)).isEqualTo(1);
            JsonPath taken = CrimeImports.waitFor(POLICE, expired);
            assertThat(taken.getString("state")).as("the expired job is taken over and run").isEqualTo("succeeded");
        } finally {
            jobs.fail(other, "test");
        }
    }

    @Test
    void aJobWhoseLastLeaseExpiredEndsFailedWithNothingStored() throws Exception {
        long id = queued(HEADER + "2045-03,1980-centrum,misshandel,male,18-24,3\n");
        jobs.claim().orElseThrow();
        execute("update crime_import_job set attempts = " + config.imports().maxAttempts() + " where id = " + id);
        expireLease(id);

        worker.recover();

        JsonPath job = CrimeImports.waitFor(POLICE, id);
        assertThat(job.getString("state")).isEqualTo("failed");
        assertThat(job.getString("detail")).contains("nothing was stored");
        assertThat(number("select count(*) from crime_import_file where job_id = " + id)).isZero();
        assertThat(number("select count(*) from crime_fact where month = date '2045-03-01'")).isZero();
    }

    @Test
    void aFullQueueIsAnswered429WithRetryAfterAndStoresNothing() throws Exception {
        int max = config.imports().queueMax();
        long unfinished = number("select count(*) from crime_import_job where state in ('queued', 'running')");
        // Other replicas' jobs fill the queue (running, with live leases, so no one here claims them).
        execute("insert into crime_import_job (state, source, dry_run, mode, created_by, rows_expected, lease_token, "
                + "heartbeat_at, attempts) select 'running', 'polisen', false, 'all-or-nothing', 'queue-filler', 1, "
                + "gen_random_uuid(), now(), 1 from generate_series(1, " + (max - unfinished) + ")");
        long jobsBefore = number("select count(*) from crime_import_job");
        long chunksBefore = number("select count(*) from crime_import_file");
        try {
            Response answer = CrimeImports.post(POLICE, HEADER + "2045-04,1980-centrum,misshandel,male,18-24,3\n");

            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(429);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.header("Retry-After")).isEqualTo("60");
            assertThat(answer.jsonPath().getString("detail")).contains(String.valueOf(max)).contains("nothing was stored");
            assertThat(number("select count(*) from crime_import_job")).isEqualTo(jobsBefore);
            assertThat(number("select count(*) from crime_import_file")).isEqualTo(chunksBefore);
        } finally {
            execute("delete from crime_import_job where created_by = 'queue-filler'");
        }
        JsonPath accepted = CrimeImports.importAndWait(POLICE, HEADER + "2045-04,1980-centrum,misshandel,male,18-24,3\n");
        assertThat(accepted.getString("state")).as("with room in the queue the same file is accepted").isEqualTo("succeeded");
    }

    @Test
    void aLargeFileIsStoredInChunksAndReadBackAsAStream() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        int rows = 0;
        // a chunk and a quarter of rows
        while (csv.length() < CrimeImportJobs.CHUNK_BYTES * 5 / 4) {
            csv.append("2045-05,1980-centrum,misshandel,").append(rows % 2 == 0 ? "male" : "female").append(",")
                    .append("18-24,").append(rows).append('\n');
            rows++;
        }
        csv.append("2045-05,1980-centrum,misshandel,total,total,1\n");
        long id = queued(csv.toString());
        assertThat(number("select count(*) from crime_import_file where job_id = " + id)).isEqualTo(2);
        assertThat(number("select sum(length(data)) from crime_import_file where job_id = " + id))
                .isEqualTo(csv.toString().getBytes(StandardCharsets.UTF_8).length);
        assertThat(new String(jobs.file(id).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv.toString());
        worker.claimQueued();
        JsonPath job = CrimeImports.waitFor(POLICE, id);
        assertThat(job.getString("state")).as(job.prettify()).isEqualTo("rejected");
        assertThat(job.getInt("rowsRead")).isEqualTo(rows + 1);
        assertThat(job.getInt("rowsExpected")).isEqualTo(rows + 1);
    }

    @Test
    void aFileRefusedAfterItsFirstChunkWasSentLeavesNoChunkNoJobAndNoFact() throws Exception {
        // The chunks go to PostgreSQL by COPY while the rest is still arriving: a NUL in the
        // second chunk refuses the file after the first is on its way, and nothing may stay.
        String row = "2045-06," + municipality.code() + "-centrum,misshandel,total,total,";
        StringBuilder csv = new StringBuilder(HEADER);
        while (csv.length() < CrimeImportJobs.CHUNK_BYTES * 3 / 2) {
            csv.append(row).append("1\n");
        }
        csv.append(row).append("\u0000\n");
        long chunksBefore = number("select count(*) from crime_import_file");
        long jobsBefore = number("select count(*) from crime_import_job");

        Response answer = CrimeImports.post(POLICE, csv.toString());

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.asString()).contains("NUL");
        assertThat(number("select count(*) from crime_import_file")).isEqualTo(chunksBefore);
        assertThat(number("select count(*) from crime_import_job")).isEqualTo(jobsBefore);
        assertThat(number("select count(*) from crime_fact where month = date '2045-06-01'")).isZero();
        JsonPath accepted = CrimeImports.importAndWait(POLICE, HEADER + row + "2\n");
        assertThat(accepted.getString("state")).as("and the next file is stored")
                .isEqualTo("succeeded");
    }

    private String state(long id) throws SQLException {
        return text("select state from crime_import_job where id = " + id);
    }

    private void expireLease(long id) throws SQLException {
        execute("update crime_import_job set heartbeat_at = now() - interval '1 hour' where id = " + id);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private long number(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
