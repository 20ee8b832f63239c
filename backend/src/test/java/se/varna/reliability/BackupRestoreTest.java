package se.varna.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.TestTokens;

/**
 * {@code make backup} and {@code make restore} (scripts/backup.sh and scripts/restore.sh, the
 * same scripts the Makefile calls) against a real PostgreSQL holding the demo data plus what only
 * the API writes (an approved report, a crime import job, audited indicator values): the dump,
 * restored into a fresh database, holds every record of every table, equal row for row, and the
 * sequences carry on where they were. Bad dumps and occupied targets change nothing.
 */
@QuarkusTest
@WithTestResource(DemoDataPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

    private static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    private static final String POLICE = TestTokens.serviceAccount("polisen-api", "polisen", "partner");
    private static final Path SCRIPTS = Path.of("..", "scripts").toAbsolutePath().normalize();
    private static final String RESTORED = "varna_restored";

    @TempDir
    Path backups;

    private static String host;
    private static int port;
    private static String database;

    private static boolean recorded;

    /** Runs once, before the first test's backup (RestAssured is not ready in a @BeforeAll). */
    private synchronized void recordWhatOnlyTheApiWrites() throws Exception {
        if (recorded) {
            return;
        }
        recorded = true;
        URI url = URI.create(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class)
                .substring("jdbc:".length()));
        host = url.getHost();
        port = url.getPort();
        database = url.getPath().substring(1);

        // The demo data, as `make run` loads it (the test profile's Flyway leaves it out).
        Flyway.configure().dataSource(jdbcUrl(database), "postgres", "postgres")
                .locations("classpath:db/migration", "classpath:db/demo").load().migrate();

        // An approved status report with its frozen snapshot.
        long report = as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", "2025H2"))
                .when().post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        as(COORDINATOR).when().post("/api/v1/reports/{id}/approval", report).then().statusCode(200);

        // A crime delivery through an import job.
        long job = given().filter(Contract.RESPONSES_VALIDATED).header("Authorization", "Bearer " + POLICE)
                .contentType("text/csv; charset=utf-8")
                .body("month,area,category,sex,ageGroup,count\n2026-01,1980-centrum,misshandel,male,18-24,7\n")
                .when().post("/api/v1/crime-statistics/imports").then().statusCode(202).extract().jsonPath()
                .getLong("id");
        Instant deadline = Instant.now().plusSeconds(60);
        String state;
        do {
            Thread.sleep(100);
            state = given().header("Authorization", "Bearer " + POLICE)
                    .when().get("/api/v1/crime-statistics/imports/{id}", job).then().statusCode(200).extract()
                    .path("state");
        } while ((state.equals("queued") || state.equals("running")) && Instant.now().isBefore(deadline));
        assertThat(state).isEqualTo("succeeded");

        // A file another replica is importing right now: its job running under a live lease, its
        // file stored in chunks until the job finishes (crime_import_file is otherwise empty).
        try (Connection c = connect(database); Statement st = c.createStatement()) {
            st.execute("""
                    with job as (insert into crime_import_job (state, source, dry_run, mode, created_by, rows_expected,
                                      started_at, lease_token, heartbeat_at, attempts, encoding, delimiter, language)
                                 values ('running', 'polisen', false, 'all-or-nothing', 'service-account-polisen-api', 1,
                                         now(), gen_random_uuid(), now(), 1, 'UTF-8', ',', 'sv')
                                 returning id)
                    insert into crime_import_file (municipality, job_id, chunk, data)
                    select (select code from area where parent_id is null and type = 'municipality'), id, 0,
                           convert_to('month,area,category,sex,ageGroup,count' || chr(10), 'UTF8') from job""");
        }

        // A DeSO → district mapping, which only a coordinator's upload writes.
        as(COORDINATOR).contentType("text/csv; charset=utf-8").body("deso,district\n1980C1010,1980-centrum\n")
                .when().put("/api/v1/population/area-mapping").then().statusCode(200);

        // A policy draft with a goal and a crosswalk from the seeded policy's goals, which only the
        // coordinator's editing writes (a draft changes nothing in force).
        var draft = as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("title",
                Map.of("sv", "Policy 2026–2030", "en", "Policy 2026–2030"), "validFrom", 2026, "validTo", 2030,
                "adoptedBy", "Kommunfullmäktige")).when().post("/api/v1/policies").then().statusCode(201).extract();
        long policy = draft.jsonPath().getLong("id");
        var goal = as(COORDINATOR).header("If-Match", draft.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("number", 1, "title", Map.of("sv", "Tillit", "en", "Trust"), "description",
                        Map.of("sv", "Tillit.", "en", "Trust."), "sdgs", List.of(16), "targets", List.of("16.1")))
                .when().post("/api/v1/policies/{id}/goals", policy).then().statusCode(201).extract();
        long oldGoal = as(null).when().get("/api/v1/goals").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        as(COORDINATOR).header("If-Match", goal.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("from", oldGoal, "to", List.of(goal.jsonPath().getLong(
                        "goals[0].id"))))))
                .when().put("/api/v1/policies/{id}/crosswalk", policy).then().statusCode(200);

        // A forum's decision, cited by a measure and an agreement (governance).
        long decision = as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("date", "2026-03-12",
                "forum", "samordningsarenan", "textSv", "Belysningen förbättras.", "reference", "SA 2026/4"))
                .when().post("/api/v1/forum-decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("title", "Belysning i centrum",
                "preventionType", "situational", "preventionLevel", "primary", "status", "ongoing",
                "startDate", "2026-04-01", "responsibleOrganisation", "kultur-idrott-fritid", "published", true,
                "forumDecisions", List.of(decision))).when().post("/api/v1/measures").then().statusCode(201);
        as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("type", "citizenPromise",
                "title", "Trygg stadskärna", "area", "1980", "startDate", "2026-04-01",
                "parties", List.of("polisen", "kultur-idrott-fritid"), "commitments", List.of(),
                "forumDecisions", List.of(decision))).when().post("/api/v1/agreements").then().statusCode(201);

        // The to-dos: a publication lag, a user the service knows from a sign-in, and a weekly
        // digest's claim (the digest itself needs an SMTP server, ReminderDigestTest's).
        long tillit = as(null).queryParam("limit", 500).when().get("/api/v1/indicators").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == 'TILLIT' }.id");
        as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("publicationLagMonths", 3))
                .when().put("/api/v1/indicators/{id}/due-rule", tillit).then().statusCode(200);
        as(COORDINATOR).when().get("/api/v1/me").then().statusCode(200);
        try (Connection c = connect(database); Statement st = c.createStatement()) {
            st.execute("""
                    insert into reminder_digest (municipality, week, username, items)
                    select municipality, '2026-W49', username, 2 from known_user limit 1""");
        }

        // An indicator value recorded and then corrected: two audit rows.
        for (double value : new double[] { 61.5, 62.5 }) {
            as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", "2026", "area", "1980", "value", value))
                    .when().post("/api/v1/indicators/{id}/values", tillit).then().statusCode(value == 61.5 ? 201 : 200);
        }
    }

    @Test
    void aRestoredDumpHoldsEveryRecordOfEveryTable() throws Exception {
        Path dump = backups.resolve("varna.dump");
        Run backup = run("backup.sh", Map.of(), dump.toString());
        assertThat(backup.exitCode).as(backup.output).isZero();
        assertThat(backup.output).contains("Backup written");
        assertThat(Files.size(dump)).isGreaterThan(10_000);
        assertThat(Files.exists(Path.of(dump + ".partial"))).isFalse();

        Run restore = run("restore.sh", Map.of("PGDATABASE", RESTORED), dump.toString());
        assertThat(restore.exitCode).as(restore.output).isZero();

        Map<String, TableFingerprint> original = fingerprints(database);
        Map<String, TableFingerprint> restored = fingerprints(RESTORED);
        // 37 since the three history tables became document_history (V10_1)
        assertThat(original).as("tables").hasSizeGreaterThanOrEqualTo(37);
        // Every table holds records, so every kind of record is in the comparison.
        // (but data_version_pending, whose rows live only until their transaction commits)
        assertThat(original.entrySet()).filteredOn(table -> !table.getKey().equals("data_version_pending"))
                .allSatisfy(table -> assertThat(table.getValue().rows).as("rows in %s", table.getKey()).isPositive());
        assertThat(restored).isEqualTo(original);
        assertThat(sequences(RESTORED)).isEqualTo(sequences(database)).isNotEmpty();
        // the one history table holds every kind of document's entries, the report's too
        assertThat(historyKinds(RESTORED)).containsExactlyInAnyOrder("agreement", "measure", "policy", "report",
                "safetyAnalysis", "measureEvaluation", "situationPicture", "actionPlan");

        // The restored schema is exactly what this version's migrations expect.
        Flyway.configure().dataSource(jdbcUrl(RESTORED), "postgres", "postgres")
                .locations("classpath:db/migration", "classpath:db/demo").load().validate();

        long records = original.values().stream().mapToLong(TableFingerprint::rows).sum();
        System.out.printf("Backup and restore: %d tables, %d records, dump %d bytes%n", original.size(), records,
                Files.size(dump));
        assertThat(records).isGreaterThan(10_000);
    }

    @Test
    void restoreReplacesAnOccupiedDatabaseOnlyWhenAskedTo() throws Exception {
        Path dump = backups.resolve("replace.dump");
        assertThat(run("backup.sh", Map.of(), dump.toString()).exitCode).isZero();
        Map<String, TableFingerprint> original = fingerprints(database);

        // Into the service's own, occupied database: refused, nothing changed.
        Run refused = run("restore.sh", Map.of(), dump.toString());
        assertThat(refused.exitCode).as(refused.output).isEqualTo(3);
        assertThat(refused.output).contains("REPLACE=yes").contains("nothing was changed");
        assertThat(fingerprints(database)).isEqualTo(original);

        // A changed copy is put back as the dump has it when replacing is asked for.
        String copy = "varna_replaced";
        assertThat(run("restore.sh", Map.of("PGDATABASE", copy), dump.toString()).exitCode).isZero();
        execute(copy, "update goal set title_sv = 'Ändrad efter säkerhetskopian' where id = (select min(id) from goal)");
        assertThat(fingerprints(copy)).isNotEqualTo(original);
        Run replaced = run("restore.sh", Map.of("PGDATABASE", copy, "REPLACE", "yes"), dump.toString());
        assertThat(replaced.exitCode).as(replaced.output).isZero();
        assertThat(fingerprints(copy)).isEqualTo(original);
    }

    @Test
    void aBrokenOrMissingDumpChangesNothing() throws Exception {
        Path dump = backups.resolve("whole.dump");
        assertThat(run("backup.sh", Map.of(), dump.toString()).exitCode).isZero();

        Run missing = run("restore.sh", Map.of("PGDATABASE", "varna_missing"), backups.resolve("none.dump").toString());
        assertThat(missing.exitCode).as(missing.output).isEqualTo(2);
        assertThat(missing.output).contains("No readable dump");

        Path notADump = backups.resolve("notes.dump");
        Files.writeString(notADump, "this is not a dump\n");
        Run unreadable = run("restore.sh", Map.of("PGDATABASE", "varna_unreadable"), notADump.toString());
        assertThat(unreadable.exitCode).as(unreadable.output).isEqualTo(2);
        assertThat(unreadable.output).contains("not a dump");

        // Cut off in the middle of the table data: the table of contents still reads, the data
        // does not. The restore fails and leaves no half-restored database behind.
        byte[] whole = Files.readAllBytes(dump);
        Path truncated = backups.resolve("truncated.dump");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Run broken = run("restore.sh", Map.of("PGDATABASE", "varna_truncated"), truncated.toString());
        assertThat(broken.exitCode).as(broken.output).isNotZero();
        assertThat(broken.output).contains("Restore failed").contains("varna_truncated was not changed");
        assertThat(databases()).doesNotContain("varna_missing", "varna_unreadable", "varna_truncated",
                "varna_truncated_restoring");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    record Run(int exitCode, String output) {
    }

    /** Runs a script as `make backup`/`make restore` would, against the test's PostgreSQL. */
    private Run run(String script, Map<String, String> env, String... args) throws Exception {
        recordWhatOnlyTheApiWrites();
        List<String> command = new ArrayList<>(List.of(SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("PGHOST", host);
        environment.put("PGPORT", Integer.toString(port));
        environment.put("PGUSER", "postgres");
        environment.put("PGPASSWORD", "postgres");
        environment.put("PGDATABASE", database);
        environment.putAll(env);
        Process process = builder.start();
        // The first run on a machine builds the PostgreSQL client (about 30 s).
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(script + " did not finish within 10 minutes");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    record TableFingerprint(long rows, String md5) {
    }

    /** Every base table of the public schema: its row count and a digest of all its rows in order. */
    private Map<String, TableFingerprint> fingerprints(String db) throws Exception {
        recordWhatOnlyTheApiWrites();
        Map<String, TableFingerprint> tables = new TreeMap<>();
        try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet rs = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text, E'\\n' "
                        + "order by t::text), '')) from public.\"" + name + "\" t")) {
                    rs.next();
                    tables.put(name, new TableFingerprint(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return tables;
    }

    private Map<String, Long> sequences(String db) throws SQLException {
        Map<String, Long> values = new HashMap<>();
        try (Connection connection = connect(db); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select sequencename, coalesce(last_value, 0) from pg_sequences where schemaname = 'public'")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getLong(2));
            }
        }
        return values;
    }

    private List<String> historyKinds(String db) throws SQLException {
        List<String> kinds = new ArrayList<>();
        try (Connection connection = connect(db); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select distinct document_kind from document_history")) {
            while (rs.next()) {
                kinds.add(rs.getString(1));
            }
        }
        return kinds;
    }

    private List<String> databases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select datname from pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private void execute(String db, String sql) throws SQLException {
        try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String jdbcUrl(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }

    private Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(db), "postgres", "postgres");
    }
}
