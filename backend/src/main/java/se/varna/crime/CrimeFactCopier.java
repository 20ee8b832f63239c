package se.varna.crime;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Stores a delivery of crime figures with PostgreSQL's {@code COPY}: for each month of the
 * delivery whose figures differ from what the source delivered before, deletes the source's
 * facts and rollup rows of that month, copies the new facts in, copies the new rollup rows
 * (computed here, from the delivery alone, since the rollup is kept per source) and records
 * the delivery. All on the caller's connection, in the caller's transaction.
 */
@ApplicationScoped
public class CrimeFactCopier {

    /** Per month of a delivery: its rows and checksum. */
    record MonthSummary(int rows, long checksum) {
    }

    /** What storing did: rows stored (in changed months) and rows unchanged (months delivered identically before). */
    record Stored(int rowsStored, int rowsUnchanged, int[] changedMonths) {
    }

    static TreeMap<Integer, MonthSummary> summarise(CrimeRows rows) {
        Map<Integer, long[]> perMonth = new HashMap<>();
        for (int i = 0; i < rows.size; i++) {
            long[] s = perMonth.computeIfAbsent(rows.month[i], k -> new long[2]);
            s[0]++;
            s[1] += rows.hash(i);
        }
        TreeMap<Integer, MonthSummary> result = new TreeMap<>();
        perMonth.forEach((m, s) -> result.put(m, new MonthSummary((int) s[0], s[1])));
        return result;
    }

