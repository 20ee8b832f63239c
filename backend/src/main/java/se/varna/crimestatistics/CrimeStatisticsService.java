package se.varna.crimestatistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
import se.varna.common.caching.DataVersion;
import se.varna.common.deprecation.DeprecatedUse;
import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.Messages;
import se.varna.crimestatistics.CrimeCatalog.AreaNode;
import se.varna.crimestatistics.CrimeCatalog.Category;
import se.varna.crimestatistics.CrimeDtos.CrimeFigure;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsArea;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCategory;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.crimestatistics.CrimeStatisticsQueries.Coverage;
import se.varna.crimestatistics.CrimeStatisticsQueries.PopulationRow;
import se.varna.organisation.OrganisationService;
import se.varna.disclosure.Audience;
import se.varna.disclosure.Disclosure;
import se.varna.disclosure.DisclosureControl;
import se.varna.disclosure.DisclosureControl.PublishedCount;

/**
 * Answers crime-statistics queries in four steps: {@link #select} reads and checks the request,
 * {@link #window} settles its months and periods, {@link #sum} adds the figures up (from the
 * rollup when it can) and {@link #cells} lays out the exact cells with their previous and
 * year-earlier figures. {@link #publish} then hands each figure to the disclosure control for
 * the reader: exact, perturbed or suppressed.
 */
@ApplicationScoped
public class CrimeStatisticsService {

    /**
     * The sex buckets of a split: the police's female and male, {@code notRecorded} for crimes
     * delivered without a sex (stored as {@code t}; named {@code total} before, which read as the
     * sum: {@link CrimeBuckets}), and {@code all}, the real total beside the split.
     */
    static final String[] SEX_CODES = { "female", "male", CrimeBuckets.NOT_RECORDED, CrimeBuckets.ALL };
    private static final int ALL_SEX = 3;
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** The parsed request. Lists hold the raw codes; nulls are defaults. */
    public record Query(String from, String to, List<String> categories, List<String> areas, List<String> groupBy,
            String measure) {
    }

    @Inject
    CrimeCatalogQueries catalogQueries;

    @Inject
    CrimeStatisticsQueries queries;

    @Inject
    CrimeStatisticsConfig config;

    @Inject
    DisclosureControl disclosure;

    @Inject
    OrganisationService organisations;

    @Inject
    DeprecatedUse deprecatedUse;

    @Inject
    DataVersion dataVersion;

    /**
     * The population of the last rate asked, kept while the data version and the catalogue are
     * the same: a rate query read the whole population table each time. Every write to
     * area_population moves the data version on (migration V28_1), so a changed population is
     * read again at the next rate.
     */
    private volatile CachedPopulation cachedPopulation;

    private record CachedPopulation(long version, CrimeCatalog catalog, Population population) {
    }

    /** The answer as the current caller may see it. */
    public CrimeStatistics statistics(Query query) {
        Audience audience = disclosure.audience();
        return publish(answer(query), audience);
    }

    /**
     * The answer as the current caller may see it, its unsplit bucket named as {@code unsplit}
     * asks: {@code notRecorded} (the default) or the deprecated {@code total} ({@link CrimeBuckets}).
     */
    public CrimeStatistics statistics(Query query, String unsplit) {
        boolean legacy = CrimeBuckets.LEGACY_NOT_RECORDED.equals(unsplit);
        if (unsplit != null && !legacy && !CrimeBuckets.NOT_RECORDED.equals(unsplit)) {
            throw new InvalidParameterException("unsplit", Messages.text("field.crime.unsplit", unsplit));
        }
        CrimeStatistics answer = statistics(query);
        if (!legacy) {
            return answer;
        }
        deprecatedUse.used(CrimeBuckets.LEGACY_NAME);
        return CrimeBuckets.legacy(answer);
    }

    /** The exact answer with what publishing it needs: what a report freezes. */
    public CrimeAnswer answer(Query query) {
        CrimeCatalog catalog = catalogQueries.load();
        Selection selection = select(query, catalog);
        Window window = window(selection, catalog);
        Sums sums = sum(selection, window, catalog);
        return cells(selection, window, sums, catalog);
    }

    /** The months the crime statistics cover, and how fresh they are. */
    public CrimeCoverage coverage() {
        return queries.coverage();
    }

    /** Whether a code names a crime category or group. */
    public boolean knowsCategory(String code) {
        return code != null && catalogQueries.load().category(code) != null;
    }

