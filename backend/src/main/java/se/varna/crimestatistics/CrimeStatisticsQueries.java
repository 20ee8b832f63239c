package se.varna.crimestatistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The SQL that answers crime-statistics queries. Splits by area, category and time are read
 * from {@code crime_rollup} (sums per month × area with its ancestors × category with its
 * ancestors and groups), which the import keeps in step with the facts; splits by sex or age
 * group, and selections of overlapping categories or areas that must be counted once, are
 * summed from {@code crime_fact}.
 */
@ApplicationScoped
public class CrimeStatisticsQueries {

    /**
     * Summed figures of one month: the indexes are the caller's; {@code keys} the sum of the
     * facts' record keys (its low 32 bits are what counts), {@code minSource} and
     * {@code maxSource} the smallest and largest delivering organisation's id.
     */
    interface Sink {
        void add(int month, int areaIndex, int categoryIndex, char sex, long ageGroupId, long count, long keys,
                long minSource, long maxSource);
    }

    /** What the deliveries cover: the first and last month with figures (-1 when none). */
    record Coverage(int firstMonth, int lastMonth) {
    }

    record PopulationRow(long areaId, int year, char sex, long ageGroupId, long population) {
    }

    @Inject
    DataSource dataSource;

    /**
     * The first and last month any source delivered, and whether a delivery between
     * {@code fromMonth} and {@code toMonth} is demo data, in one read.
     */
    record Deliveries(Coverage coverage, boolean demo) {
    }

    Deliveries deliveries(int fromMonth, int toMonth) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select min(month), max(month), coalesce(bool_or(demo and month between ? and ?), false) "
                        + "from crime_delivery")) {
            st.setDate(1, Date.valueOf(Months.firstDay(fromMonth)));
            st.setDate(2, Date.valueOf(Months.firstDay(toMonth)));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Date first = rs.getDate(1);
                Date last = rs.getDate(2);
                Coverage coverage = first == null ? new Coverage(-1, -1)
                        : new Coverage(Months.of(first.toLocalDate()), Months.of(last.toLocalDate()));
                return new Deliveries(coverage, rs.getBoolean(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first and last month delivered, the latest import and whether any delivery is demo data: one read. */
    CrimeCoverage coverage() {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select min(month), max(month), max(imported_at), coalesce(bool_or(demo), false) from crime_delivery");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            Date first = rs.getDate(1);
            if (first == null) {
                return CrimeCoverage.NONE;
            }
            return new CrimeCoverage(java.time.YearMonth.from(first.toLocalDate()),
                    java.time.YearMonth.from(rs.getDate(2).toLocalDate()),
                    rs.getObject(3, java.time.OffsetDateTime.class), rs.getBoolean(4));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sums of the rollup, summed over sources and over runs of months, for the given rollup
     * areas and categories (each its own row; the caller maps ids to its indexes, each id to one
     * index). {@code runStarts} are the first months of the runs, ascending, the first of them
     * the first month read; each row's month is the first month of its run.
     *
     * <p>
     * The caller's runs are the months that count in the same ranges (a year's dashboard: the
     * year and the one before), so a row stands for a cell and a run, not a cell and a month: 324
     * rows for the dashboard instead of 3 888. The ids become the caller's indexes here: joining
     * the rows to {@code unnest} of the id and index arrays instead (before December 2026) let the
     * planner misjudge the join at 133 rows and compare every row with every area in a nested
     * loop, most of the read's time on the 10 M benchmark against 1 ms for the index-only scan.
     */
    void fromRollup(long[] areaIds, int[] areaIndexes, long[] categoryIds, int[] categoryIndexes, int[] runStarts,
            int toMonth, Sink sink) {
        Map<Long, Integer> areaIndex = indexOf(areaIds, areaIndexes);
        Map<Long, Integer> categoryIndex = indexOf(categoryIds, categoryIndexes);
        String sql = """
                select width_bucket(r.month, ?::date[]) as run, r.area_id, r.category_id, sum(r.count),
                       sum(r.record_key), min(r.source_id), max(r.source_id)
                from crime_rollup r
                where r.category_id = any(?::bigint[]) and r.area_id = any(?::bigint[])
                  and r.month between ? and ?
                group by r.category_id, run, r.area_id""";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, c.createArrayOf("date", Arrays.stream(runStarts)
                    .mapToObj(m -> Date.valueOf(Months.firstDay(m))).toArray()));
            st.setArray(2, c.createArrayOf("bigint", box(categoryIds)));
            st.setArray(3, c.createArrayOf("bigint", box(areaIds)));
            st.setObject(4, Months.firstDay(runStarts[0]));
            st.setObject(5, Months.firstDay(toMonth));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    // width_bucket counts from 1: the run whose first month is at most the row's
                    sink.add(runStarts[rs.getInt(1) - 1], areaIndex.get(rs.getLong(2)),
                            categoryIndex.get(rs.getLong(3)), 't', 0, rs.getLong(4), rs.getLong(5), rs.getLong(6),
                            rs.getLong(7));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Each id's index. The callers give each id once (the selection's areas and categories are
     * distinct); one given twice is refused rather than counted once where it was asked twice.
     */
    private static Map<Long, Integer> indexOf(long[] ids, int[] indexes) {
        Map<Long, Integer> result = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            if (result.put(ids[i], indexes[i]) != null) {
                throw new IllegalArgumentException("id " + ids[i] + " given twice");
            }
        }
        return result;
    }

    /**
     * Sums of the facts by month, area index, category index, sex and age group: each fact
     * counts once per (area index, category index) pair whose id lists hold its area and
     * category.
     */
    void fromFacts(long[] areaIds, int[] areaIndexes, long[] categoryIds, int[] categoryIndexes, boolean bySex,
            boolean byAgeGroup, int fromMonth, int toMonth, Sink sink) {
        String sex = bySex ? "f.sex" : "'t'";
        String age = byAgeGroup ? "f.age_group_id" : "0";
        String sql = "select f.month, a.idx, c.idx, " + sex + ", " + age + ", sum(f.count), "
                + "coalesce(sum(f.record_key) filter (where f.count > 0), 0), "
                + "min(f.source_id), max(f.source_id)\n"
                + "from crime_fact f\n"
                + "join unnest(?::bigint[], ?::int[]) as a(id, idx) on a.id = f.area_id\n"
                + "join unnest(?::bigint[], ?::int[]) as c(id, idx) on c.id = f.category_id\n"
                + "where f.month between ? and ?\n"
                + "group by 1, 2, 3, 4, 5";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, c.createArrayOf("bigint", box(areaIds)));
            st.setArray(2, c.createArrayOf("integer", box(areaIndexes)));
            st.setArray(3, c.createArrayOf("bigint", box(categoryIds)));
            st.setArray(4, c.createArrayOf("integer", box(categoryIndexes)));
            st.setDate(5, Date.valueOf(Months.firstDay(fromMonth)));
            st.setDate(6, Date.valueOf(Months.firstDay(toMonth)));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sink.add(Months.of(rs.getDate(1).toLocalDate()), rs.getInt(2), rs.getInt(3),
                            rs.getString(4).charAt(0), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                            rs.getLong(9));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Population of leaf areas by year, sex ('f' or 'm') and age group. */
    List<PopulationRow> population() {
        List<PopulationRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "select area_id, year, sex, age_group_id, population from area_population");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(new PopulationRow(rs.getLong(1), rs.getInt(2), rs.getString(3).charAt(0), rs.getLong(4),
                        rs.getLong(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static Long[] box(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static Integer[] box(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
