package se.varna.crimestatistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.varna.area.AreaService;
import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.crimestatistics.CrimeCatalog.AreaNode;
import se.varna.crimestatistics.CrimeCatalog.Category;
import se.varna.crimestatistics.CrimeDtos.CrimeFigure;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsArea;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCategory;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.crimestatistics.CrimeStatisticsQueries.Coverage;
import se.varna.crimestatistics.CrimeStatisticsQueries.PopulationRow;

/**
 * Answers crime-statistics queries: resolves the selection, sums the figures (from the rollup
 * when it can), builds the cells with their previous and year-earlier figures, computes rates
 * and suppresses small counts for callers who may not see them.
 */
@ApplicationScoped
public class CrimeStatisticsService {

    static final String[] SEX_CODES = { "female", "male", "total" };
    private static final char[] SEX_KEYS = { 'f', 'm', 't' };
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** The parsed request. Lists hold the raw codes; nulls are defaults. */
    public record Query(String from, String to, List<String> categories, List<String> areas, List<String> groupBy,
            String measure, boolean exact) {
    }

    @Inject
    CrimeCatalogQueries catalogQueries;

    @Inject
    CrimeStatisticsQueries queries;

    @Inject
    CrimeStatisticsConfig config;

    public CrimeStatistics statistics(Query query) {
        CrimeCatalog catalog = catalogQueries.load();
        List<FieldError> errors = new ArrayList<>();

        int from = query.from() == null ? -1 : parseMonth("from", query.from(), errors);
        int to = query.to() == null ? -1 : parseMonth("to", query.to(), errors);
        Set<CrimeStatisticsDimension> groupBy = EnumSet.noneOf(CrimeStatisticsDimension.class);
        for (String raw : query.groupBy()) {
            try {
                groupBy.add(CrimeStatisticsDimension.valueOf(raw));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("groupBy", "must be area, category, month, quarter, halfYear, year, sex or "
                        + "ageGroup, not '" + raw + "'"));
            }
        }
        List<CrimeStatisticsDimension> timeDimensions = groupBy.stream().filter(CrimeStatisticsDimension::isTime)
                .toList();
        if (timeDimensions.size() > 1) {
            errors.add(new FieldError("groupBy", "may name only one of month, quarter, halfYear and year"));
        }
        String measure = query.measure() == null || query.measure().isBlank() ? "count" : query.measure().trim();
        double perInhabitants = switch (measure) {
            case "count" -> 0;
            case "ratePer1000" -> 1_000;
            case "ratePer100k" -> 100_000;
            default -> {
                errors.add(new FieldError("measure", "must be count, ratePer1000 or ratePer100k, not '" + measure + "'"));
                yield 0;
            }
        };
        List<Category> categories = new ArrayList<>();
        for (String code : new LinkedHashSet<>(query.categories())) {
            Category category = catalog.category(code);
            if (category == null) {
                errors.add(new FieldError("category", "has no crime category or group with code '" + code + "'"));
            } else {
                categories.add(category);
            }
        }
        List<AreaNode> areas = new ArrayList<>();
        for (String code : new LinkedHashSet<>(query.areas())) {
            AreaNode area = catalog.area(code);
            if (area == null) {
                errors.add(new FieldError("area", AreaService.unknownCode(code)));
            } else if (!areas.contains(area)) {
                areas.add(area);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }

        // One read answers the coverage and, when the months are given, whether they hold demo
        // figures; with default months a second one answers that.
        CrimeStatisticsDimension timeDimension = timeDimensions.isEmpty() ? null : timeDimensions.get(0);
        boolean monthsGiven = from >= 0 && to >= 0 && from <= to;
        CrimeStatisticsQueries.Deliveries deliveries = monthsGiven
                ? queries.deliveries(fetchFrom(from, to, timeDimension), to)
                : queries.deliveries(0, 0);
        Coverage coverage = deliveries.coverage();
        if (to < 0) {
            to = coverage.lastMonth() >= 0 ? coverage.lastMonth() : Months.of(LocalDate.now(STOCKHOLM));
            if (from >= 0 && from > to) {
                to = from;
            }
        }
        if (from < 0) {
            from = to - 11;
        }
        if (from > to) {
            throw new InvalidParameterException("from", "must not be after 'to' (" + Months.format(to) + ")");
        }
        if (to - from >= 600) {
            throw new InvalidParameterException("from", "must be at most 50 years before 'to'");
        }
        boolean byArea = groupBy.contains(CrimeStatisticsDimension.area);
        boolean byCategory = groupBy.contains(CrimeStatisticsDimension.category);
        boolean bySex = groupBy.contains(CrimeStatisticsDimension.sex);
        boolean byAge = groupBy.contains(CrimeStatisticsDimension.ageGroup);
        CrimeStatisticsDimension time = timeDimensions.isEmpty() ? null : timeDimensions.get(0);
        if (categories.isEmpty()) {
            categories.addAll(catalog.topCategories());
        }
        if (areas.isEmpty()) {
            areas.addAll(byArea ? catalog.areas : catalog.roots());
        }

        // The periods and the month ranges every figure of the answer covers.
        Ranges ranges = new Ranges();
        List<Period> periods = new ArrayList<>();
        int length = time == null ? to - from + 1 : time.months();
        if (time == null) {
            periods.add(new Period(null, ranges.id(from, to), from, to));
        } else {
            for (int start = Math.floorDiv(from, length) * length; start <= to; start += length) {
                int a = Math.max(start, from);
                int b = Math.min(start + length - 1, to);
                periods.add(new Period(periodKey(time, start), ranges.id(a, b), a, b));
            }
        }
        int[] previousRange = new int[periods.size()];
        int[] yearEarlierRange = new int[periods.size()];
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            previousRange[p] = ranges.id(period.first() - length, period.last() - length);
            yearEarlierRange[p] = ranges.id(period.first() - 12, period.last() - 12);
        }
        int fetchFrom = fetchFrom(from, to, time);

