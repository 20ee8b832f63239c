package se.varna.crimestatistics;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.varna.common.Messages;
import se.varna.common.Municipality;
import se.varna.common.imports.CsvUpload;
import se.varna.common.imports.ImportMode;
import se.varna.common.imports.ImportQueueFullException;
import se.varna.common.imports.ImportReport;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsImport;

/**
 * The import jobs, kept in {@code crime_import_job} with their files in
 * {@code crime_import_file}, so that any replica can accept, run and answer for a job: a
 * replica claims a queued job ({@code for update skip locked}), holds a lease on it that it
 * renews, and finishes it only while it still holds that lease.
 */
@ApplicationScoped
public class CrimeImportJobs {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CrimeImportJobs.class);
    private static final String COLUMNS = "id, state, source, dry_run, mode, created_by, created_at, started_at, "
            + "finished_at, rows_expected, rows_read, progress, months, report, detail";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Municipality municipality;

    /** A stored file's chunks: large enough for few rows, small enough that a read holds little. */
    static final int CHUNK_BYTES = 1 << 20;
    /** The advisory lock under which an accepting transaction counts the queue and adds to it. */
    private static final long QUEUE_LOCK = 0x5661_726e_6101L;

    /** The job the request's file became, stored whole with its file, or why not. */
    record Accepted(long id, CsvUpload.Copied file) {
    }

    /** The claim of one replica on one job: the token that lets it renew the lease and finish the job. */
    record Claim(long id, UUID token, String source, boolean dryRun, ImportMode mode, int rowsExpected,
            String encoding, Locale language, int attempts) {
    }

    /** A job the replica finishing it no longer holds: its lease expired and the job was queued again or failed. */
    static final class LeaseLostException extends RuntimeException {
        LeaseLostException(long id) {
            super("The lease on crime-statistics import job " + id + " has expired");
        }
    }

    /**
     * Stores the file and its job, queued, in one transaction, so that the job is accepted only
     * once any replica can run it; nothing when the file is refused or the queue is full. The
     * file goes to the database chunk by chunk as it arrives ({@link CsvUpload#copy}).
     */
    Accepted accept(InputStream body, long maxBytes, List<String> columns, String source, boolean dryRun, String mode,
            String createdBy, Locale language, int queueMax, long retryAfterSeconds) {
        return accept(body, maxBytes, columns, source, dryRun, mode, createdBy, language, queueMax, retryAfterSeconds,
                id -> null);
    }

    /**
     * A copy of an upload's chunks as they are stored, for a reader that starts on the rows
     * before the job is accepted ({@link CrimeImportPipeline}); told how the upload ended.
     */
    interface Tee {
        void chunk(byte[] bytes) throws IOException;

        /** The whole file is stored and checked; the job is about to be committed. */
        void stored(CsvUpload.Copied file);

        /** The job is committed: any replica may now claim it. */
        void accepted();

        /** The upload was refused or failed: nothing is stored. */
        void abort();
    }

    /** {@link #accept}, handing each stored chunk to the tee {@code teeFor} gives for the job's id (if any). */
    Accepted accept(InputStream body, long maxBytes, List<String> columns, String source, boolean dryRun, String mode,
            String createdBy, Locale language, int queueMax, long retryAfterSeconds,
            java.util.function.LongFunction<Tee> teeFor) {
        // A full queue is answered before the file is read, and again (atomically) before the job is stored.
        if (unfinished() >= queueMax) {
            throw new ImportQueueFullException(queueMax, retryAfterSeconds);
        }
        String municipality = this.municipality.code();
        long started = System.nanoTime();
        Tee tee = null;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "select nextval(pg_get_serial_sequence('crime_import_job', 'id'))")) {
                    rs.next();
                    id = rs.getLong(1);
                }
                tee = teeFor.apply(id);
                Tee copy = tee;
                CsvUpload.Copied file;
                // COPY, not an insert a chunk: the next chunk is read while PostgreSQL stores this one
                BinaryCopy chunks = BinaryCopy.into(c,
                        "copy crime_import_file (municipality, job_id, chunk, data) from stdin with (format binary)");
                try {
                    int[] next = { 0 };
                    file = CsvUpload.copy(body, maxBytes, CHUNK_BYTES, (bytes, length) -> {
                        try {
                            // the driver has sent the chunk when this returns, so the buffer can be read into again
                            chunks.row(4).text(municipality).int8(id).int4(next[0]++).bytes(bytes, 0, length);
                            if (copy != null) {
                                copy.chunk(Arrays.copyOf(bytes, length)); // the reader keeps it: a copy of its own
                            }
                        } catch (SQLException e) {
                            throw new IOException(e);
                        }
                    }, columns, List.of());
                } catch (RuntimeException e) {
                    try {
                        chunks.cancel();
                    } catch (SQLException again) {
                        e.addSuppressed(again);
                    }
                    throw e;
                }
                chunks.close();
                if (tee != null) {
                    tee.stored(file);
                }
                // One accepting transaction at a time counts the queue and adds to it.
                try (Statement st = c.createStatement()) {
                    st.execute("select pg_advisory_xact_lock(" + QUEUE_LOCK + ")");
                }
                if (unfinished(c) >= queueMax) {
                    throw new ImportQueueFullException(queueMax, retryAfterSeconds);
                }
                try (PreparedStatement st = c.prepareStatement("""
                        insert into crime_import_job (id, state, source, dry_run, mode, created_by, rows_expected,
                                                      encoding, delimiter, language)
                        values (?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    st.setLong(1, id);
                    st.setString(2, source);
                    st.setBoolean(3, dryRun);
                    st.setString(4, mode);
                    st.setString(5, createdBy);
                    st.setInt(6, (int) Math.min(Integer.MAX_VALUE, Math.max(0, file.lines() - 1)));
                    st.setString(7, file.encoding());
                    st.setString(8, String.valueOf(file.delimiter()));
                    st.setString(9, language.toLanguageTag());
                    st.executeUpdate();
                }
                long stored = System.nanoTime();
                c.commit();
                if (tee != null) {
                    tee.accepted();
                }
                LOG.debugf("Crime-statistics import %d accepted: file stored in %d ms, committed in %d ms", id,
                        (stored - started) / 1_000_000, (System.nanoTime() - stored) / 1_000_000);
                return new Accepted(id, file);
            } catch (SQLException | RuntimeException e) {
                if (tee != null) {
                    tee.abort();
                }
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jobs queued or running: the queue {@code varna.imports.queue-max} bounds. */
    long unfinished() {
        try (Connection c = dataSource.getConnection()) {
            return unfinished(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long unfinished(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select count(*) from crime_import_job where state in ('queued', 'running')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How many jobs are queued and running now, and how many failed in the last hour. */
    record Counts(long queued, long running, long failedLastHour) {
    }

    /** {@link Counts}: one scan of the unfinished jobs and of those failed within the hour. */
    Counts counts() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        select count(*) filter (where state = 'queued'), count(*) filter (where state = 'running'),
                               count(*) filter (where state = 'failed')
                          from crime_import_job
                         where state in ('queued', 'running')
                            or (state = 'failed' and finished_at > now() - interval '1 hour')""")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Claims the oldest queued job for this replica, if there is one. {@code skip locked}: of
     * replicas claiming at the same moment each gets another job (or none), never the same one.
     */
    Optional<Claim> claim() {
        UUID token = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                update crime_import_job
                   set state = 'running', started_at = now(), heartbeat_at = now(), lease_token = ?,
                       attempts = attempts + 1, rows_read = 0, progress = 0
                 where id = (select id from crime_import_job where state = 'queued'
                             order by id limit 1 for update skip locked)
                returning id, source, dry_run, mode, rows_expected, encoding, language, attempts""")) {
            st.setObject(1, token);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String language = rs.getString(7);
                return Optional.of(new Claim(rs.getLong(1), token, rs.getString(2), rs.getBoolean(3),
                        ImportMode.parse(rs.getString(4)), rs.getInt(5),
                        rs.getString(6) == null ? "UTF-8" : rs.getString(6),
                        language == null ? Locale.ENGLISH : Locale.forLanguageTag(language), rs.getInt(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renews the leases of the jobs this replica runs; answers how many it still holds. */
    int heartbeat(Collection<UUID> tokens) {
        if (tokens.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "update crime_import_job set heartbeat_at = now() where state = 'running' and lease_token = any(?)")) {
            st.setArray(1, c.createArrayOf("uuid", tokens.toArray()));
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A job whose lease expired: queued again for any replica, or failed after its last attempt. */
    record Expired(long id, boolean requeued) {
    }

    /**
     * Jobs running under a lease nobody renewed for {@code lease}: the replica that ran them died
     * or lost the database, so their transaction never committed and nothing of them is stored.
     * Each is queued again while it has attempts left, else failed (its file deleted). Touches no
     * job whose lease is alive: another replica is running it.
     */
    List<Expired> recoverExpired(Duration lease, int maxAttempts) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Expired> expired = new ArrayList<>();
                List<String> languages = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("""
                        select id, attempts, language from crime_import_job
                         where state = 'running' and coalesce(heartbeat_at, started_at, created_at) < now() - ?::interval
                         order by id for update skip locked""")) {
                    st.setString(1, lease.toMillis() + " milliseconds");
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            expired.add(new Expired(rs.getLong(1), rs.getInt(2) < maxAttempts));
                            languages.add(rs.getString(3));
                        }
                    }
                }
                for (int i = 0; i < expired.size(); i++) {
                    Expired job = expired.get(i);
                    if (job.requeued()) {
                        try (PreparedStatement st = c.prepareStatement("""
                                update crime_import_job set state = 'queued', lease_token = null, heartbeat_at = null,
                                       rows_read = 0, progress = 0 where id = ?""")) {
                            st.setLong(1, job.id());
                            st.executeUpdate();
                        }
                    } else {
                        Locale language = languages.get(i) == null ? Locale.ENGLISH : Locale.forLanguageTag(languages.get(i));
                        String detail = Messages.in(language, () -> Messages.text("import.crime.leaseExpired", maxAttempts));
                        failOn(c, job.id(), null, detail);
                    }
                }
                c.commit();
                return expired;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The job's stored file, read a chunk at a time (each with a connection of its own, held only to read it). */
    InputStream file(long id) {
        return new ChunkStream() {
            private int next;

            @Override
            protected byte[] nextChunk() throws IOException {
                try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                        "select data from crime_import_file where job_id = ? and chunk = ?")) {
                    st.setLong(1, id);
                    st.setInt(2, next);
                    try (ResultSet rs = st.executeQuery()) {
                        if (!rs.next()) {
                            return null;
                        }
                        next++;
                        return rs.getBytes(1);
                    }
                } catch (SQLException e) {
                    throw new IOException(e);
                }
            }
        };
    }

    void progress(Claim job, int rowsRead, double progress) {
        // (also renews the lease; the statement's start is what ImportOutageTest waits on)
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "update crime_import_job set rows_read = ?, progress = ?, heartbeat_at = now() "
                        + "where id = ? and lease_token = ?")) {
            st.setInt(1, rowsRead);
            st.setDouble(2, progress);
            st.setLong(3, job.id());
            st.setObject(4, job.token());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Records how a job ended and deletes its file, on the given connection (inside the caller's
     * transaction when it has one). Throws {@link LeaseLostException} when the claim no longer
     * holds the job: the caller must then roll back what it stored.
     */
    void finish(Connection c, Claim job, CrimeStatisticsImportState state, int rowsRead, List<String> months,
            ImportReport report, String detail) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                update crime_import_job set state = ?, finished_at = now(), rows_read = ?, progress = 1,
                       rows_expected = greatest(rows_expected, ?), months = ?, report = ?::jsonb, detail = ?
                where id = ? and lease_token = ? and state = 'running'""")) {
            st.setString(1, state.name());
            st.setInt(2, rowsRead);
            st.setInt(3, rowsRead);
            st.setArray(4, c.createArrayOf("text", months.toArray()));
            if (report == null) {
                st.setNull(5, Types.VARCHAR);
            } else {
                st.setString(5, json(report));
            }
            st.setString(6, detail);
            st.setLong(7, job.id());
            st.setObject(8, job.token());
            if (st.executeUpdate() == 0) {
                throw new LeaseLostException(job.id());
            }
        }
        deleteFile(c, job.id());
    }

    void finish(Claim job, CrimeStatisticsImportState state, int rowsRead, List<String> months, ImportReport report,
            String detail) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                finish(c, job, state, rowsRead, months, report, detail);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Marks a job failed, unless it has already ended or another replica has taken it over: when
     * the connection broke during the commit, the commit (which also marked the job succeeded)
     * may still have gone through. Answers whether it did.
     */
    boolean fail(Claim job, String detail) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean failed = failOn(c, job.id(), job.token(), detail);
                c.commit();
                return failed;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails a running job (held by {@code token}, or by anyone when it is null) and deletes its file. */
    private static boolean failOn(Connection c, long id, UUID token, String detail) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                update crime_import_job set state = 'failed', finished_at = now(), detail = ?
                where id = ? and state = 'running'""" + (token == null ? "" : " and lease_token = ?"))) {
            st.setString(1, detail);
            st.setLong(2, id);
            if (token != null) {
                st.setObject(3, token);
            }
            if (st.executeUpdate() == 0) {
                return false;
            }
        }
        deleteFile(c, id);
        return true;
    }

    private static void deleteFile(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("delete from crime_import_file where job_id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
    }

    private static void rollback(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException again) {
            failure.addSuppressed(again);
        }
    }

    Optional<CrimeStatisticsImport> find(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from crime_import_job where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page of jobs, newest first; only those of {@code source} when it is not null. */
    List<CrimeStatisticsImport> page(String source, int limit, int offset) {
        String where = source == null ? "" : " where source = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select " + COLUMNS + " from crime_import_job" + where + " order by id desc limit ? offset ?")) {
            int i = 1;
            if (source != null) {
                st.setString(i++, source);
            }
            st.setInt(i++, limit);
            st.setInt(i, offset);
            List<CrimeStatisticsImport> jobs = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    jobs.add(read(rs));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String source) {
        String where = source == null ? "" : " where source = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select count(*) from crime_import_job" + where)) {
            if (source != null) {
                st.setString(1, source);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jobs of the source (null: every source) that failed since {@code since}: how many, and the newest's id. */
    FailedJobs failed(String source, OffsetDateTime since) {
        String where = source == null ? "" : " and source = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select count(*), max(id) from crime_import_job where state = 'failed' and finished_at >= ?" + where)) {
            st.setObject(1, since);
            if (source != null) {
                st.setString(2, source);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new FailedJobs(rs.getLong(1), rs.getObject(2, Long.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many jobs failed, and the newest of them (null when none did). */
    public record FailedJobs(long count, Long latestId) {
    }

    private CrimeStatisticsImport read(ResultSet rs) throws SQLException {
        Array months = rs.getArray(13);
        String report = rs.getString(14);
        int expected = rs.getInt(10);
        int read = rs.getInt(11);
        return new CrimeStatisticsImport(rs.getLong(1), CrimeStatisticsImportState.valueOf(rs.getString(2)),
                rs.getString(3), rs.getBoolean(4), rs.getString(5), rs.getString(6),
                rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class),
                rs.getObject(9, OffsetDateTime.class), expected, read, rs.getDouble(12),
                months == null ? List.of() : Arrays.asList((String[]) months.getArray()),
                report == null ? null : parse(report), rs.getString(15));
    }

    private String json(ImportReport report) {
        try {
            return objectMapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportReport parse(String json) {
        try {
            return objectMapper.readValue(json, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
