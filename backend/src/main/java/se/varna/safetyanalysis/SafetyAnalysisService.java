package se.varna.safetyanalysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import se.varna.safetyanalysis.SafetyAnalysisDtos.AnalysisMeasureInput;
import se.varna.safetyanalysis.SafetyAnalysisDtos.AnalysisMeasureView;
import se.varna.safetyanalysis.SafetyAnalysisDtos.AssessedFactorInput;
import se.varna.safetyanalysis.SafetyAnalysisDtos.AssessedFactorView;
import se.varna.safetyanalysis.SafetyAnalysisDtos.HistoryEntryView;
import se.varna.safetyanalysis.SafetyAnalysisDtos.HistoryPage;
import se.varna.safetyanalysis.SafetyAnalysisDtos.MeasureRef;
import se.varna.safetyanalysis.SafetyAnalysisDtos.PlaceInput;
import se.varna.safetyanalysis.SafetyAnalysisDtos.PlaceView;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisInput;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisPage;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisSummary;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisView;
import se.varna.area.Area;
import se.varna.area.AreaService;
import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.LocalizedText;
import se.varna.common.Messages;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageRequest;
import se.varna.common.document.DocumentChange;
import se.varna.common.document.DocumentKind;
import se.varna.common.document.VersionedDocuments;
import se.varna.factor.Factor;
import se.varna.factor.FactorService;
import se.varna.measure.Measure;
import se.varna.area.AreaDtos.AreaSummary;
import se.varna.factor.FactorDtos.FactorView;

