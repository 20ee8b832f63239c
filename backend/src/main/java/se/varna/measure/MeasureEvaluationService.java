package se.varna.measure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.varna.area.Area;
import se.varna.area.AreaDtos.AreaSummary;
import se.varna.area.AreaService;
import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.Messages;
import se.varna.common.Municipality;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageRequest;
import se.varna.common.PreconditionProblem;
import se.varna.common.document.DocumentChange;
import se.varna.common.document.DocumentKind;
import se.varna.common.document.Lifecycle;
import se.varna.common.document.VersionedDocuments;
import se.varna.crimestatistics.CrimeAnswer;
import se.varna.crimestatistics.CrimeCoverage;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.crimestatistics.CrimeStatisticsService;
import se.varna.disclosure.Audience;
import se.varna.disclosure.Disclosure;
import se.varna.disclosure.DisclosureControl;
import se.varna.indicator.Indicator;
import se.varna.measure.EffectEstimator.Cell;
import se.varna.measure.EffectEstimator.Estimate;
import se.varna.measure.EvaluationDtos.EstimateView;
import se.varna.measure.EvaluationDtos.EvaluationInput;
import se.varna.measure.EvaluationDtos.EvaluationSummary;
import se.varna.measure.EvaluationDtos.EvaluationView;
import se.varna.measure.EvaluationDtos.FigureView;
import se.varna.measure.EvaluationDtos.HistoryEntryView;
import se.varna.measure.EvaluationDtos.HistoryPage;
import se.varna.measure.EvaluationDtos.OutcomeView;
import se.varna.measure.EvaluationDtos.PointView;
import se.varna.measure.EvaluationDtos.Reason;
import se.varna.measure.EvaluationDtos.ResultView;
import se.varna.measure.EvaluationDtos.SuggestionPage;
import se.varna.measure.EvaluationDtos.SuggestionView;
import se.varna.measure.MeasureEvaluation.OutcomeKind;