        int nAreas = byArea ? areas.size() : 1;
        int nCategories = byCategory ? categories.size() : 1;
        int nSex = bySex ? 3 : 1;
        int nAge = byAge ? catalog.ageGroups.size() + 1 : 1;
        long cellCount = (long) nAreas * nCategories * periods.size() * nSex * nAge;
        if (cellCount > config.maxCells()) {
            throw new InvalidParameterException("groupBy", "would give " + cellCount + " cells, more than "
                    + config.maxCells() + ": choose fewer dimensions, categories, areas or months");
        }

        // Sum the figures into (dimensions, range) nodes.
        int nDims = nAreas * nCategories * nSex * nAge;
        int nRanges = ranges.size();
        long[] counts = new long[nDims * nRanges];
        int[][] rangesOfMonth = ranges.byMonth(fetchFrom, to);
        Map<Long, Integer> ageIndex = new HashMap<>();
        for (int i = 0; i < catalog.ageGroups.size(); i++) {
            ageIndex.put(catalog.ageGroups.get(i).id(), i);
        }
        int totalAge = catalog.ageGroups.size();
        int finalFetchFrom = fetchFrom;
        CrimeStatisticsQueries.Sink sink = (month, areaIndex, categoryIndex, sex, ageGroupId, count) -> {
            int s = bySex ? (sex == 'f' ? 0 : sex == 'm' ? 1 : 2) : 0;
            int g = byAge ? (ageGroupId == 0 ? totalAge : ageIndex.getOrDefault(ageGroupId, totalAge)) : 0;
            int dims = ((areaIndex * nCategories + categoryIndex) * nSex + s) * nAge + g;
            for (int r : rangesOfMonth[month - finalFetchFrom]) {
                counts[dims * nRanges + r] += count;
            }
        };
        BitSet[] areaCovers = areas.stream().map(catalog::covers).toArray(BitSet[]::new);
        BitSet[] categoryCovers = categories.stream().map(catalog::covers).toArray(BitSet[]::new);
        boolean areasDisjoint = byArea || disjoint(areaCovers);
        boolean categoriesDisjoint = byCategory || disjoint(categoryCovers);
        if (!bySex && !byAge && areasDisjoint && categoriesDisjoint) {
            long[] areaIds = areas.stream().mapToLong(AreaNode::id).toArray();
            int[] areaIdx = new int[areas.size()];
            for (int i = 0; i < areaIdx.length; i++) {
                areaIdx[i] = byArea ? i : 0;
            }
            long[] categoryIds = categories.stream().mapToLong(Category::id).toArray();
            int[] categoryIdx = new int[categories.size()];
            for (int i = 0; i < categoryIdx.length; i++) {
                categoryIdx[i] = byCategory ? i : 0;
            }
            queries.fromRollup(areaIds, areaIdx, categoryIds, categoryIdx, fetchFrom, to, sink);
        } else {
            IdMap areaMap = idMap(areaCovers, byArea, catalog::areaIds);
            IdMap categoryMap = idMap(categoryCovers, byCategory, catalog::categoryIds);
            queries.fromFacts(areaMap.ids(), areaMap.indexes(), categoryMap.ids(), categoryMap.indexes(), bySex, byAge,
                    fetchFrom, to, sink);
        }

