package se.varna.crimestatistics;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import se.varna.disclosure.DisclosureConfig;
import se.varna.disclosure.RecordKeys;

/**
 * Stores deliveries of crime figures with PostgreSQL's {@code COPY}, on the caller's connection
 * and in the caller's transaction.
 *
 * <p>
 * The fast path streams each valid row into {@code crime_fact} while the file is still being
 * read ({@link #openFacts}), marked with the import's {@code load_id}; when the file is done,
 * {@link #replaceEarlierDeliveries} removes the rows earlier deliveries of the same source left in
 * those months, replaces the source's {@code crime_rollup} rows of the months with sums computed
 * here from the delivery alone (the rollup is kept per source, so no other figures need reading)
 * and records the deliveries. {@link #store} does the same for rows already read (the careful
 * path, when a file's rows turn out to need it).
 *
 * <p>
 * Each fact gets its record key as it is streamed (HMAC-SHA256 of its identity and count, see
 * {@link RecordKeys}), and each rollup row the sum of its facts' keys: what disclosure control
 * perturbs a published figure by.
 */
@ApplicationScoped
public class CrimeFactCopier {

    @Inject
    DisclosureConfig disclosure;

    /** Per month of a delivery: its rows and checksum. */
    record MonthSummary(int rows, long checksum) {
    }

    /** A month a source has delivered before. */
    record Delivered(int rows, long checksum, boolean demo) {
    }

    /** What storing did: rows stored (new or changed) and rows unchanged (delivered identically before). */
    record Stored(int rowsStored, int rowsUnchanged) {
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