/**
 * Safety analyses: listing, reading, creating and changing them, each change checked against
 * the version the ETag carries and audited ({@link VersionedDocuments}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SafetyAnalysisService {

    @Inject
    VersionedDocuments documents;

    @Inject
    AreaService areas;

    @Inject
    FactorService factorService;

    // ---- reading -------------------------------------------------------------------------

    public SafetyAnalysisPage list(String areaCode, LocalDate from, LocalDate to, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (areaCode != null) {
            // An unknown area has no analyses (an empty page, not a 400, as always).
            where.append(" and a.area.id = :area");
            params.put("area", areas.findByCode(areaCode).map(area -> area.id).orElse(-1L));
        }
        if (from != null) {
            where.append(" and a.date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and a.date <= :to");
            params.put("to", to);
        }
        var em = SafetyAnalysis.getEntityManager();
        TypedQuery<SafetyAnalysis> q = em.createQuery("select a from SafetyAnalysis a join fetch a.area where "
                + where + " order by a.date desc, a.area.name, a.id desc", SafetyAnalysis.class);
        params.forEach(q::setParameter);
        List<SafetyAnalysis> rows = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        TypedQuery<Long> count = em.createQuery("select count(a) from SafetyAnalysis a where " + where, Long.class);
        params.forEach(count::setParameter);
        Map<Long, long[]> counts = childCounts(rows);
        return new SafetyAnalysisPage(rows.stream().map(a -> summary(a, counts.get(a.id))).toList(),
                count.getSingleResult(), page.limit(), page.offset());
    }

    /**
     * What the list items count of their children, for the whole page in one statement: factors,
     * high risk factors, places of concern and measures, by analysis id. Reading each
     * analysis's collections instead cost statements per analysis and collection.
     */
    private static Map<Long, long[]> childCounts(List<SafetyAnalysis> rows) {
        Map<Long, long[]> counts = new HashMap<>();
        if (rows.isEmpty()) {
            return counts;
        }
        List<?> result = SafetyAnalysis.getEntityManager().createNativeQuery("""
                select a.id,
                       (select count(*) from safety_analysis_factor f where f.analysis_id = a.id),
                       (select count(*) from safety_analysis_factor f join factor x on x.id = f.factor_id
                         where f.analysis_id = a.id and x.kind = :risk and f.level = :high),
                       (select count(*) from place_of_concern p where p.analysis_id = a.id),
                       (select count(*) from safety_analysis_measure m where m.analysis_id = a.id)
                from safety_analysis a where a.id in (:ids)""")
                .setParameter("risk", Factor.Kind.risk.name())
                .setParameter("high", FactorAssessmentLevel.high.name())
                .setParameter("ids", rows.stream().map(a -> a.id).toList()).getResultList();
        for (Object row : result) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), new long[] { ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue() });
        }
        return counts;
    }

    public SafetyAnalysisView get(long id) {
        return view(find(id));
    }

    public HistoryPage history(long id, PageRequest page) {
        SafetyAnalysis a = find(id);
        return documents.history(DocumentKind.safetyAnalysis, a.id, page, SafetyAnalysisService::view,
                HistoryPage::new);
    }

    private static SafetyAnalysis find(long id) {
        SafetyAnalysis a = SafetyAnalysis.findById(id);
        if (a == null) {
            throw new NotFoundProblem("safetyAnalysis", id);
        }
        return a;
    }

    // ---- writing -------------------------------------------------------------------------

    @Transactional
    public SafetyAnalysisView create(SafetyAnalysisInput input) {
        SafetyAnalysis a = new SafetyAnalysis();
        apply(a, input);
        documents.create(DocumentKind.safetyAnalysis, a, SafetyAnalysisService::snapshot);
        return view(a);
    }

    /**
     * Replaces an analysis: 404, then 428/412 for If-Match, then 400 for what the input names. (The
     * input's own limits and required fields are its constraints, answered 400 before this runs.)
     */
    @Transactional
    public SafetyAnalysisView replace(long id, String ifMatch, SafetyAnalysisInput input) {
        SafetyAnalysis a = find(id);
        documents.requireIfMatch(DocumentKind.safetyAnalysis, a, ifMatch);
        documents.change(DocumentKind.safetyAnalysis, a, VersionedDocuments.UPDATED, null, () -> snapshot(a),
                () -> apply(a, input));
        return view(a);
    }

    /**
     * Sets the analysis from the input, or nothing when any of it is wrong (400 naming each
     * field). The input's constraints have checked its limits and required fields before the
     * service runs; what is left is what only the data can tell: codes and ids that name
     * nothing or are named twice, and a point with one coordinate.
     */
    private void apply(SafetyAnalysis a, SafetyAnalysisInput input) {
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        Area area = areas.requireByCode(input.area(), "area", errors);
        List<AssessedFactor> factors = assessedFactors(orNone(input.factors()), errors);
        List<PlaceOfConcern> places = places(orNone(input.placesOfConcern()), errors);
        List<AnalysisMeasure> measures = analysisMeasures(orNone(input.measures()), errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        a.area = area;
        a.date = input.date();
        a.title = input.title().trim();
        a.summary = blankToNull(input.summary());
        a.factors.clear();
        a.factors.addAll(factors);
        a.places.clear();
        a.places.addAll(places);
        a.measures.clear();
        a.measures.addAll(measures);
    }

    /** The factors assessed, each at most once: risk factors first, then protective ones, in the order given. */
    private List<AssessedFactor> assessedFactors(List<AssessedFactorInput> inputs, List<FieldError> errors) {
        List<AssessedFactor> factors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            AssessedFactorInput f = inputs.get(i);
            String field = "factors[" + i + "].factor";
            Factor factor = factorService.requireByCode(f.factor(), field, errors);
            if (factor != null && !seen.add(factor.code)) {
                errors.add(new FieldError(field, Messages.text("field.assessedTwice")));
            }
            AssessedFactor af = new AssessedFactor();
            af.factor = factor;
            af.level = f.level();
            af.trend = f.trend();
            af.comment = blankToNull(f.comment());
            factors.add(af);
        }
        factors.sort(Comparator.comparingInt(f -> f.factor == null || f.factor.kind == Factor.Kind.risk ? 0 : 1));
        return factors;
    }

    /** The places of concern in the order given; a point needs both its coordinates. */
    private static List<PlaceOfConcern> places(List<PlaceInput> inputs, List<FieldError> errors) {
        List<PlaceOfConcern> places = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PlaceInput p = inputs.get(i);
            if ((p.latitude() == null) != (p.longitude() == null)) {
                String missing = p.latitude() == null ? "latitude" : "longitude";
                errors.add(new FieldError("placesOfConcern[" + i + "]." + missing,
                        Messages.text("field.coordinates.both")));
            }
            PlaceOfConcern place = new PlaceOfConcern();
            place.name = p.name().trim();
            place.description = blankToNull(p.description());
            place.latitude = p.latitude();
            place.longitude = p.longitude();
            places.add(place);
        }
        return places;
    }

    /** The measures proposed or started, each an existing measure named at most once. */
    private static List<AnalysisMeasure> analysisMeasures(List<AnalysisMeasureInput> inputs, List<FieldError> errors) {
        List<AnalysisMeasure> measures = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            AnalysisMeasureInput m = inputs.get(i);
            String field = "measures[" + i + "].measure";
            Measure measure = Measure.findById(m.measure());
            if (measure == null) {
                errors.add(new FieldError(field, Messages.text("field.noMeasure", m.measure())));
            } else if (!seen.add(measure.id)) {
                errors.add(new FieldError(field, Messages.text("field.namedTwice")));
            }
            AnalysisMeasure am = new AnalysisMeasure();
            am.measure = measure;
            am.stage = m.stage();
            measures.add(am);
        }
        return measures;
    }

    private static <T> List<T> orNone(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    // ---- audit snapshots -----------------------------------------------------------------

    private static Map<String, Object> snapshot(SafetyAnalysis a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("area", a.area.code);
        s.put("date", a.date.toString());
        s.put("title", a.title);
        s.put("summary", a.summary);
        s.put("factors", a.factors.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("factor", f.factor.code);
            m.put("level", f.level.name());
            m.put("trend", f.trend.name());
            m.put("comment", f.comment);
            return m;
        }).toList());
        s.put("placesOfConcern", a.places.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name);
            m.put("description", p.description);
            m.put("latitude", p.latitude);
            m.put("longitude", p.longitude);
            return m;
        }).toList());
        s.put("measures", a.measures.stream().map(m -> Map.<String, Object>of("measure", m.measure.id,
                "stage", m.stage.name())).toList());
        return s;
    }

    // ---- views ---------------------------------------------------------------------------

    private static HistoryEntryView view(DocumentChange c) {
        return new HistoryEntryView(c.id(), c.changedAt(), c.changedBy(), c.changedByName(), c.action(), c.version(),
                c.changedFields(), c.before(), c.after());
    }

    /** A list item, from its {@link #childCounts}: factors, high risks, places, measures. */
    private static SafetyAnalysisSummary summary(SafetyAnalysis a, long[] counts) {
        return new SafetyAnalysisSummary(a.id, AreaSummary.of(a.area), a.date, a.title, (int) counts[0],
                (int) counts[1], (int) counts[2], (int) counts[3], a.demo);
    }

    private static SafetyAnalysisView view(SafetyAnalysis a) {
        List<AssessedFactorView> factors = a.factors.stream().map(f -> new AssessedFactorView(f.factor.kind.name(),
                new FactorView(f.factor.id, f.factor.code, f.factor.level,
                        new LocalizedText(f.factor.nameSv, f.factor.nameEn)),
                f.level, f.trend, f.comment)).toList();
        List<PlaceView> places = a.places.stream()
                .map(p -> new PlaceView(p.name, p.description, p.latitude, p.longitude)).toList();
        List<AnalysisMeasureView> measures = a.measures.stream()
                .map(m -> new AnalysisMeasureView(new MeasureRef(m.measure.id, m.measure.title, m.measure.status),
                        m.stage))
                .sorted(Comparator.comparing((AnalysisMeasureView m) -> m.stage()).thenComparing(m -> m.measure().title()))
                .toList();
        return new SafetyAnalysisView(a.id, a.version, AreaSummary.of(a.area), a.date, a.title, a.summary, factors, places,
                measures, a.demo, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
    }
}