        // Suppression, over every figure of the answer at once.
        byte[] state = new byte[counts.length];
        int threshold = config.suppressionThreshold();
        if (!query.exact()) {
            List<int[]> equations = new ArrayList<>();
            if (byArea) {
                for (int[] parts : totalsAndParts(areaCovers)) {
                    addEquations(equations, parts, 1, nAreas, nCategories * nSex * nAge, nRanges);
                }
            }
            if (byCategory) {
                for (int[] parts : totalsAndParts(categoryCovers)) {
                    addEquations(equations, parts, nAreas, nCategories, nSex * nAge, nRanges);
                }
            }
            state = SmallCountSuppression.decide(counts, equations, threshold);
        }

        // Rates.
        Population population = perInhabitants > 0 ? new Population(queries.population(), catalog) : null;

        // Cells, in area, category, period, sex, age-group order.
        int firstDataMonth = coverage.firstMonth();
        List<CrimeStatisticsCell> cells = new ArrayList<>((int) cellCount);
        for (int a = 0; a < nAreas; a++) {
            for (int c = 0; c < nCategories; c++) {
                for (int p = 0; p < periods.size(); p++) {
                    Period period = periods.get(p);
                    for (int s = 0; s < nSex; s++) {
                        for (int g = 0; g < nAge; g++) {
                            int dims = ((a * nCategories + c) * nSex + s) * nAge + g;
                            BitSet cellAreas = byArea ? areaCovers[a] : union(areaCovers);
                            String sex = bySex ? SEX_CODES[s] : null;
                            String ageGroup = byAge ? (g == totalAge ? "total" : catalog.ageGroups.get(g).code()) : null;
                            int node = dims * nRanges + period.range();
                            long count = counts[node];
                            Long populationCount = null;
                            Integer populationYear = null;
                            Double value = (double) count;
                            if (population != null) {
                                populationYear = population.nearestYear(Months.year(period.last()));
                                populationCount = populationYear == null ? null
                                        : population.of(cellAreas, populationYear, sex, ageGroup);
                                value = rate(count, populationCount, perInhabitants);
                            }
                            boolean suppressed = state[node] != SmallCountSuppression.SHOWN;
                            cells.add(new CrimeStatisticsCell(
                                    byArea ? areas.get(a).code() : null,
                                    byCategory ? categories.get(c).code() : null,
                                    period.key(), sex, ageGroup,
                                    suppressed ? null : count,
                                    suppressed ? null : value,
                                    suppressed, reason(state[node]), populationCount, populationYear,
                                    figure(ranges, time, previousRange[p], dims, nRanges, counts, state, firstDataMonth,
                                            population, cellAreas, sex, ageGroup, perInhabitants),
                                    figure(ranges, time, yearEarlierRange[p], dims, nRanges, counts, state,
                                            firstDataMonth, population, cellAreas, sex, ageGroup, perInhabitants)));
                        }
                    }
                }
            }
        }