/**
 * A measure's effect follow-up: who may declare and change its design (the measure's own
 * rule), what a valid design is, when it freezes, and what it shows: the monthly series of
 * target against comparison districts and the difference-in-differences estimate
 * ({@link EffectEstimator}), each published for the reader by the crime statistics' disclosure
 * control. Versions, If-Match and history are {@link VersionedDocuments}'.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeasureEvaluationService {

    /** Each group (target, comparison) needs this many events before and after for an estimate. */
    static final int MINIMUM_EVENTS = 10;

    static final DocumentKind KIND = DocumentKind.measureEvaluation;

    @Inject
    MeasureService measures;

    @Inject
    VersionedDocuments documents;

    @Inject
    Lifecycle lifecycle;

    @Inject
    AreaService areas;

    @Inject
    CrimeStatisticsService crime;

    @Inject
    DisclosureControl disclosure;

    @Inject
    Municipality municipality;

    @Inject
    EvaluationQueries queries;

    /** A written design, and whether the write created it. */
    public record Written(EvaluationView view, boolean created) {
    }

    // ---- reading -------------------------------------------------------------------------

    /** The measure's evaluation as the caller may see it; 404 when the measure is not visible or has none. */
    public EvaluationView find(long measureId) {
        Measure m = measures.visibleOrThrow(measureId);
        Audience audience = disclosure.audience();
        MeasureEvaluation e = of(m).orElseThrow(() -> new NotFoundProblem("measureEvaluation", measureId));
        return view(e, audience);
    }

    public HistoryPage history(long measureId, PageRequest page) {
        Measure m = measures.visibleOrThrow(measureId);
        MeasureEvaluation e = of(m).orElseThrow(() -> new NotFoundProblem("measureEvaluation", measureId));
        return documents.history(KIND, e.id, page, MeasureEvaluationService::entry, HistoryPage::new);
    }

    /**
     * The estimate of a measure's evaluation in words, for one audience (the status report's
     * reader): empty when the measure has no evaluation or is not published to a reader without
     * exact figures.
     */
    public Optional<EvaluationSummary> summaryFor(long measureId, Audience audience) {
        Measure m = Measure.findById(measureId);
        if (m == null || (!audience.exact() && !m.published)) {
            return Optional.empty();
        }
        return of(m).map(e -> summary(m, e, audience));
    }

    /**
     * The estimates in words of every measure whose intervention started by {@code until}, by
     * the measure's title, for one audience (the status report's reader): a reader without
     * exact figures gets published measures only, each as {@link #summaryFor} gives it (the
     * designs and their measures read in one query, not once more per measure).
     */
    public List<EvaluationSummary> summaries(LocalDate until, Audience audience) {
        List<MeasureEvaluation> designs = MeasureEvaluation.<MeasureEvaluation>find(
                "select e from MeasureEvaluation e join fetch e.measure m where e.interventionStart <= ?1 "
                        + "order by m.title, m.id", until).list();
        return designs.stream().filter(e -> audience.exact() || e.measure.published)
                .map(e -> summary(e.measure, e, audience)).toList();
    }

    private EvaluationSummary summary(Measure m, MeasureEvaluation e, Audience audience) {
        ResultView result = result(e, audience);
        OutcomeView outcome = outcome(e);
        String sentence = result.estimate() != null ? result.estimate().sentence() : result.reason();
        return new EvaluationSummary(m.id, m.title, outcome.code(), outcome.name(), e.retrospective,
                result.estimate(), result.insufficientData(), sentence);
    }

    private static Optional<MeasureEvaluation> of(Measure m) {
        return MeasureEvaluation.<MeasureEvaluation>find("measure", m).firstResultOptional();
    }

    // ---- writing -------------------------------------------------------------------------

    /**
     * Declares or changes a measure's design. In order: the measure exists (404), the caller
     * may change it (403); a first design needs no If-Match (naming a version is 412, there is
     * none), a change needs the current one (428, 412); a frozen design is not changed (409);
     * the design holds together (400).
     */
    @Transactional
    public Written put(long measureId, String ifMatch, EvaluationInput input) {
        Measure m = Measure.findById(measureId);
        if (m == null) {
            throw new NotFoundProblem("measure", measureId);
        }
        measures.mayChange(m);
        Optional<MeasureEvaluation> existing = of(m);
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw PreconditionProblem.failed(KIND);
            }
            MeasureEvaluation e = new MeasureEvaluation();
            e.measure = m;
            e.municipality = municipality.code();
            apply(e, m, input);
            documents.create(KIND, e, MeasureEvaluationService::snapshot);
            return new Written(view(e, disclosure.audience()), true);
        }
        MeasureEvaluation e = existing.get();
        documents.requireIfMatch(KIND, e, ifMatch);
        lifecycle.requireDraft(KIND, e);
        Design design = design(m, input);
        documents.change(KIND, e, VersionedDocuments.UPDATED, null, () -> snapshot(e), () -> write(e, design));
        return new Written(view(e, disclosure.audience()), false);
    }

    /** A checked design: what {@link #write} stores. */
    private record Design(OutcomeKind kind, String code, Set<Area> targets, Set<Area> comparisons, YearMonth start,
            int monthsBefore, int monthsAfter) {
    }

    private void apply(MeasureEvaluation e, Measure m, EvaluationInput input) {
        write(e, design(m, input));
    }

    /** The input as a design when it holds together; otherwise 400 naming every field that does not. */
    private Design design(Measure m, EvaluationInput input) {
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        String code = input.outcome().code().trim();
        String canonical = null;
        if (input.outcome().kind() == OutcomeKind.crimeCategory) {
            if (crime.knowsCategory(code)) {
                canonical = code;
            } else {
                errors.add(new FieldError("outcome.code", Messages.text("field.evaluation.outcome",
                        Messages.text("evaluation.thing.crimeCategory"), code)));
            }
        } else {
            Indicator indicator = Indicator.find("code", code).firstResult();
            if (indicator != null) {
                canonical = indicator.code;
            } else {
                errors.add(new FieldError("outcome.code", Messages.text("field.evaluation.outcome",
                        Messages.text("thing.indicator.code"), code)));
            }
        }
        YearMonth start = null;
        try {
            start = YearMonth.parse(input.interventionStart().trim());
        } catch (DateTimeParseException ex) {
            errors.add(new FieldError("interventionStart", Messages.text("field.evaluation.month",
                    input.interventionStart())));
        }
        List<String> targetCodes = input.targetDistricts() == null || input.targetDistricts().isEmpty()
                ? m.districts.stream().map(a -> a.code).sorted().toList()
                : input.targetDistricts();
        Set<Area> targets = Set.of();
        if (targetCodes.isEmpty()) {
            errors.add(new FieldError("targetDistricts", Messages.text("field.evaluation.noTargets")));
        } else {
            targets = districts(targetCodes, "targetDistricts", errors);
        }
        Set<Area> comparisons = districts(input.comparisonDistricts(), "comparisonDistricts", errors);
        for (int i = 0; i < input.comparisonDistricts().size(); i++) {
            String c = input.comparisonDistricts().get(i);
            for (Area t : targets) {
                if (t.code.equalsIgnoreCase(c.strip())) {
                    errors.add(new FieldError("comparisonDistricts[" + i + "]",
                            Messages.text("field.evaluation.overlap", t.code)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        return new Design(input.outcome().kind(), canonical, targets, comparisons, start, input.monthsBefore(),
                input.monthsAfter());
    }

    /** The districts the codes name; an error at {@code field[i]} for an unknown code or the municipality itself. */
    private Set<Area> districts(List<String> codes, String field, List<FieldError> errors) {
        Set<Area> found = areas.requireByCodes(codes, field, errors);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).strip();
            for (Area a : found) {
                if (a.code.equalsIgnoreCase(code) && a.parentId == null) {
                    errors.add(new FieldError(field + "[" + i + "]", Messages.text("field.evaluation.notDistrict", a.code)));
                }
            }
        }
        return found;
    }

    private static void write(MeasureEvaluation e, Design d) {
        e.outcomeKind = d.kind();
        e.outcomeCode = d.code();
        e.targetDistricts.retainAll(d.targets());
        e.targetDistricts.addAll(d.targets());
        e.comparisonDistricts.retainAll(d.comparisons());
        e.comparisonDistricts.addAll(d.comparisons());
        e.interventionStart = d.start().atDay(1);
        e.monthsBefore = d.monthsBefore();
        e.monthsAfter = d.monthsAfter();
        // registered (or moved) to a start that has begun: an efterhandsbedömning, frozen at once
        e.retrospective = MeasureEvaluation.begun(d.start());
    }

    // ---- the result ----------------------------------------------------------------------

    /** The crime category the outcome counts: its own, or a computed indicator's; null for a recorded indicator. */
    private static String category(MeasureEvaluation e) {
        if (e.outcomeKind == OutcomeKind.crimeCategory) {
            return e.outcomeCode;
        }
        Indicator indicator = Indicator.find("code", e.outcomeCode).firstResult();
        return indicator == null ? null : indicator.crimeCategory;
    }

    /**
     * What the design shows the audience now: the before and after months the crime statistics
     * cover, per month the target and comparison districts' counts and rates as the disclosure
     * control publishes them, and the estimate from the exact counts per district. For a reader
     * without exact figures both are withheld unless every monthly count they are built from (of
     * the target and of the comparison districts) is at least the disclosure threshold.
     */
    ResultView result(MeasureEvaluation e, Audience audience) {
        YearMonth start = e.start();
        YearMonth from = start.minusMonths(e.monthsBefore);
        YearMonth to = start.plusMonths(e.monthsAfter - 1L);
        String category = category(e);
        if (category == null) {
            return none(Reason.notCounts, null, null, List.of(), false);
        }
        CrimeCoverage coverage = crime.coverage();
        if (coverage.first() == null) {
            return none(Reason.noData, null, null, List.of(), false);
        }
        YearMonth first = from.isBefore(coverage.first()) ? coverage.first() : from;
        YearMonth last = to.isAfter(coverage.last()) ? coverage.last() : to;
        if (last.isBefore(first)) {
            return none(Reason.noData, null, null, List.of(), false);
        }
        List<Area> targets = sorted(e.targetDistricts);
        List<Area> comparisons = sorted(e.comparisonDistricts);
        CrimeAnswer targetAnswer = crime.answer(query(first, last, category, targets, false));
        CrimeAnswer comparisonAnswer = crime.answer(query(first, last, category, comparisons, false));
        CrimeStatistics target = crime.publish(targetAnswer, audience);
        CrimeStatistics comparison = crime.publish(comparisonAnswer, audience);
        // the exact group counts, for the minimum of events and the disclosure rule
        CrimeStatistics exactTarget = targetAnswer.exact();
        CrimeStatistics exactComparison = comparisonAnswer.exact();

        int months = (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
        boolean[] after = new boolean[months];
        List<PointView> series = new ArrayList<>(months);
        long[] events = new long[4]; // target before, target after, comparison before, comparison after
        boolean publishable = true;
        int threshold = disclosure.threshold();
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            after[i] = !month.isBefore(start);
            CrimeStatisticsCell t = target.cells().get(i);
            CrimeStatisticsCell c = comparison.cells().get(i);
            long exactT = exactTarget.cells().get(i).count();
            long exactC = exactComparison.cells().get(i).count();
            events[after[i] ? 1 : 0] += exactT;
            events[after[i] ? 3 : 2] += exactC;
            if (!audience.exact() && (exactT < threshold || exactC < threshold
                    || t.disclosure() == Disclosure.suppressed || c.disclosure() == Disclosure.suppressed)) {
                publishable = false;
            }
            series.add(new PointView(month.toString(), after[i], figure(t), figure(c)));
        }
        String fromText = first.toString();
        String toText = last.toString();
        if (!publishable) {
            return none(Reason.disclosure, fromText, toText, List.of(), true);
        }
        boolean anyAfter = after[months - 1];
        if (!anyAfter) {
            return none(MeasureEvaluation.begun(start) ? Reason.noData : Reason.notStarted, fromText, toText, series,
                    false);
        }
        if (events[0] < MINIMUM_EVENTS || events[1] < MINIMUM_EVENTS
                || events[2] < MINIMUM_EVENTS || events[3] < MINIMUM_EVENTS) {
            return new ResultView(EvaluationDtos.MODEL, null, Reason.fewEvents,
                    Messages.text("evaluation.reason.fewEvents", MINIMUM_EVENTS, events[0], events[1], events[2],
                            events[3]),
                    fromText, toText, series, false, MINIMUM_EVENTS);
        }

        // the model's cells: exact counts per district and month, with the district's population
        List<Area> all = new ArrayList<>(targets);
        all.addAll(comparisons);
        CrimeStatistics byDistrict = crime.answer(query(first, last, category, all, true)).exact();
        Map<String, Integer> index = new HashMap<>();
        boolean[] isTarget = new boolean[all.size()];
        for (int d = 0; d < all.size(); d++) {
            index.put(all.get(d).code, d);
            isTarget[d] = d < targets.size();
        }
        List<Cell> cells = new ArrayList<>(byDistrict.cells().size());
        for (CrimeStatisticsCell cell : byDistrict.cells()) {
            Integer d = index.get(cell.area());
            if (d == null) {
                continue;
            }
            if (cell.population() == null || cell.population() <= 0) {
                return none(Reason.noPopulation, fromText, toText, series, false);
            }
            YearMonth month = YearMonth.parse(cell.period());
            int m = (int) (month.getYear() * 12L + month.getMonthValue() - first.getYear() * 12L
                    - first.getMonthValue());
            cells.add(new Cell(d, m, cell.count(), cell.population()));
        }
        Estimate estimate = EffectEstimator.estimate(cells, isTarget, after);
        if (estimate == null) {
            return none(Reason.noConvergence, fromText, toText, series, false);
        }
        return new ResultView(EvaluationDtos.MODEL, view(estimate, audience), null, null, fromText, toText, series,
                false, MINIMUM_EVENTS);
    }

    private static CrimeStatisticsService.Query query(YearMonth first, YearMonth last, String category,
            List<Area> districts, boolean byDistrict) {
        return new CrimeStatisticsService.Query(first.toString(), last.toString(), List.of(category),
                districts.stream().map(a -> a.code).toList(), byDistrict ? List.of("month", "area") : List.of("month"),
                "ratePer1000");
    }

    private static FigureView figure(CrimeStatisticsCell cell) {
        return new FigureView(cell.count(), cell.value(), cell.disclosure());
    }

    private static ResultView none(Reason reason, String from, String to, List<PointView> series, boolean withheld) {
        return new ResultView(EvaluationDtos.MODEL, null, reason, Messages.text("evaluation.reason." + reason.name()),
                from, to, series, withheld, MINIMUM_EVENTS);
    }

    /** The estimate for the audience: readers without exact figures get whole percent and no model internals. */
    static EstimateView view(Estimate e, Audience audience) {
        double scale = audience.exact() ? 10_000 : 100;
        double relative = Math.round(e.relativeChange() * scale) / scale;
        double lower = Math.round(e.lower() * scale) / scale;
        double upper = Math.round(e.upper() * scale) / scale;
        boolean exact = audience.exact();
        return new EstimateView(relative, lower, upper, exact ? e.coefficient() : null,
                exact ? e.standardError() : null, exact ? e.dispersion() : null, e.includesNoChange(),
                sentence(e.relativeChange(), e.lower(), e.upper()));
    }

    /** "minskning med 18 % (95 % intervall 9–26 %) jämfört med jämförelseområdena", in the reader's language. */
    static String sentence(double relative, double lower, double upper) {
        if (upper < 0) {
            return Messages.text("evaluation.estimate.decrease", percent(-relative), percent(-upper), percent(-lower));
        }
        if (lower > 0) {
            return Messages.text("evaluation.estimate.increase", percent(relative), percent(lower), percent(upper));
        }
        return Messages.text("evaluation.estimate.uncertain", signed(relative), signed(lower), signed(upper));
    }

    private static String percent(double share) {
        return Long.toString(Math.round(share * 100));
    }

    private static String signed(double share) {
        long p = Math.round(share * 100);
        return p < 0 ? "\u2212" + (-p) : p > 0 ? "+" + p : "0";
    }

    // ---- suggested comparison districts --------------------------------------------------

    /**
     * The districts whose before window is most like the target districts': the mean monthly
     * rate per 1 000 inhabitants (level) and its linear trend, each difference measured in
     * standard deviations of all candidate districts, summed; smallest first.
     */
    public SuggestionPage suggest(long measureId, String category, String interventionStart, int monthsBefore,
            List<String> targetCodes, int limit) {
        Measure m = measures.visibleOrThrow(measureId);
        List<FieldError> errors = new ArrayList<>();
        if (!crime.knowsCategory(category)) {
            errors.add(new FieldError("category", Messages.text("field.evaluation.outcome",
                    Messages.text("evaluation.thing.crimeCategory"), category)));
        }
        YearMonth start = null;
        try {
            start = YearMonth.parse(interventionStart.trim());
        } catch (DateTimeParseException ex) {
            errors.add(new FieldError("interventionStart", Messages.text("field.evaluation.month", interventionStart)));
        }
        List<String> codes = targetCodes == null || targetCodes.isEmpty()
                ? m.districts.stream().map(a -> a.code).sorted().toList()
                : targetCodes;
        Set<Area> targets = Set.of();
        if (codes.isEmpty()) {
            errors.add(new FieldError("district", Messages.text("field.evaluation.noTargets")));
        } else {
            targets = districts(codes, "district", errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        CrimeCoverage coverage = crime.coverage();
        YearMonth from = start.minusMonths(monthsBefore);
        YearMonth to = start.minusMonths(1);
        if (coverage.first() == null || to.isBefore(coverage.first()) || from.isAfter(coverage.last())) {
            return new SuggestionPage(category, null, null, 0, 0, List.of());
        }
        from = from.isBefore(coverage.first()) ? coverage.first() : from;
        to = to.isAfter(coverage.last()) ? coverage.last() : to;

        List<Area> leaves = leafDistricts();
        Set<Long> targetIds = new HashSet<>();
        targets.forEach(a -> targetIds.add(a.id));
        List<Area> asked = new ArrayList<>(leaves);
        for (Area t : targets) {
            if (!asked.contains(t)) {
                asked.add(t);
            }
        }
        CrimeStatistics answer = crime.answer(query(from, to, category, asked, true)).exact();
        int months = (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
        Map<String, double[]> counts = new LinkedHashMap<>();
        Map<String, double[]> population = new LinkedHashMap<>();
        for (CrimeStatisticsCell cell : answer.cells()) {
            YearMonth month = YearMonth.parse(cell.period());
            int i = (int) (month.getYear() * 12L + month.getMonthValue() - from.getYear() * 12L - from.getMonthValue());
            counts.computeIfAbsent(cell.area(), k -> new double[months])[i] = cell.count();
            population.computeIfAbsent(cell.area(), k -> new double[months])[i] = cell.population() == null ? 0
                    : cell.population();
        }
        double[] targetCounts = new double[months];
        double[] targetPopulation = new double[months];
        for (Area t : targets) {
            add(targetCounts, counts.get(t.code));
            add(targetPopulation, population.get(t.code));
        }
        double[] targetShape = shape(targetCounts, targetPopulation);
        List<double[]> shapes = new ArrayList<>();
        List<Area> candidates = new ArrayList<>();
        for (Area a : leaves) {
            if (targetIds.contains(a.id)) {
                continue;
            }
            double[] s = shape(counts.get(a.code), population.get(a.code));
            if (s != null) {
                shapes.add(s);
                candidates.add(a);
            }
        }
        if (targetShape == null || candidates.isEmpty()) {
            return new SuggestionPage(category, from.toString(), to.toString(), 0, 0, List.of());
        }
        double sdLevel = spread(shapes, 0);
        double sdTrend = spread(shapes, 1);
        List<SuggestionView> items = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            double[] s = shapes.get(i);
            double distance = Math.abs(s[0] - targetShape[0]) / sdLevel + Math.abs(s[1] - targetShape[1]) / sdTrend;
            items.add(new SuggestionView(AreaSummary.of(candidates.get(i)), round(s[0]), round(s[1]), round(distance)));
        }
        items.sort(Comparator.comparingDouble(SuggestionView::distance)
                .thenComparing(v -> v.district().code()));
        return new SuggestionPage(category, from.toString(), to.toString(), round(targetShape[0]),
                round(targetShape[1]), items.subList(0, Math.min(limit, items.size())));
    }

    /** Districts with no district below them: where the crime statistics' facts are. */
    private List<Area> leafDistricts() {
        List<Area> all = areas.index().all();
        Set<Long> parents = new HashSet<>();
        all.forEach(a -> {
            if (a.parentId != null) {
                parents.add(a.parentId);
            }
        });
        return all.stream().filter(a -> a.parentId != null && !parents.contains(a.id)).toList();
    }

    private static void add(double[] sum, double[] values) {
        if (values != null) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += values[i];
            }
        }
    }

    /** Mean monthly rate per 1 000 and its least-squares trend per year; null without population. */
    private static double[] shape(double[] counts, double[] population) {
        if (counts == null || population == null) {
            return null;
        }
        int n = counts.length;
        double[] rate = new double[n];
        for (int i = 0; i < n; i++) {
            if (population[i] <= 0) {
                return null;
            }
            rate[i] = counts[i] * 1_000 / population[i];
        }
        double meanX = (n - 1) / 2.0;
        double meanY = 0;
        for (double r : rate) {
            meanY += r / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - meanX) * (rate[i] - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        return new double[] { meanY, sxx == 0 ? 0 : sxy / sxx * 12 };
    }

    private static double spread(List<double[]> shapes, int k) {
        double mean = shapes.stream().mapToDouble(s -> s[k]).average().orElse(0);
        double variance = shapes.stream().mapToDouble(s -> (s[k] - mean) * (s[k] - mean)).average().orElse(0);
        double sd = Math.sqrt(variance);
        return sd > 1e-12 ? sd : 1;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    // ---- views and snapshots -------------------------------------------------------------

    private EvaluationView view(MeasureEvaluation e, Audience audience) {
        boolean internal = measures.readsInternal();
        YearMonth start = e.start();
        return new EvaluationView(e.id, e.measure.id, e.version, outcome(e), summaries(e.targetDistricts),
                summaries(e.comparisonDistricts), start.toString(), e.monthsBefore, e.monthsAfter,
                start.minusMonths(e.monthsBefore).toString(), start.plusMonths(e.monthsAfter - 1L).toString(),
                e.retrospective, e.frozen(), measures.canChange(e.measure) && !e.frozen(), e.demo, e.createdAt,
                internal ? e.createdBy : null, e.updatedAt, internal ? e.updatedBy : null, result(e, audience));
    }

    private OutcomeView outcome(MeasureEvaluation e) {
        boolean swedish = Messages.language().getLanguage().equals(Messages.SWEDISH.getLanguage());
        String name = e.outcomeCode;
        if (e.outcomeKind == OutcomeKind.crimeCategory) {
            name = queries.categoryName(e.outcomeCode, swedish).orElse(e.outcomeCode);
        } else {
            Indicator i = Indicator.find("code", e.outcomeCode).firstResult();
            if (i != null) {
                name = swedish ? i.nameSv : i.nameEn;
            }
        }
        return new OutcomeView(e.outcomeKind, e.outcomeCode, name);
    }

    private static List<Area> sorted(Set<Area> districts) {
        return districts.stream().sorted(Comparator.comparing((Area a) -> a.code.toLowerCase(Locale.ROOT))).toList();
    }

    private static List<AreaSummary> summaries(Set<Area> districts) {
        return districts.stream().sorted(Comparator.comparing((Area a) -> a.name)).map(AreaSummary::of).toList();
    }

    /** The audited state of a design. */
    static Map<String, Object> snapshot(MeasureEvaluation e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("outcomeKind", e.outcomeKind.name());
        s.put("outcomeCode", e.outcomeCode);
        s.put("targetDistricts", e.targetDistricts.stream().map(a -> a.code).sorted().toList());
        s.put("comparisonDistricts", e.comparisonDistricts.stream().map(a -> a.code).sorted().toList());
        s.put("interventionStart", e.start().toString());
        s.put("monthsBefore", e.monthsBefore);
        s.put("monthsAfter", e.monthsAfter);
        s.put("retrospective", e.retrospective);
        return s;
    }

    private static HistoryEntryView entry(DocumentChange c) {
        return new HistoryEntryView(c.id(), c.changedAt(), c.changedBy(), c.changedByName(), c.action(), c.version(),
                c.changedFields(), c.before(), c.after());
    }
}