    /** The months of the delivery the source has delivered before with the same figures (not demo). */
    Map<Integer, Boolean> unchangedMonths(Connection c, long sourceId, Map<Integer, MonthSummary> months,
            boolean lock) throws SQLException {
        Map<Integer, Boolean> unchanged = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select month, rows, checksum, demo from crime_delivery "
                + "where source_id = ?" + (lock ? " for update" : ""))) {
            st.setLong(1, sourceId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    int month = Months.of(rs.getDate(1).toLocalDate());
                    MonthSummary summary = months.get(month);
                    if (summary != null && !rs.getBoolean(4) && rs.getInt(2) == summary.rows()
                            && rs.getLong(3) == summary.checksum()) {
                        unchanged.put(month, true);
                    }
                }
            }
        }
        return unchanged;
    }

    Stored store(Connection c, CrimeCatalog catalog, long sourceId, long jobId, CrimeRows rows) throws SQLException {
        TreeMap<Integer, MonthSummary> months = summarise(rows);
        Map<Integer, Boolean> unchanged = unchangedMonths(c, sourceId, months, true);
        int[] changed = months.keySet().stream().filter(m -> !unchanged.containsKey(m)).mapToInt(Integer::intValue)
                .toArray();
        int rowsUnchanged = unchanged.keySet().stream().mapToInt(m -> months.get(m).rows()).sum();
        if (changed.length == 0) {
            return new Stored(0, rowsUnchanged, changed);
        }
        boolean[] isChanged = new boolean[rows.size];
        java.util.Set<Integer> changedSet = new java.util.HashSet<>();
        for (int m : changed) {
            changedSet.add(m);
        }
        int stored = 0;
        for (int i = 0; i < rows.size; i++) {
            if (changedSet.contains(rows.month[i])) {
                isChanged[i] = true;
                stored++;
            }
        }

        Date[] dates = new Date[changed.length];
        for (int i = 0; i < changed.length; i++) {
            dates[i] = Date.valueOf(Months.firstDay(changed[i]));
        }
        java.sql.Array monthArray = c.createArrayOf("date", dates);
        for (String table : new String[] { "crime_fact", "crime_rollup" }) {
            try (PreparedStatement st = c.prepareStatement(
                    "delete from " + table + " where source_id = ? and month = any(?)")) {
                st.setLong(1, sourceId);
                st.setArray(2, monthArray);
                st.executeUpdate();
            }
        }

        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        byte[] source = Long.toString(sourceId).getBytes(StandardCharsets.US_ASCII);
        byte[][] areaIds = new byte[catalog.areas.size()][];
        for (int i = 0; i < areaIds.length; i++) {
            areaIds[i] = Long.toString(catalog.areas.get(i).id()).getBytes(StandardCharsets.US_ASCII);
        }
        byte[][] categoryIds = new byte[catalog.categories.size()][];
        for (int i = 0; i < categoryIds.length; i++) {
            categoryIds[i] = Long.toString(catalog.categories.get(i).id()).getBytes(StandardCharsets.US_ASCII);
        }
        Map<Integer, byte[]> monthText = new HashMap<>();
        for (int m : changed) {
            monthText.put(m, Months.firstDay(m).toString().getBytes(StandardCharsets.US_ASCII));
        }

        // The facts.
        try (CopyWriter out = new CopyWriter(copy.copyIn(
                "copy crime_fact (month, source_id, area_id, category_id, sex, age_group_id, count) from stdin"))) {
            for (int i = 0; i < rows.size; i++) {
                if (!isChanged[i]) {
                    continue;
                }
                out.write(monthText.get(rows.month[i])).tab().write(source).tab().write(areaIds[rows.area[i]]).tab()
                        .write(categoryIds[rows.category[i]]).tab().write((byte) rows.sex[i]).tab()
                        .number(rows.ageGroupId[i]).tab().number(rows.count[i]).newline();
            }
        }

        // The rollup: first summed per month, area and category over sex and age group, then
        // spread to every ancestor area and every category, ancestor and group counting it.
        Map<Long, long[]> leaves = new HashMap<>();
        for (int i = 0; i < rows.size; i++) {
            if (isChanged[i]) {
                long key = ((long) rows.month[i] << 32) | ((long) rows.area[i] << 16) | rows.category[i];
                leaves.computeIfAbsent(key, k -> new long[1])[0] += rows.count[i];
            }
        }
        Map<Long, long[]> rollup = new HashMap<>();
        for (Map.Entry<Long, long[]> leaf : leaves.entrySet()) {
            long key = leaf.getKey();
            int month = (int) (key >>> 32);
            int area = (int) ((key >>> 16) & 0xffff);
            int category = (int) (key & 0xffff);
            for (int a : catalog.rollsUpTo(catalog.areas.get(area))) {
                for (int k : catalog.rollsUpTo(catalog.categories.get(category))) {
                    long rollupKey = ((long) month << 32) | ((long) a << 16) | k;
                    rollup.computeIfAbsent(rollupKey, x -> new long[1])[0] += leaf.getValue()[0];
                }
            }
        }
        try (CopyWriter out = new CopyWriter(
                copy.copyIn("copy crime_rollup (category_id, month, area_id, source_id, count) from stdin"))) {
            for (Map.Entry<Long, long[]> r : rollup.entrySet()) {
                long key = r.getKey();
                int month = (int) (key >>> 32);
                int area = (int) ((key >>> 16) & 0xffff);
                int category = (int) (key & 0xffff);
                out.write(categoryIds[category]).tab().write(monthText.get(month)).tab().write(areaIds[area]).tab()
                        .write(source).tab().number(r.getValue()[0]).newline();
            }
        }

        try (PreparedStatement st = c.prepareStatement("""
                insert into crime_delivery (source_id, month, rows, checksum, demo, import_job_id, imported_at)
                values (?, ?, ?, ?, false, ?, now())
                on conflict (source_id, month) do update set rows = excluded.rows, checksum = excluded.checksum,
                    demo = false, import_job_id = excluded.import_job_id, imported_at = excluded.imported_at""")) {
            for (int m : changed) {
                MonthSummary summary = months.get(m);
                st.setLong(1, sourceId);
                st.setDate(2, Date.valueOf(Months.firstDay(m)));
                st.setInt(3, summary.rows());
                st.setLong(4, summary.checksum());
                st.setLong(5, jobId);
                st.addBatch();
            }
            st.executeBatch();
        }
        return new Stored(stored, rowsUnchanged, changed);
    }

    /** Buffers COPY text rows and hands them to the driver in large chunks. */
    private static final class CopyWriter implements AutoCloseable {
        private final CopyIn copyIn;
        private final byte[] buffer = new byte[1 << 20];
        private int length;

        CopyWriter(CopyIn copyIn) {
            this.copyIn = copyIn;
        }

        CopyWriter write(byte[] bytes) throws SQLException {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
            return this;
        }

        CopyWriter write(byte b) throws SQLException {
            ensure(1);
            buffer[length++] = b;
            return this;
        }

        CopyWriter tab() throws SQLException {
            return write((byte) '\t');
        }

        CopyWriter newline() throws SQLException {
            return write((byte) '\n');
        }

        CopyWriter number(long value) throws SQLException {
            ensure(20);
            if (value == 0) {
                buffer[length++] = '0';
                return this;
            }
            if (value < 0) {
                buffer[length++] = '-';
                value = -value;
            }
            int start = length;
            while (value > 0) {
                buffer[length++] = (byte) ('0' + value % 10);
                value /= 10;
            }
            for (int i = start, j = length - 1; i < j; i++, j--) {
                byte t = buffer[i];
                buffer[i] = buffer[j];
                buffer[j] = t;
            }
            return this;
        }

        private void ensure(int room) throws SQLException {
            if (length + room > buffer.length) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (length > 0) {
                copyIn.writeToCopy(buffer, 0, length);
                length = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
                copyIn.endCopy();
            } finally {
                if (copyIn.isActive()) {
                    copyIn.cancelCopy();
                }
            }
        }
    }
}