    /** The months the source has delivered before; {@code lock} holds them until the transaction ends. */
    Map<Integer, Delivered> deliveries(Connection c, long sourceId, boolean lock) throws SQLException {
        Map<Integer, Delivered> delivered = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select month, rows, checksum, demo from crime_delivery "
                + "where source_id = ?" + (lock ? " for update" : ""))) {
            st.setLong(1, sourceId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    delivered.put(Months.of(rs.getDate(1).toLocalDate()),
                            new Delivered(rs.getInt(2), rs.getLong(3), rs.getBoolean(4)));
                }
            }
        }
        return delivered;
    }

    /** Rows of months delivered before with the same figures (not demo). */
    static int unchangedRows(Map<Integer, MonthSummary> months, Map<Integer, Delivered> before) {
        int unchanged = 0;
        for (Map.Entry<Integer, MonthSummary> month : months.entrySet()) {
            Delivered earlier = before.get(month.getKey());
            if (earlier != null && !earlier.demo() && earlier.rows() == month.getValue().rows()
                    && earlier.checksum() == month.getValue().checksum()) {
                unchanged += month.getValue().rows();
            }
        }
        return unchanged;
    }

    /** Starts copying facts of one source and load into {@code crime_fact}. */
    FactStream openFacts(Connection c, CrimeCatalog catalog, long sourceId, long loadId) throws SQLException {
        return new FactStream(new CopyWriter(c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy crime_fact (month, source_id, area_id, category_id, sex, age_group_id, count, load_id, record_key) "
                        + "from stdin")),
                new Ids(catalog), sourceId, Long.toString(sourceId).getBytes(StandardCharsets.US_ASCII),
                Long.toString(loadId).getBytes(StandardCharsets.US_ASCII), new RecordKeys(disclosure.secret()));
    }

    /**
     * After the delivery's rows were streamed in with {@code load_id = jobId}: removes the rows
     * earlier deliveries left in its months, replaces the rollup of those months and records the
     * deliveries.
     */
    Stored replaceEarlierDeliveries(Connection c, CrimeCatalog catalog, long sourceId, long jobId, CrimeRows rows,
            Map<Integer, Delivered> before) throws SQLException {
        TreeMap<Integer, MonthSummary> months = summarise(rows);
        int[] monthList = months.keySet().stream().mapToInt(Integer::intValue).filter(before::containsKey).toArray();
        if (monthList.length > 0) {
            try (PreparedStatement st = c.prepareStatement(
                    "delete from crime_fact where source_id = ? and month = any(?) and load_id <> ?")) {
                st.setLong(1, sourceId);
                st.setArray(2, dates(c, monthList));
                st.setLong(3, jobId);
                st.executeUpdate();
            }
        }
        replaceRollupAndDeliveries(c, catalog, sourceId, jobId, rows, null, months);
        int unchanged = unchangedRows(months, before);
        return new Stored(rows.size - unchanged, unchanged);
    }

    /**
     * Stores rows already read: months delivered identically before are left as they are, the
     * others replaced.
     */
    Stored store(Connection c, CrimeCatalog catalog, long sourceId, long jobId, CrimeRows rows) throws SQLException {
        TreeMap<Integer, MonthSummary> months = summarise(rows);
        Map<Integer, Delivered> before = deliveries(c, sourceId, true);
        int unchanged = unchangedRows(months, before);
        TreeMap<Integer, MonthSummary> changed = new TreeMap<>(months);
        months.forEach((m, s) -> {
            Delivered earlier = before.get(m);
            if (earlier != null && !earlier.demo() && earlier.rows() == s.rows() && earlier.checksum() == s.checksum()) {
                changed.remove(m);
            }
        });
        if (changed.isEmpty()) {
            return new Stored(0, unchanged);
        }
        int[] monthList = changed.keySet().stream().mapToInt(Integer::intValue).toArray();
        try (PreparedStatement st = c.prepareStatement("delete from crime_fact where source_id = ? and month = any(?)")) {
            st.setLong(1, sourceId);
            st.setArray(2, dates(c, monthList));
            st.executeUpdate();
        }
        boolean[] keep = new boolean[rows.size];
        try (FactStream facts = openFacts(c, catalog, sourceId, jobId)) {
            for (int i = 0; i < rows.size; i++) {
                keep[i] = changed.containsKey(rows.month[i]);
                if (keep[i]) {
                    rows.recordKey[i] = facts.add(rows.month[i], rows.area[i], rows.category[i], rows.sex[i],
                            rows.ageGroupId[i], rows.count[i]);
                }
            }
        }
        replaceRollupAndDeliveries(c, catalog, sourceId, jobId, rows, keep, changed);
        return new Stored(rows.size - unchanged, unchanged);
    }

    /** The rollup of the months: summed per month, area and category, then spread to ancestors and groups. */
    private void replaceRollupAndDeliveries(Connection c, CrimeCatalog catalog, long sourceId, long jobId,
            CrimeRows rows, boolean[] only, TreeMap<Integer, MonthSummary> months) throws SQLException {
        int[] monthList = months.keySet().stream().mapToInt(Integer::intValue).toArray();
        try (PreparedStatement st = c.prepareStatement(
                "delete from crime_rollup where source_id = ? and month = any(?)")) {
            st.setLong(1, sourceId);
            st.setArray(2, dates(c, monthList));
            st.executeUpdate();
        }
        Rollup rollup = Rollup.of(catalog, rows, only);
        long[] keys = rollup.keys();
        Ids ids = new Ids(catalog);
        byte[] source = Long.toString(sourceId).getBytes(StandardCharsets.US_ASCII);
        try (CopyWriter out = new CopyWriter(c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy crime_rollup (category_id, month, area_id, source_id, count, record_key) from stdin"))) {
            for (long key : keys) {
                int category = (int) (key >>> 48);
                int month = (int) ((key >>> 16) & 0xffffffffL);
                int area = (int) (key & 0xffff);
                out.write(ids.category[category]).tab().write(ids.month(month)).tab().write(ids.area[area]).tab()
                        .write(source).tab().number(rollup.count(key)).tab().number(rollup.recordKey(key)).newline();
            }
        }

        try (PreparedStatement st = c.prepareStatement("""
                insert into crime_delivery (source_id, month, rows, checksum, demo, import_job_id, imported_at)
                values (?, ?, ?, ?, false, ?, now())
                on conflict (source_id, month) do update set rows = excluded.rows, checksum = excluded.checksum,
                    demo = false, import_job_id = excluded.import_job_id, imported_at = excluded.imported_at""")) {
            for (Map.Entry<Integer, MonthSummary> month : months.entrySet()) {
                st.setLong(1, sourceId);
                st.setDate(2, Date.valueOf(Months.firstDay(month.getKey())));
                st.setInt(3, month.getValue().rows());
                st.setLong(4, month.getValue().checksum());
                st.setLong(5, jobId);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /**
     * A delivery's rollup: its counts summed per month, area and category over sex and age
     * group, then spread to every ancestor area and every category, ancestor and group counting
     * it. Keys are (category, month, area) packed so that sorted keys are in primary-key order.
     * Dense arrays when the delivery's months × areas × categories are few (as they are), a map
     * otherwise.
     */
    static final class Rollup {
        private static final int DENSE_LIMIT = 8_000_000;
        private final int firstMonth;
        private final int nAreas;
        private final int nCategories;
        private final long[] dense;
        /** The sums of the record keys, modulo 2^32 (int arithmetic wraps). */
        private final int[] denseKeys;
        private final Map<Long, long[]> sparse;

        private Rollup(int firstMonth, int nMonths, int nAreas, int nCategories) {
            this.firstMonth = firstMonth;
            this.nAreas = nAreas;
            this.nCategories = nCategories;
            long cells = (long) nMonths * nAreas * nCategories;
            this.dense = cells <= DENSE_LIMIT ? new long[(int) cells] : null;
            this.denseKeys = dense == null ? null : new int[(int) cells];
            this.sparse = dense == null ? new HashMap<>() : null;
        }

        static Rollup of(CrimeCatalog catalog, CrimeRows rows, boolean[] only) {
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (int i = 0; i < rows.size; i++) {
                if (only == null || only[i]) {
                    first = Math.min(first, rows.month[i]);
                    last = Math.max(last, rows.month[i]);
                }
            }
            int nAreas = catalog.areas.size();
            int nCategories = catalog.categories.size();
            if (first > last) {
                return new Rollup(0, 0, nAreas, nCategories);
            }
            // Summed over sex and age group first …
            Rollup leaves = new Rollup(first, last - first + 1, nAreas, nCategories);
            for (int i = 0; i < rows.size; i++) {
                if (only == null || only[i]) {
                    // a cell's key sums the keys of its facts above 0, here as in every SQL that sums them
                    leaves.add(rows.month[i], rows.area[i], rows.category[i], rows.count[i],
                            rows.count[i] > 0 ? rows.recordKey[i] : 0);
                }
            }
            // … then spread to the ancestors and groups.
            Rollup rollup = new Rollup(first, last - first + 1, nAreas, nCategories);
            int[][] areaUp = new int[nAreas][];
            for (int a = 0; a < nAreas; a++) {
                areaUp[a] = catalog.rollsUpTo(catalog.areas.get(a));
            }
            int[][] categoryUp = new int[nCategories][];
            for (int k = 0; k < nCategories; k++) {
                categoryUp[k] = catalog.rollsUpTo(catalog.categories.get(k));
            }
            for (long key : leaves.keys()) {
                long count = leaves.count(key);
                int recordKey = leaves.recordKey(key);
                int category = (int) (key >>> 48);
                int month = (int) ((key >>> 16) & 0xffffffffL);
                int area = (int) (key & 0xffff);
                for (int a : areaUp[area]) {
                    for (int k : categoryUp[category]) {
                        rollup.add(month, a, k, count, recordKey);
                    }
                }
            }
            return rollup;
        }

        private void add(int month, int area, int category, long count, int recordKey) {
            if (dense != null) {
                int i = ((month - firstMonth) * nCategories + category) * nAreas + area;
                dense[i] += count;
                denseKeys[i] += recordKey;
            } else {
                long[] sum = sparse.computeIfAbsent(key(category, month, area), k -> new long[2]);
                sum[0] += count;
                sum[1] = (int) (sum[1] + recordKey);
            }
        }



        private static long key(int category, int month, int area) {
            return ((long) category << 48) | ((long) month << 16) | area;
        }

        /** The keys with a sum (zero sums of delivered cells included), in primary-key order. */
        long[] keys() {
            if (dense == null) {
                long[] keys = sparse.keySet().stream().mapToLong(Long::longValue).toArray();
                Arrays.sort(keys);
                return keys;
            }
            int nMonths = nAreas * nCategories == 0 ? 0 : dense.length / (nAreas * nCategories);
            long[] keys = new long[dense.length];
            int n = 0;
            for (int k = 0; k < nCategories; k++) {
                for (int m = 0; m < nMonths; m++) {
                    for (int a = 0; a < nAreas; a++) {
                        int i = (m * nCategories + k) * nAreas + a;
                        if (dense[i] != 0) {
                            keys[n++] = key(k, firstMonth + m, a);
                        }
                    }
                }
            }
            return Arrays.copyOf(keys, n);
        }

        long count(long key) {
            int category = (int) (key >>> 48);
            int month = (int) ((key >>> 16) & 0xffffffffL);
            int area = (int) (key & 0xffff);
            if (dense != null) {
                return dense[((month - firstMonth) * nCategories + category) * nAreas + area];
            }
            long[] sum = sparse.get(key);
            return sum == null ? 0 : sum[0];
        }

        int recordKey(long key) {
            int category = (int) (key >>> 48);
            int month = (int) ((key >>> 16) & 0xffffffffL);
            int area = (int) (key & 0xffff);
            if (dense != null) {
                return denseKeys[((month - firstMonth) * nCategories + category) * nAreas + area];
            }
            long[] sum = sparse.get(key);
            return sum == null ? 0 : (int) sum[1];
        }
    }

    private static java.sql.Array dates(Connection c, int[] months) throws SQLException {
        Date[] dates = new Date[months.length];
        for (int i = 0; i < months.length; i++) {
            dates[i] = Date.valueOf(Months.firstDay(months[i]));
        }
        return c.createArrayOf("date", dates);
    }

    /** The catalog's ids and the months as COPY text, made once per import. */
    private static final class Ids {
        final byte[][] area;
        final byte[][] category;
        final long[] areaId;
        final long[] categoryId;
        private final Map<Integer, byte[]> months = new HashMap<>();

        Ids(CrimeCatalog catalog) {
            area = new byte[catalog.areas.size()][];
            areaId = new long[area.length];
            for (int i = 0; i < area.length; i++) {
                areaId[i] = catalog.areas.get(i).id();
                area[i] = Long.toString(areaId[i]).getBytes(StandardCharsets.US_ASCII);
            }
            category = new byte[catalog.categories.size()][];
            categoryId = new long[category.length];
            for (int i = 0; i < category.length; i++) {
                categoryId[i] = catalog.categories.get(i).id();
                category[i] = Long.toString(categoryId[i]).getBytes(StandardCharsets.US_ASCII);
            }
        }

        byte[] month(int month) {
            return months.computeIfAbsent(month,
                    m -> Months.firstDay(m).toString().getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Facts on their way into {@code crime_fact}. */
    static final class FactStream implements AutoCloseable {
        private final CopyWriter out;
        private final Ids ids;
        private final long sourceId;
        private final byte[] source;
        private final byte[] load;
        private final RecordKeys keys;
        private int lastMonth = Integer.MIN_VALUE;
        private byte[] lastMonthText;

        private FactStream(CopyWriter out, Ids ids, long sourceId, byte[] source, byte[] load, RecordKeys keys) {
            this.out = out;
            this.ids = ids;
            this.sourceId = sourceId;
            this.source = source;
            this.load = load;
            this.keys = keys;
        }

        /** Copies one fact and answers its record key. */
        int add(int month, int area, int category, byte sex, int ageGroupId, int count) throws SQLException {
            if (month != lastMonth) {
                lastMonth = month;
                lastMonthText = ids.month(month);
            }
            int recordKey = keys.ofCrimeFact(month, sourceId, ids.areaId[area], ids.categoryId[category], sex,
                    ageGroupId, count);
            out.write(lastMonthText).tab().write(source).tab().write(ids.area[area]).tab()
                    .write(ids.category[category]).tab().write(sex).tab().number(ageGroupId).tab().number(count)
                    .tab().write(load).tab().number(recordKey).newline();
            return recordKey;
        }

        @Override
        public void close() throws SQLException {
            out.close();
        }
    }

    /** Buffers COPY text rows and hands them to the driver in large chunks. */
    private static final class CopyWriter implements AutoCloseable {
        private final CopyIn copyIn;
        private final byte[] buffer = new byte[1 << 18];
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