        List<CrimeStatisticsArea> areaViews = areas.stream().map(a -> new CrimeStatisticsArea(a.code(), a.name(),
                a.parent() < 0 ? null : catalog.areas.get(a.parent()).code())).toList();
        List<CrimeStatisticsCategory> categoryViews = categories.stream()
                .map(c -> new CrimeStatisticsCategory(c.code(), c.name(), c.group())).toList();
        List<CrimeStatisticsDimension> groupByList = new ArrayList<>(groupBy);
        return new CrimeStatistics(Months.format(from), Months.format(to), measure, groupByList, query.exact(),
                threshold, monthsGiven ? deliveries.demo() : queries.deliveries(fetchFrom, to).demo(), areaViews,
                categoryViews, cells);
    }

    /** The first month an answer reads: its comparisons reach back a period and a year. */
    private static int fetchFrom(int from, int to, CrimeStatisticsDimension time) {
        int length = time == null ? to - from + 1 : time.months();
        return from - Math.max(length, 12);
    }

    private CrimeFigure figure(Ranges ranges, CrimeStatisticsDimension time, int range, int dims, int nRanges,
            long[] counts, byte[] state, int firstDataMonth, Population population, BitSet areas, String sex,
            String ageGroup, double perInhabitants) {
        int first = ranges.first(range);
        int last = ranges.last(range);
        if (firstDataMonth < 0 || first < firstDataMonth) {
            return null;
        }
        int node = dims * nRanges + range;
        long count = counts[node];
        boolean suppressed = state[node] != SmallCountSuppression.SHOWN;
        Double value = (double) count;
        if (population != null) {
            Integer year = population.nearestYear(Months.year(last));
            value = rate(count, year == null ? null : population.of(areas, year, sex, ageGroup), perInhabitants);
        }
        return new CrimeFigure(rangeLabel(time, first, last), suppressed ? null : count, suppressed ? null : value,
                suppressed, reason(state[node]));
    }

    private static Double rate(long count, Long population, double perInhabitants) {
        if (population == null || population == 0) {
            return null;
        }
        return Math.round(count * perInhabitants / population * 100.0) / 100.0;
    }

    private static CrimeSuppressionReason reason(byte state) {
        return switch (state) {
            case SmallCountSuppression.PRIMARY -> CrimeSuppressionReason.smallCount;
            case SmallCountSuppression.SECONDARY -> CrimeSuppressionReason.secondary;
            default -> null;
        };
    }

    private static int parseMonth(String name, String raw, List<FieldError> errors) {
        int month = Months.parse(raw.trim());
        if (month < 0) {
            errors.add(new FieldError(name, "must be a month as YYYY-MM, not '" + raw + "'"));
        }
        return month;
    }

    static String periodKey(CrimeStatisticsDimension time, int start) {
        int year = Months.year(start);
        int month = Months.monthOfYear(start);
        return switch (time) {
            case month -> Months.format(start);
            case quarter -> year + "-Q" + ((month - 1) / 3 + 1);
            case halfYear -> year + "-H" + ((month - 1) / 6 + 1);
            default -> Integer.toString(year);
        };
    }

    /** A period's key when the range is exactly one, otherwise {@code YYYY-MM/YYYY-MM}. */
    static String rangeLabel(CrimeStatisticsDimension time, int first, int last) {
        if (time != null && first % time.months() == 0 && last - first + 1 == time.months()) {
            return periodKey(time, first);
        }
        return first == last ? Months.format(first) : Months.format(first) + "/" + Months.format(last);
    }

    private record Period(String key, int range, int first, int last) {
    }

    /** The distinct month ranges of an answer's figures. */
    private static final class Ranges {
        private final Map<Long, Integer> ids = new LinkedHashMap<>();
        private final List<int[]> list = new ArrayList<>();

        int id(int first, int last) {
            return ids.computeIfAbsent(((long) first << 32) | (last & 0xffffffffL), k -> {
                list.add(new int[] { first, last });
                return list.size() - 1;
            });
        }

        int size() {
            return list.size();
        }

        int first(int range) {
            return list.get(range)[0];
        }

        int last(int range) {
            return list.get(range)[1];
        }

        /** For each month from {@code from} to {@code to}, the ranges it lies in. */
        int[][] byMonth(int from, int to) {
            int[][] result = new int[to - from + 1][];
            for (int m = from; m <= to; m++) {
                List<Integer> in = new ArrayList<>();
                for (int r = 0; r < list.size(); r++) {
                    if (list.get(r)[0] <= m && m <= list.get(r)[1]) {
                        in.add(r);
                    }
                }
                result[m - from] = in.stream().mapToInt(Integer::intValue).toArray();
            }
            return result;
        }
    }

    private record IdMap(long[] ids, int[] indexes) {
    }

    /** Fact ids mapped to the requested item they count for: each id once when not split. */
    private static IdMap idMap(BitSet[] covers, boolean split, java.util.function.Function<BitSet, long[]> ids) {
        List<long[]> idLists = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        if (split) {
            for (int i = 0; i < covers.length; i++) {
                idLists.add(ids.apply(covers[i]));
                indexes.add(i);
            }
        } else {
            idLists.add(ids.apply(union(covers)));
            indexes.add(0);
        }
        int total = idLists.stream().mapToInt(l -> l.length).sum();
        long[] flatIds = new long[total];
        int[] flatIndexes = new int[total];
        int k = 0;
        for (int i = 0; i < idLists.size(); i++) {
            for (long id : idLists.get(i)) {
                flatIds[k] = id;
                flatIndexes[k++] = indexes.get(i);
            }
        }
        return new IdMap(flatIds, flatIndexes);
    }

    private static BitSet union(BitSet[] sets) {
        BitSet all = new BitSet();
        for (BitSet s : sets) {
            all.or(s);
        }
        return all;
    }

    private static boolean disjoint(BitSet[] sets) {
        BitSet seen = new BitSet();
        for (BitSet s : sets) {
            if (seen.intersects(s)) {
                return false;
            }
            seen.or(s);
        }
        return true;
    }

    /**
     * The equations among the requested items of one dimension: item i with the items that
     * make it up. The parts are the largest requested items strictly inside i; when they do not
     * overlap and cover all of i but i itself (figures filed directly under a parent are taken as
     * known), i is their sum. First element the total, then the parts.
     */
    static List<int[]> totalsAndParts(BitSet[] covers) {
        List<int[]> result = new ArrayList<>();
        for (int i = 0; i < covers.length; i++) {
            List<Integer> inside = new ArrayList<>();
            for (int j = 0; j < covers.length; j++) {
                if (j != i && strictSubset(covers[j], covers[i])) {
                    inside.add(j);
                }
            }
            List<Integer> largest = new ArrayList<>();
            for (int j : inside) {
                boolean contained = false;
                for (int k : inside) {
                    if (k != j && strictSubset(covers[j], covers[k])) {
                        contained = true;
                        break;
                    }
                }
                if (!contained) {
                    largest.add(j);
                }
            }
            if (largest.isEmpty()) {
                continue;
            }
            BitSet parts = new BitSet();
            boolean overlapping = false;
            for (int j : largest) {
                overlapping |= parts.intersects(covers[j]);
                parts.or(covers[j]);
            }
            BitSet rest = (BitSet) covers[i].clone();
            rest.andNot(parts);
            if (overlapping || rest.cardinality() > 1) {
                continue;
            }
            int[] equation = new int[largest.size() + 1];
            equation[0] = i;
            for (int k = 0; k < largest.size(); k++) {
                equation[k + 1] = largest.get(k);
            }
            result.add(equation);
        }
        return result;
    }

    private static boolean strictSubset(BitSet a, BitSet b) {
        BitSet extra = (BitSet) a.clone();
        extra.andNot(b);
        return extra.isEmpty() && a.cardinality() < b.cardinality();
    }

    /**
     * Adds one figure equation per combination of the other dimensions and per range. The
     * dimensions key is {@code ((area * nCategories + category) * nSex + sex) * nAge + age}:
     * for the area dimension {@code outer} = 1 and {@code inner} = nCategories * nSex * nAge;
     * for the category dimension {@code outer} = nAreas and {@code inner} = nSex * nAge.
     */
    private static void addEquations(List<int[]> equations, int[] items, int outer, int nItems, int inner,
            int nRanges) {
        for (int o = 0; o < outer; o++) {
            for (int in = 0; in < inner; in++) {
                for (int r = 0; r < nRanges; r++) {
                    int[] figures = new int[items.length];
                    for (int k = 0; k < items.length; k++) {
                        int dims = (o * nItems + items[k]) * inner + in;
                        figures[k] = dims * nRanges + r;
                    }
                    equations.add(figures);
                }
            }
        }
    }

    /** Population by leaf area, year, sex and age group, summed for a cell. */
    private static final class Population {
        private final TreeMap<Integer, Map<Long, long[][]>> byYear = new TreeMap<>();
        private final CrimeCatalog catalog;

        Population(List<PopulationRow> rows, CrimeCatalog catalog) {
            this.catalog = catalog;
            Map<Long, Integer> ageIndex = new HashMap<>();
            for (int i = 0; i < catalog.ageGroups.size(); i++) {
                ageIndex.put(catalog.ageGroups.get(i).id(), i);
            }
            int nAge = catalog.ageGroups.size();
            for (PopulationRow row : rows) {
                AreaNode area = catalog.areaById(row.areaId());
                Integer age = ageIndex.get(row.ageGroupId());
                if (area == null || age == null) {
                    continue;
                }
                long[][] figures = byYear.computeIfAbsent(row.year(), y -> new HashMap<>())
                        .computeIfAbsent(row.areaId(), a -> new long[2][nAge]);
                figures[row.sex() == 'f' ? 0 : 1][age] += row.population();
            }
        }

        /** The year with population figures nearest {@code year} (the later one on a tie). */
        Integer nearestYear(int year) {
            if (byYear.isEmpty()) {
                return null;
            }
            Integer floor = byYear.floorKey(year);
            Integer ceiling = byYear.ceilingKey(year);
            if (floor == null) {
                return ceiling;
            }
            if (ceiling == null) {
                return floor;
            }
            return year - floor < ceiling - year ? floor : ceiling;
        }

        long of(BitSet areas, int year, String sex, String ageGroup) {
            Map<Long, long[][]> figures = byYear.getOrDefault(year, Map.of());
            int ageIdx = -1;
            if (ageGroup != null && !"total".equals(ageGroup)) {
                for (int i = 0; i < catalog.ageGroups.size(); i++) {
                    if (catalog.ageGroups.get(i).code().equals(ageGroup)) {
                        ageIdx = i;
                    }
                }
            }
            long sum = 0;
            for (int a = areas.nextSetBit(0); a >= 0; a = areas.nextSetBit(a + 1)) {
                long[][] f = figures.get(catalog.areas.get(a).id());
                if (f == null) {
                    continue;
                }
                for (int s = 0; s < 2; s++) {
                    if (("female".equals(sex) && s != 0) || ("male".equals(sex) && s != 1)) {
                        continue;
                    }
                    for (int g = 0; g < f[s].length; g++) {
                        if (ageIdx < 0 || ageIdx == g) {
                            sum += f[s][g];
                        }
                    }
                }
            }
            return sum;
        }
    }
}