    /**
     * The answer for a reader: each figure published by the disclosure control, rates computed
     * from the published count. A partner's own organisation is found among the sources.
     */
    public CrimeStatistics publish(CrimeAnswer answer, Audience audience) {
        CrimeStatistics exact = answer.exact();
        long ownSource = audience.organisation() == null ? 0
                : organisations.findByCode(audience.organisation()).map(o -> o.id.longValue()).orElse(0L);
        double perInhabitants = perInhabitants(exact.measure());
        List<CrimeStatisticsCell> cells = new ArrayList<>(exact.cells().size());
        boolean allExact = true;
        for (int i = 0; i < exact.cells().size(); i++) {
            CrimeStatisticsCell cell = exact.cells().get(i);
            CrimeAnswer.CellBasis basis = answer.cells().get(i);
            PublishedCount count = publish(cell.count(), basis.figure(), audience, ownSource);
            CrimeFigure previous = publish(cell.previous(), basis.previous(), audience, ownSource, perInhabitants);
            CrimeFigure yearEarlier = publish(cell.yearEarlier(), basis.yearEarlier(), audience, ownSource,
                    perInhabitants);
            allExact &= count.disclosure() == Disclosure.exact && (previous == null
                    || previous.disclosure() == Disclosure.exact)
                    && (yearEarlier == null || yearEarlier.disclosure() == Disclosure.exact);
            boolean suppressed = count.disclosure() == Disclosure.suppressed;
            cells.add(new CrimeStatisticsCell(cell.area(), cell.category(), cell.period(), cell.sex(), cell.ageGroup(),
                    count.count(), value(count, cell.population(), perInhabitants), count.disclosure(), suppressed,
                    suppressed ? CrimeSuppressionReason.smallCount : null, cell.population(), cell.populationYear(),
                    previous, yearEarlier));
        }
        return new CrimeStatistics(exact.from(), exact.to(), exact.measure(), exact.groupBy(), allExact,
                disclosure.threshold(), exact.demo(), exact.areas(), exact.categories(), cells);
    }

    private PublishedCount publish(Long count, CrimeAnswer.FigureBasis basis, Audience audience, long ownSource) {
        boolean own = basis.source() == ownSource && ownSource > 0;
        return disclosure.count(audience, count, own ? 0 : count, basis.key());
    }

    private CrimeFigure publish(CrimeFigure figure, CrimeAnswer.FigureBasis basis, Audience audience, long ownSource,
            double perInhabitants) {
        if (figure == null) {
            return null;
        }
        PublishedCount count = publish(figure.count(), basis, audience, ownSource);
        boolean suppressed = count.disclosure() == Disclosure.suppressed;
        return new CrimeFigure(figure.period(), count.count(), value(count, basis.population(), perInhabitants),
                count.disclosure(), suppressed, suppressed ? CrimeSuppressionReason.smallCount : null);
    }

    private static Double value(PublishedCount count, Long population, double perInhabitants) {
        if (count.count() == null) {
            return null;
        }
        return perInhabitants > 0 ? rate(count.count(), population, perInhabitants) : (double) count.count();
    }

    // ---- 1. the request ------------------------------------------------------------------

    /** A checked request: the months as given (-1 when not), the dimensions, categories and areas. */
    private record Selection(int from, int to, Set<CrimeStatisticsDimension> groupBy, CrimeStatisticsDimension time,
            String measure, List<Category> categories, List<AreaNode> areas) {

        boolean by(CrimeStatisticsDimension dimension) {
            return groupBy.contains(dimension);
        }
    }

