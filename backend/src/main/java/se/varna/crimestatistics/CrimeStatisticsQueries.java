package se.varna.crimestatistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The SQL that answers crime-statistics queries. Splits by area, category and time are read
 * from {@code crime_rollup} (sums per month × area with its ancestors × category with its
 * ancestors and groups), which the import keeps in step with the facts, and its yearly sums
 * {@code crime_rollup_year} (kept in step with it by a trigger, migration V37_1); splits by sex or age
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
     * rows for the dashboard instead of 3 888. The calendar years a run covers whole are read
     * from {@code crime_rollup_year} (one row a year instead of twelve: the dashboard's read was
     * most of a cache miss's time in the database), the months at its ends from
     * {@code crime_rollup}. The ids become the caller's indexes here: joining the rows to
     * {@code unnest} of the id and index arrays instead (before December 2026) let the planner
     * misjudge the join at 133 rows and compare every row with every area in a nested loop.
     */
    void fromRollup(long[] areaIds, int[] areaIndexes, long[] categoryIds, int[] categoryIndexes, int[] runStarts,
            int toMonth, Sink sink) {
        Map<Long, Integer> areaIndex = indexOf(areaIds, areaIndexes);
        Map<Long, Integer> categoryIndex = indexOf(categoryIds, categoryIndexes);
        RunParts parts = RunParts.of(runStarts, toMonth);
        String sql = """
                select width_bucket(r.month, ?::date[]) as run, r.area_id, r.category_id, sum(r.count),
                       sum(r.record_key), min(r.source_id), max(r.source_id)
                from (select m.month, m.area_id, m.category_id, m.count, m.record_key, m.source_id
                      from crime_rollup m
                      where m.category_id = any(?::bigint[]) and m.area_id = any(?::bigint[])
                        and m.month = any(?::date[])
                      union all
                      select make_date(y.year, 1, 1), y.area_id, y.category_id, y.count, y.record_key, y.source_id
                      from crime_rollup_year y
                      where y.category_id = any(?::bigint[]) and y.area_id = any(?::bigint[])
                        and y.year = any(?::integer[])) r
                group by r.category_id, run, r.area_id""";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            java.sql.Array categories = c.createArrayOf("bigint", box(categoryIds));
            java.sql.Array areas = c.createArrayOf("bigint", box(areaIds));
            st.setArray(1, Months.firstDays(c, runStarts));
            st.setArray(2, categories);
            st.setArray(3, areas);
            st.setArray(4, Months.firstDays(c, parts.months()));
            st.setArray(5, categories);
            st.setArray(6, areas);
            st.setArray(7, c.createArrayOf("integer", box(parts.years())));
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
     * Runs of months as the two rollups read them: the calendar years some run covers whole, and
     * the other months. Runs are contiguous and ascending from {@code runStarts[0]} to {@code to}.
     */
    record RunParts(int[] months, int[] years) {

        static RunParts of(int[] runStarts, int to) {
            List<Integer> months = new ArrayList<>();
            List<Integer> years = new ArrayList<>();
            for (int r = 0; r < runStarts.length; r++) {
                int last = r + 1 < runStarts.length ? runStarts[r + 1] - 1 : to;
                int m = runStarts[r];
                while (m <= last) {
                    if (Months.monthOfYear(m) == 1 && m + 11 <= last) {
                        years.add(Months.year(m));
                        m += 12;
                    } else {
                        months.add(m++);
                    }
                }
            }
            return new RunParts(months.stream().mapToInt(Integer::intValue).toArray(),
                    years.stream().mapToInt(Integer::intValue).toArray());
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
