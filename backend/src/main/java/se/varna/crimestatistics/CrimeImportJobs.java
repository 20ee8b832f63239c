package se.varna.crimestatistics;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.varna.common.imports.ImportReport;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsImport;

/**
 * The import jobs, kept in {@code crime_import_job} so that a job can be polled from any
 * request and survives a restart (as failed, when the restart interrupted it).
 */
@ApplicationScoped
public class CrimeImportJobs {

    private static final String COLUMNS = "id, state, source, dry_run, mode, created_by, created_at, started_at, "
            + "finished_at, rows_expected, rows_read, progress, months, report, detail";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    long create(String source, boolean dryRun, String mode, String createdBy, int rowsExpected) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                insert into crime_import_job (state, source, dry_run, mode, created_by, rows_expected)
                values ('queued', ?, ?, ?, ?, ?) returning id""")) {
            st.setString(1, source);
            st.setBoolean(2, dryRun);
            st.setString(3, mode);
            st.setString(4, createdBy);
            st.setInt(5, rowsExpected);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void markRunning(long id) {
        update("update crime_import_job set state = 'running', started_at = now() where id = ?", id);
    }

    void progress(long id, int rowsRead, double progress) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "update crime_import_job set rows_read = ?, progress = ? where id = ?")) {
            st.setInt(1, rowsRead);
            st.setDouble(2, progress);
            st.setLong(3, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records how a job ended, on the given connection (inside the caller's transaction when it has one). */
    void finish(Connection c, long id, CrimeStatisticsImportState state, int rowsRead, List<String> months,
            ImportReport report, String detail) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                update crime_import_job set state = ?, finished_at = now(), rows_read = ?, progress = 1,
                       rows_expected = greatest(rows_expected, ?), months = ?, report = ?::jsonb, detail = ?
                where id = ?""")) {
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
            st.setLong(7, id);
            st.executeUpdate();
        }
    }

    void finish(long id, CrimeStatisticsImportState state, int rowsRead, List<String> months, ImportReport report,
            String detail) {
        try (Connection c = dataSource.getConnection()) {
            finish(c, id, state, rowsRead, months, report, detail);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Marks a job failed unless it has already ended: when the connection broke during the
     * commit, the commit (which also marked the job succeeded) may still have gone through.
     */
    void fail(long id, String detail) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                update crime_import_job set state = 'failed', finished_at = now(), detail = ?
                where id = ? and state in ('queued', 'running')""")) {
            st.setString(1, detail);
            st.setLong(2, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jobs a restart interrupted: their transaction never committed, so nothing of them is stored. */
    int failInterrupted() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            return st.executeUpdate("""
                    update crime_import_job set state = 'failed', finished_at = now(),
                           detail = 'The service restarted before the import finished; nothing was stored. Import the file again.'
                    where state in ('queued', 'running')""");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
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

    private void update(String sql, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