    /** Reads the request; every invalid parameter is named at once. */
    private static Selection select(Query query, CrimeCatalog catalog) {
        List<FieldError> errors = new ArrayList<>();
        int from = query.from() == null ? -1 : parseMonth("from", query.from(), errors);
        int to = query.to() == null ? -1 : parseMonth("to", query.to(), errors);
        Set<CrimeStatisticsDimension> groupBy = EnumSet.noneOf(CrimeStatisticsDimension.class);
        for (String raw : query.groupBy()) {
            try {
                groupBy.add(CrimeStatisticsDimension.valueOf(raw));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("groupBy", Messages.text("field.crime.groupBy", raw)));
            }
        }
        List<CrimeStatisticsDimension> times = groupBy.stream().filter(CrimeStatisticsDimension::isTime).toList();
        if (times.size() > 1) {
            errors.add(new FieldError("groupBy", Messages.text("field.crime.oneTime")));
        }
        String measure = query.measure() == null || query.measure().isBlank() ? "count" : query.measure().trim();
        if (perInhabitants(measure) < 0) {
            errors.add(new FieldError("measure", Messages.text("field.crime.measure", measure)));
        }
        List<Category> categories = new ArrayList<>();
        for (String code : new LinkedHashSet<>(query.categories())) {
            Category category = catalog.category(code);
            if (category == null) {
                errors.add(new FieldError("category", Messages.text("field.crime.category", code)));
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
        if (categories.isEmpty()) {
            categories.addAll(catalog.topCategories());
        }
        if (areas.isEmpty()) {
            areas.addAll(groupBy.contains(CrimeStatisticsDimension.area) ? catalog.areas : catalog.roots());
        }
        return new Selection(from, to, groupBy, times.isEmpty() ? null : times.get(0), measure, categories, areas);
    }

    /** 0 for counts, the inhabitants a rate is per, -1 for an unknown measure. */
    private static double perInhabitants(String measure) {
        return switch (measure) {
            case "count" -> 0;
            case "ratePer1000" -> 1_000;
            case "ratePer100k" -> 100_000;
            default -> -1;
        };
    }

    // ---- 2. months and periods -----------------------------------------------------------

    /**
     * The months of the answer (defaults: the 12 months up to the last one delivered), its
     * periods, the month ranges of every figure (each period's, its previous one's and the one
     * a year earlier), whether they hold demo figures, and the first month with figures.
     */
    private record Window(int from, int to, CrimeStatisticsDimension time, List<Period> periods, Ranges ranges,
            int[] previousRange, int[] yearEarlierRange, int fetchFrom, boolean demo, int firstDataMonth) {
    }

    private Window window(Selection selection, CrimeCatalog catalog) {
        int from = selection.from();
        int to = selection.to();
        CrimeStatisticsDimension time = selection.time();
        // One read answers the coverage and, when the months are given, whether they hold demo
        // figures; with default months a second one answers that.
        boolean monthsGiven = from >= 0 && to >= 0 && from <= to;
        CrimeStatisticsQueries.Deliveries deliveries = monthsGiven
                ? queries.deliveries(fetchFrom(from, to, time), to)
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
            throw new InvalidParameterException("from", Messages.text("field.crime.afterTo", Months.format(to)));
        }
        if (to - from >= 600) {
            throw new InvalidParameterException("from", Messages.text("field.crime.fiftyYears"));
        }

        Ranges ranges = new Ranges();
        List<Period> periods = new ArrayList<>();
        int length = time == null ? to - from + 1 : time.months();
        if (time == null) {
            periods.add(new Period(null, ranges.id(from, to), from, to));
        } else {
            for (int start = Math.floorDiv(from, length) * length; start <= to; start += length) {
                periods.add(new Period(periodKey(time, start), ranges.id(Math.max(start, from),
                        Math.min(start + length - 1, to)), Math.max(start, from), Math.min(start + length - 1, to)));
            }
        }
        int[] previousRange = new int[periods.size()];
        int[] yearEarlierRange = new int[periods.size()];
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            previousRange[p] = ranges.id(period.first() - length, period.last() - length);
            yearEarlierRange[p] = ranges.id(period.first() - 12, period.last() - 12);
        }

