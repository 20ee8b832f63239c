package se.varna.crimestatistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


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
 * and records the deliveries; months delivered identically before are left as they were.
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
        TreeMap<Integer, MonthSummary> result = new TreeMap<>();
        if (rows.size == 0) {
            return result;
        }
        // per month in arrays over the file's months: a million rows, no boxing or map per row
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < rows.size; i++) {
            first = Math.min(first, rows.month[i]);
            last = Math.max(last, rows.month[i]);
        }
        int[] count = new int[last - first + 1];
        long[] checksum = new long[count.length];
        for (int i = 0; i < rows.size; i++) {
            count[rows.month[i] - first]++;
            checksum[rows.month[i] - first] += rows.hash(i);
        }
        for (int m = 0; m < count.length; m++) {
            if (count[m] > 0) {
                result.put(first + m, new MonthSummary(count[m], checksum[m]));
            }
        }
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
            if (unchanged(month.getValue(), before.get(month.getKey()))) {
                unchanged += month.getValue().rows();
            }
        }
        return unchanged;
    }

    private static boolean unchanged(MonthSummary month, Delivered earlier) {
        return earlier != null && !earlier.demo() && earlier.rows() == month.rows()
                && earlier.checksum() == month.checksum();
    }

    /** Starts copying facts of one source and load into {@code crime_fact}. */
    FactStream openFacts(Connection c, CrimeCatalog catalog, long sourceId, long loadId) throws SQLException {
        return new FactStream(BinaryCopy.into(c,
                "copy crime_fact (month, source_id, area_id, category_id, sex, age_group_id, count, load_id, record_key) "
                        + "from stdin with (format binary)"),
                new Ids(catalog), sourceId, Math.toIntExact(loadId), new RecordKeys(disclosure.secret()));
    }

    /**
     * After the delivery's rows were streamed in with {@code load_id = jobId}: removes the rows
     * earlier deliveries left in its months, replaces the rollup of those months and records the
     * deliveries. A month delivered identically before is not rewritten: its earlier facts, rollup
     * and delivery stay, and the copies just streamed in go (when every month is unchanged, by
     * rolling the transaction back: nothing is written at all). Rows that repeated an earlier
     * row's key ({@code repeatedKeys}, sorted) were streamed in too: the rows of those keys are
     * removed and the kept ones (each key's first row) copied again, instead of the whole file.
     */
    Stored replaceEarlierDeliveries(Connection c, CrimeCatalog catalog, long sourceId, long jobId, CrimeRows rows,
            Map<Integer, Delivered> before, long[] repeatedKeys) throws SQLException {
        TreeMap<Integer, MonthSummary> months = summarise(rows);
        TreeMap<Integer, MonthSummary> changed = new TreeMap<>();
        months.forEach((m, s) -> {
            if (!unchanged(s, before.get(m))) {
                changed.put(m, s);
            }
        });
        int unchanged = unchangedRows(months, before);
        Stored stored = new Stored(rows.size - unchanged, unchanged);
        if (changed.isEmpty()) {
            c.rollback();
            return stored;
        }
        int[] unchangedMonths = months.keySet().stream().mapToInt(Integer::intValue)
                .filter(m -> !changed.containsKey(m)).toArray();
        if (unchangedMonths.length > 0) {
            try (PreparedStatement st = c.prepareStatement(
                    "delete from crime_fact where source_id = ? and month = any(?) and load_id = ?")) {
                st.setLong(1, sourceId);
                st.setArray(2, Months.firstDays(c, unchangedMonths));
                st.setLong(3, jobId);
                st.executeUpdate();
            }
        }
        if (repeatedKeys.length > 0) {
            copyRepeatedAgain(c, catalog, sourceId, jobId, rows, changed, repeatedKeys);
        }
        int[] replaced = changed.keySet().stream().mapToInt(Integer::intValue).filter(before::containsKey).toArray();
        if (replaced.length > 0) {
            try (PreparedStatement st = c.prepareStatement(
                    "delete from crime_fact where source_id = ? and month = any(?) and load_id <> ?")) {
                st.setLong(1, sourceId);
                st.setArray(2, Months.firstDays(c, replaced));
                st.setLong(3, jobId);
                st.executeUpdate();
            }
        }
        replaceRollupAndDeliveries(c, catalog, sourceId, jobId, rows,
                unchangedMonths.length == 0 ? null : inMonths(rows, changed), changed);
        return stored;
    }

    /** The job's rows of the repeated keys removed, and each key's kept (first) row copied once more. */
    private void copyRepeatedAgain(Connection c, CrimeCatalog catalog, long sourceId, long jobId, CrimeRows rows,
            TreeMap<Integer, MonthSummary> changed, long[] repeatedKeys) throws SQLException {
        int[] kept = java.util.stream.IntStream.range(0, rows.size)
                .filter(i -> changed.containsKey(rows.month[i]) && Arrays.binarySearch(repeatedKeys, rows.key(i)) >= 0)
                .toArray();
        if (kept.length == 0) {
            return;
        }
        Ids ids = new Ids(catalog);
        Date[] month = new Date[kept.length];
        Integer[] area = new Integer[kept.length];
        Integer[] category = new Integer[kept.length];
        String[] sex = new String[kept.length];
        Integer[] ageGroup = new Integer[kept.length];
        for (int j = 0; j < kept.length; j++) {
            int i = kept[j];
            month[j] = Date.valueOf(Months.firstDay(rows.month[i]));
            area[j] = ids.areaId[rows.area[i]];
            category[j] = ids.categoryId[rows.category[i]];
            sex[j] = String.valueOf((char) rows.sex[i]);
            ageGroup[j] = rows.ageGroupId[i];
        }
        try (PreparedStatement st = c.prepareStatement("""
                delete from crime_fact f
                using unnest(?::date[], ?::integer[], ?::integer[], ?::text[], ?::integer[])
                    as r(month, area_id, category_id, sex, age_group_id)
                where f.source_id = ? and f.load_id = ? and f.month = r.month and f.area_id = r.area_id
                  and f.category_id = r.category_id and f.sex = r.sex::char(1) and f.age_group_id = r.age_group_id""")) {
            st.setArray(1, c.createArrayOf("date", month));
            st.setArray(2, c.createArrayOf("integer", area));
            st.setArray(3, c.createArrayOf("integer", category));
            st.setArray(4, c.createArrayOf("text", sex));
            st.setArray(5, c.createArrayOf("integer", ageGroup));
            st.setLong(6, sourceId);
            st.setLong(7, jobId);
            st.executeUpdate();
        }
        try (FactStream facts = openFacts(c, catalog, sourceId, jobId)) {
            for (int i : kept) {
                facts.add(rows.month[i], rows.area[i], rows.category[i], rows.sex[i], rows.ageGroupId[i],
                        rows.count[i]);
            }
        }
    }

    /** Which rows are in {@code months}. */
    private static boolean[] inMonths(CrimeRows rows, TreeMap<Integer, MonthSummary> months) {
        int first = months.firstKey();
        boolean[] month = new boolean[months.lastKey() - first + 1];
        months.keySet().forEach(m -> month[m - first] = true);
        boolean[] in = new boolean[rows.size];
        for (int i = 0; i < rows.size; i++) {
            int m = rows.month[i] - first;
            in[i] = m >= 0 && m < month.length && month[m];
        }
        return in;
    }

    /** The rollup of the months: summed per month, area and category, then spread to ancestors and groups. */
    private void replaceRollupAndDeliveries(Connection c, CrimeCatalog catalog, long sourceId, long jobId,
            CrimeRows rows, boolean[] only, TreeMap<Integer, MonthSummary> months) throws SQLException {
        int[] monthList = months.keySet().stream().mapToInt(Integer::intValue).toArray();
        try (PreparedStatement st = c.prepareStatement(
                "delete from crime_rollup where source_id = ? and month = any(?)")) {
            st.setLong(1, sourceId);
            st.setArray(2, Months.firstDays(c, monthList));
            st.executeUpdate();
        }
        Rollup rollup = Rollup.of(catalog, rows, only);
        long[] keys = rollup.keys();
        Ids ids = new Ids(catalog);
        int source = Math.toIntExact(sourceId);
        try (BinaryCopy out = BinaryCopy.into(c,
                "copy crime_rollup (category_id, month, area_id, source_id, count, record_key) "
                        + "from stdin with (format binary)")) {
            for (long key : keys) {
                int category = (int) (key >>> 48);
                int month = (int) ((key >>> 16) & 0xffffffffL);
                int area = (int) (key & 0xffff);
                out.row(6).int4(ids.categoryId[category]).date(month).int4(ids.areaId[area]).int4(source)
                        .int8(rollup.count(key)).int4(rollup.recordKey(key));
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

    /** The catalog's ids by index, made once per import. */
    private static final class Ids {
        final int[] areaId;
        final int[] categoryId;

        Ids(CrimeCatalog catalog) {
            areaId = catalog.areas.stream().mapToInt(a -> Math.toIntExact(a.id())).toArray();
            categoryId = catalog.categories.stream().mapToInt(k -> Math.toIntExact(k.id())).toArray();
        }
    }

    /**
     * Facts on their way into {@code crime_fact}. The caller (the thread that reads the file)
     * only hands the rows over, a batch at a time; a thread of the stream's own computes their
     * record keys (HMAC) and copies them, so that reading a file and keying and copying its rows
     * run on two cores. {@link #finish} answers the keys, in the order the rows were added.
     */
    static final class FactStream implements AutoCloseable {
        private static final int BATCH = 8192;
        /** Batches in flight: the reader waits for a writer that is behind, a few megabytes at most. */
        private static final int IN_FLIGHT = 8;
        private final BinaryCopy out;
        private final Ids ids;
        private final int sourceId;
        private final int load;
        private final RecordKeys keys;
        private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(IN_FLIGHT);
        private final CompletableFuture<int[]> written;
        private Batch batch = new Batch(BATCH);
        private int[] recordKeys;
        /** Set when the reader stops without handing the end over: the writer then stops too. */
        private volatile boolean abandoned;

        private FactStream(BinaryCopy out, Ids ids, long sourceId, int load, RecordKeys keys) {
            this.out = out;
            this.ids = ids;
            this.sourceId = Math.toIntExact(sourceId);
            this.load = load;
            this.keys = keys;
            this.written = CompletableFuture.supplyAsync(this::write,
                    task -> Thread.ofPlatform().name("crime-import-copy").daemon().start(task));
        }

        /** Hands one fact over to be keyed and copied. */
        void add(int month, int area, int category, byte sex, int ageGroupId, int count) throws SQLException {
            if (batch.add(month, area, category, sex, ageGroupId, count)) {
                hand(batch);
                batch = new Batch(BATCH);
            }
        }

        /** Waits until every fact added is copied; answers their record keys in the order they were added. */
        int[] finish() throws SQLException {
            if (recordKeys == null) {
                hand(batch);
                hand(Batch.END);
                recordKeys = result();
            }
            return recordKeys;
        }

        private void hand(Batch b) throws SQLException {
            try {
                while (!batches.offer(b, 100, TimeUnit.MILLISECONDS)) {
                    if (written.isDone()) {
                        result(); // throws the writer's failure
                        throw new SQLException("the copy of crime facts stopped");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while copying crime facts", e);
            }
        }

        private int[] result() throws SQLException {
            try {
                return written.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw e;
            }
        }

        /** The writer thread: keys and copies batch after batch until the last. */
        private int[] write() {
            int[] copied = new int[1 << 16];
            int n = 0;
            try {
                for (Batch b = next(); b != Batch.END; b = next()) {
                    if (n + b.size > copied.length) {
                        copied = Arrays.copyOf(copied, Math.max(n + b.size, 2 * copied.length));
                    }
                    for (int i = 0; i < b.size; i++) {
                        int areaId = ids.areaId[b.area[i]];
                        int categoryId = ids.categoryId[b.category[i]];
                        int recordKey = keys.ofCrimeFact(b.month[i], sourceId, areaId, categoryId, b.sex[i],
                                b.ageGroupId[i], b.count[i]);
                        out.row(9).date(b.month[i]).int4(sourceId).int4(areaId).int4(categoryId).char1(b.sex[i])
                                .int4(b.ageGroupId[i]).int4(b.count[i]).int4(load).int4(recordKey);
                        copied[n++] = recordKey;
                    }
                }
            } catch (SQLException e) {
                batches.clear();
                throw new java.util.concurrent.CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CompletionException(new SQLException("interrupted", e));
            }
            return copied;
        }

        /** The next batch; the end when the reader gave up without handing the end over. */
        private Batch next() throws InterruptedException {
            Batch b;
            while ((b = batches.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (abandoned) {
                    return Batch.END;
                }
            }
            return b;
        }

        @Override
        public void close() throws SQLException {
            try {
                finish();
            } catch (SQLException | RuntimeException e) {
                abandoned = true;
                try {
                    // the writer stops at its next batch; the copy is ended (or cancelled) after it
                    written.get(10, TimeUnit.SECONDS);
                } catch (InterruptedException again) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException again) {
                    // reported as the first failure below
                }
                try {
                    out.close();
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
            out.close();
        }

        /** Facts as the reader hands them over. */
        private static final class Batch {
            static final Batch END = new Batch(0);
            final int[] month;
            final int[] area;
            final int[] category;
            final byte[] sex;
            final int[] ageGroupId;
            final int[] count;
            int size;

            Batch(int capacity) {
                month = new int[capacity];
                area = new int[capacity];
                category = new int[capacity];
                sex = new byte[capacity];
                ageGroupId = new int[capacity];
                count = new int[capacity];
            }

            /** Adds a fact; true when the batch is full. */
            boolean add(int month, int area, int category, byte sex, int ageGroupId, int count) {
                this.month[size] = month;
                this.area[size] = area;
                this.category[size] = category;
                this.sex[size] = sex;
                this.ageGroupId[size] = ageGroupId;
                this.count[size] = count;
                return ++size == this.month.length;
            }
        }
    }
}