        long cellCount = (long) (selection.by(CrimeStatisticsDimension.area) ? selection.areas().size() : 1)
                * (selection.by(CrimeStatisticsDimension.category) ? selection.categories().size() : 1)
                * periods.size() * (selection.by(CrimeStatisticsDimension.sex) ? SEX_CODES.length : 1)
                * (selection.by(CrimeStatisticsDimension.ageGroup) ? catalog.ageGroups.size() + 2 : 1);
        if (cellCount > config.maxCells()) {
            throw new InvalidParameterException("groupBy", Messages.text("field.crime.tooManyCells",
                    String.valueOf(cellCount), String.valueOf(config.maxCells())));
        }
        int fetchFrom = fetchFrom(from, to, time);
        boolean demo = monthsGiven ? deliveries.demo() : queries.deliveries(fetchFrom, to).demo();
        return new Window(from, to, time, periods, ranges, previousRange, yearEarlierRange, fetchFrom, demo,
                coverage.firstMonth());
    }

    // ---- 3. the sums ---------------------------------------------------------------------

    /**
     * The figures summed into (dimensions, range) nodes: per node the count, the sum of the
     * record keys (modulo 2^32) and the smallest and largest delivering organisation. The
     * dimensions key is {@code ((area * nCategories + category) * nSex + sex) * nAge + age}.
     */
    private static final class Sums {
        final int nAreas;
        final int nCategories;
        final int nSex;
        final int nAge;
        final int nRanges;
        final long[] counts;
        final int[] keys;
        final long[] minSource;
        final long[] maxSource;
        final BitSet[] areaCovers;

        Sums(Selection selection, Window window, CrimeCatalog catalog, BitSet[] areaCovers) {
            nAreas = selection.by(CrimeStatisticsDimension.area) ? selection.areas().size() : 1;
            nCategories = selection.by(CrimeStatisticsDimension.category) ? selection.categories().size() : 1;
            nSex = selection.by(CrimeStatisticsDimension.sex) ? SEX_CODES.length : 1;
            // the age groups, then not recorded, then all
            nAge = selection.by(CrimeStatisticsDimension.ageGroup) ? catalog.ageGroups.size() + 2 : 1;
            nRanges = window.ranges().size();
            int nodes = nAreas * nCategories * nSex * nAge * nRanges;
            counts = new long[nodes];
            keys = new int[nodes];
            minSource = new long[nodes];
            maxSource = new long[nodes];
            this.areaCovers = areaCovers;
        }

        int dims(int area, int category, int sex, int age) {
            return ((area * nCategories + category) * nSex + sex) * nAge + age;
        }

        void add(int node, long count, long keySum, long min, long max) {
            counts[node] += count;
            keys[node] += (int) keySum;
            minSource[node] = minSource[node] == 0 ? min : Math.min(minSource[node], min);
            maxSource[node] = Math.max(maxSource[node], max);
        }

        /** The only organisation that delivered to the node; 0 when none, -1 when several. */
        long source(int node) {
            return minSource[node] == maxSource[node] ? minSource[node] : -1;
        }
    }

    private Sums sum(Selection selection, Window window, CrimeCatalog catalog) {
        boolean byArea = selection.by(CrimeStatisticsDimension.area);
        boolean byCategory = selection.by(CrimeStatisticsDimension.category);
        boolean bySex = selection.by(CrimeStatisticsDimension.sex);
        boolean byAge = selection.by(CrimeStatisticsDimension.ageGroup);
        List<AreaNode> areas = selection.areas();
        List<Category> categories = selection.categories();
        BitSet[] areaCovers = areas.stream().map(catalog::covers).toArray(BitSet[]::new);
        BitSet[] categoryCovers = categories.stream().map(catalog::covers).toArray(BitSet[]::new);
        Sums sums = new Sums(selection, window, catalog, areaCovers);

        int[][] rangesOfMonth = window.ranges().byMonth(window.fetchFrom(), window.to());
        Map<Long, Integer> ageIndex = new HashMap<>();
        for (int i = 0; i < catalog.ageGroups.size(); i++) {
            ageIndex.put(catalog.ageGroups.get(i).id(), i);
        }
        int totalAge = catalog.ageGroups.size();
        int fetchFrom = window.fetchFrom();
        CrimeStatisticsQueries.Sink sink = (month, areaIndex, categoryIndex, sex, ageGroupId, count, keys, min,
                max) -> {
            int s = bySex ? (sex == 'f' ? 0 : sex == 'm' ? 1 : 2) : 0;
            int g = byAge ? (ageGroupId == 0 ? totalAge : ageIndex.getOrDefault(ageGroupId, totalAge)) : 0;
            // each fact counts in its own bucket and in the "all" bucket of every split dimension
            for (int ss : bySex ? new int[] { s, ALL_SEX } : new int[] { s }) {
                for (int gg : byAge ? new int[] { g, totalAge + 1 } : new int[] { g }) {
                    int dims = sums.dims(areaIndex, categoryIndex, ss, gg);
                    for (int r : rangesOfMonth[month - fetchFrom]) {
                        sums.add(dims * sums.nRanges + r, count, keys, min, max);
                    }
                }
            }
        };
        boolean areasDisjoint = byArea || disjoint(areaCovers);
        boolean categoriesDisjoint = byCategory || disjoint(categoryCovers);
        if (!bySex && !byAge && areasDisjoint && categoriesDisjoint) {
            queries.fromRollup(areas.stream().mapToLong(AreaNode::id).toArray(), indexes(areas.size(), byArea),
                    categories.stream().mapToLong(Category::id).toArray(), indexes(categories.size(), byCategory),
                    runStarts(rangesOfMonth, fetchFrom), window.to(), sink);
        } else {
            IdMap areaMap = idMap(areaCovers, byArea, catalog::areaIds);
            IdMap categoryMap = idMap(categoryCovers, byCategory, catalog::categoryIds);
            queries.fromFacts(areaMap.ids(), areaMap.indexes(), categoryMap.ids(), categoryMap.indexes(), bySex, byAge,
                    fetchFrom, window.to(), sink);
        }
        return sums;
    }

    /**
     * The first month of each run of months that count in the same ranges, from {@code from}:
     * the rollup sums each run in the database, as the sink would add its months one by one.
     */
    private static int[] runStarts(int[][] rangesOfMonth, int from) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < rangesOfMonth.length; i++) {
            if (i == 0 || !Arrays.equals(rangesOfMonth[i], rangesOfMonth[i - 1])) {
                starts.add(from + i);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Each requested item's index: its own when split, 0 (summed) when not. */
    private static int[] indexes(int n, boolean split) {
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = split ? i : 0;
        }
        return result;
    }

    // ---- 4. the cells --------------------------------------------------------------------

    /** The exact cells, in area, category, period, sex, age-group order, each with its basis. */
    private CrimeAnswer cells(Selection selection, Window window, Sums sums, CrimeCatalog catalog) {
        double perInhabitants = perInhabitants(selection.measure());
        Population population = perInhabitants > 0 ? population(catalog) : null;
        boolean byArea = selection.by(CrimeStatisticsDimension.area);
        int totalAge = catalog.ageGroups.size();
        BitSet allAreas = union(sums.areaCovers);
        List<CrimeStatisticsCell> cells = new ArrayList<>();
        List<CrimeAnswer.CellBasis> bases = new ArrayList<>();
        for (int a = 0; a < sums.nAreas; a++) {
            for (int c = 0; c < sums.nCategories; c++) {
                for (int p = 0; p < window.periods().size(); p++) {
                    Period period = window.periods().get(p);
                    for (int s = 0; s < sums.nSex; s++) {
                        for (int g = 0; g < sums.nAge; g++) {
                            int dims = sums.dims(a, c, s, g);
                            Figure figure = new Figure(dims, byArea ? sums.areaCovers[a] : allAreas,
                                    selection.by(CrimeStatisticsDimension.sex) ? SEX_CODES[s] : null,
                                    selection.by(CrimeStatisticsDimension.ageGroup)
                                            ? (g == totalAge ? CrimeBuckets.NOT_RECORDED
                                                    : g == totalAge + 1 ? CrimeBuckets.ALL
                                                    : catalog.ageGroups.get(g).code())
                                            : null);
                            CrimeAnswer.FigureBasis own = basis(sums, window, figure, period.range(), population,
                                    perInhabitants);
                            long count = sums.counts[dims * sums.nRanges + period.range()];
                            Integer populationYear = population == null ? null
                                    : population.nearestYear(Months.year(period.last()));
                            CrimeFigure previous = figure(sums, window, figure, window.previousRange()[p], population,
                                    perInhabitants);
                            CrimeFigure yearEarlier = figure(sums, window, figure, window.yearEarlierRange()[p],
                                    population, perInhabitants);
                            cells.add(new CrimeStatisticsCell(
                                    byArea ? selection.areas().get(a).code() : null,
                                    selection.by(CrimeStatisticsDimension.category)
                                            ? selection.categories().get(c).code()
                                            : null,
                                    period.key(), figure.sex(), figure.ageGroup(), count,
                                    perInhabitants > 0 ? rate(count, own.population(), perInhabitants) : (double) count,
                                    Disclosure.exact, false, null, own.population(), populationYear, previous,
                                    yearEarlier));
                            bases.add(new CrimeAnswer.CellBasis(own,
                                    previous == null ? null
                                            : basis(sums, window, figure, window.previousRange()[p], population,
                                                    perInhabitants),
                                    yearEarlier == null ? null
                                            : basis(sums, window, figure, window.yearEarlierRange()[p], population,
                                                    perInhabitants)));
                        }
                    }
                }
            }
        }
        List<CrimeStatisticsArea> areaViews = selection.areas().stream().map(a -> new CrimeStatisticsArea(a.code(),
                a.name(), a.parent() < 0 ? null : catalog.areas.get(a.parent()).code())).toList();
        List<CrimeStatisticsCategory> categoryViews = selection.categories().stream()
                .map(c -> new CrimeStatisticsCategory(c.code(), c.name(), c.group())).toList();
        CrimeStatistics exact = new CrimeStatistics(Months.format(window.from()), Months.format(window.to()),
                selection.measure(), new ArrayList<>(selection.groupBy()), true, disclosure.threshold(),
                window.demo(), areaViews, categoryViews, cells);
        return new CrimeAnswer(exact, bases);
    }

    /** The dimensions of one cell: its node key, the areas it counts, its sex and age group (null when not split). */
    private record Figure(int dims, BitSet areas, String sex, String ageGroup) {
    }

    private static CrimeAnswer.FigureBasis basis(Sums sums, Window window, Figure figure, int range,
            Population population, double perInhabitants) {
        int node = figure.dims() * sums.nRanges + range;
        Long inhabitants = null;
        if (population != null) {
            Integer year = population.nearestYear(Months.year(window.ranges().last(range)));
            inhabitants = year == null ? null : population.of(figure.areas(), year, figure.sex(), figure.ageGroup());
        }
        return new CrimeAnswer.FigureBasis(sums.keys[node], sums.source(node), perInhabitants > 0 ? inhabitants : null);
    }

    /** The exact figure of another range (previous, a year earlier); null before the first month with figures. */
    private CrimeFigure figure(Sums sums, Window window, Figure figure, int range, Population population,
            double perInhabitants) {
        int first = window.ranges().first(range);
        int last = window.ranges().last(range);
        if (window.firstDataMonth() < 0 || first < window.firstDataMonth()) {
            return null;
        }
        long count = sums.counts[figure.dims() * sums.nRanges + range];
        Double value = (double) count;
        if (population != null) {
            value = rate(count, basis(sums, window, figure, range, population, perInhabitants).population(),
                    perInhabitants);
        }
        return new CrimeFigure(rangeLabel(window.time(), first, last), count, value,
                Disclosure.exact, false, null);
    }

    /** The first month an answer reads: its comparisons reach back a period and a year. */
    private static int fetchFrom(int from, int to, CrimeStatisticsDimension time) {
        int length = time == null ? to - from + 1 : time.months();
        return from - Math.max(length, 12);
    }

    private static Double rate(long count, Long population, double perInhabitants) {
        if (population == null || population == 0) {
            return null;
        }
        return Math.round(count * perInhabitants / population * 100.0) / 100.0;
    }

    private static int parseMonth(String name, String raw, List<FieldError> errors) {
        int month = Months.parse(raw.trim());
        if (month < 0) {
            errors.add(new FieldError(name, Messages.text("field.crime.month", raw)));
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

    /** Population by leaf area, year, sex and age group, summed for a cell. */
    /** The population table as {@link Population}, read again only when the data or the catalogue changed. */
    private Population population(CrimeCatalog catalog) {
        // The version is read before the rows: a write committing in between makes the next
        // request see a newer version and read them again, never keep older rows as newer.
        long version = dataVersion.current();
        CachedPopulation cached = cachedPopulation;
        if (cached != null && cached.version() == version && cached.catalog() == catalog) {
            return cached.population();
        }
        Population population = new Population(queries.population(), catalog);
        cachedPopulation = new CachedPopulation(version, catalog, population);
        return population;
    }

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

        /**
         * The year whose population a rate of {@code year} uses: its own, or the latest earlier
         * year with figures (this year's population is published the next spring, so the latest
         * months use last year's); the first year with figures for years before it. The answer's
         * {@code populationYear} says which.
         */
        Integer nearestYear(int year) {
            if (byYear.isEmpty()) {
                return null;
            }
            Integer floor = byYear.floorKey(year);
            return floor != null ? floor : byYear.ceilingKey(year);
        }

        long of(BitSet areas, int year, String sex, String ageGroup) {
            Map<Long, long[][]> figures = byYear.getOrDefault(year, Map.of());
            int ageIdx = -1;
            // not recorded and all count everyone's population, as the unsplit figure does
            if (ageGroup != null && !CrimeBuckets.NOT_RECORDED.equals(ageGroup) && !CrimeBuckets.ALL.equals(ageGroup)) {
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
