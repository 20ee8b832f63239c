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
import se.varna.common.Limits;
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

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 5000;

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
        return new SafetyAnalysisPage(rows.stream().map(SafetyAnalysisService::summary).toList(),
                count.getSingleResult(), page.limit(), page.offset());
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

    /** Replaces an analysis: 404, then 428/412 for If-Match, then 400 for the input. */
    @Transactional
    public SafetyAnalysisView replace(long id, String ifMatch, SafetyAnalysisInput input) {
        SafetyAnalysis a = find(id);
        documents.requireIfMatch(DocumentKind.safetyAnalysis, a, ifMatch);
        documents.change(DocumentKind.safetyAnalysis, a, VersionedDocuments.UPDATED, null, () -> snapshot(a),
                () -> apply(a, input));
        return view(a);
    }

    private void apply(SafetyAnalysis a, SafetyAnalysisInput input) {
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        Area area = null;
        if (blank(input.area())) {
            errors.add(new FieldError("area", Messages.text("field.required")));
        } else if (Limits.maxLength(errors, "area", input.area(), Limits.CODE)) {
            area = areas.requireByCode(input.area(), "area", errors);
        }
        if (input.date() == null) {
            errors.add(new FieldError("date", Messages.text("field.required")));
        }
        if (blank(input.title())) {
            errors.add(new FieldError("title", Messages.text("field.required")));
        } else if (input.title().trim().length() > TITLE_MAX) {
            errors.add(new FieldError("title", Limits.tooLong(TITLE_MAX)));
        }
        if (input.summary() != null && input.summary().length() > TEXT_MAX) {
            errors.add(new FieldError("summary", Limits.tooLong(TEXT_MAX)));
        }

        List<AssessedFactor> factors = new ArrayList<>();
        List<AssessedFactorInput> factorInputs = input.factors() == null
                || !Limits.maxItems(errors, "factors", input.factors(), Limits.ITEMS) ? List.of() : input.factors();
        Set<String> seenFactors = new HashSet<>();
        for (int i = 0; i < factorInputs.size(); i++) {
            AssessedFactorInput f = factorInputs.get(i);
            String at = "factors[" + i + "]";
            if (f == null) {
                errors.add(new FieldError(at, Messages.text("field.required")));
                continue;
            }
            Factor factor = null;
            if (blank(f.factor())) {
                errors.add(new FieldError(at + ".factor", Messages.text("field.required")));
            } else if (Limits.maxLength(errors, at + ".factor", f.factor(), Limits.CODE)) {
                factor = factorService.requireByCode(f.factor(), at + ".factor", errors);
                if (factor != null && !seenFactors.add(factor.code)) {
                    errors.add(new FieldError(at + ".factor", Messages.text("field.assessedTwice")));
                }
            }
            if (f.level() == null) {
                errors.add(new FieldError(at + ".level", Messages.text("field.required.level")));
            }
            if (f.trend() == null) {
                errors.add(new FieldError(at + ".trend", Messages.text("field.required.trend")));
            }
            if (f.comment() != null && f.comment().length() > TEXT_MAX) {
                errors.add(new FieldError(at + ".comment", Limits.tooLong(TEXT_MAX)));
            }
            AssessedFactor af = new AssessedFactor();
            af.factor = factor;
            af.level = f.level();
            af.trend = f.trend();
            af.comment = blankToNull(f.comment());
            factors.add(af);
        }
        // risk factors first, then protective ones, each in the order given
        factors.sort(Comparator.comparingInt(f -> f.factor == null || f.factor.kind == Factor.Kind.risk ? 0 : 1));

        List<PlaceOfConcern> places = new ArrayList<>();
        List<PlaceInput> placeInputs = input.placesOfConcern() == null
                || !Limits.maxItems(errors, "placesOfConcern", input.placesOfConcern(), Limits.ITEMS) ? List.of()
                        : input.placesOfConcern();
        for (int i = 0; i < placeInputs.size(); i++) {
            PlaceInput p = placeInputs.get(i);
            String at = "placesOfConcern[" + i + "]";
            if (p == null) {
                errors.add(new FieldError(at, Messages.text("field.required")));
                continue;
            }
            if (blank(p.name())) {
                errors.add(new FieldError(at + ".name", Messages.text("field.required")));
            } else if (p.name().trim().length() > TITLE_MAX) {
                errors.add(new FieldError(at + ".name", Limits.tooLong(TITLE_MAX)));
            }
            Limits.maxLength(errors, at + ".description", p.description(), TEXT_MAX);
            if ((p.latitude() == null) != (p.longitude() == null)) {
                errors.add(new FieldError(at + (p.latitude() == null ? ".latitude" : ".longitude"),
                        Messages.text("field.coordinates.both")));
            }
            if (p.latitude() != null && (p.latitude() < -90 || p.latitude() > 90)) {
                errors.add(new FieldError(at + ".latitude", Messages.text("field.between", -90, 90)));
            }
            if (p.longitude() != null && (p.longitude() < -180 || p.longitude() > 180)) {
                errors.add(new FieldError(at + ".longitude", Messages.text("field.between", -180, 180)));
            }
            PlaceOfConcern place = new PlaceOfConcern();
            place.name = p.name() == null ? null : p.name().trim();
            place.description = blankToNull(p.description());
            place.latitude = p.latitude();
            place.longitude = p.longitude();
            places.add(place);
        }

        List<AnalysisMeasure> measures = new ArrayList<>();
        List<AnalysisMeasureInput> measureInputs = input.measures() == null
                || !Limits.maxItems(errors, "measures", input.measures(), Limits.ITEMS) ? List.of() : input.measures();
        Set<Long> seenMeasures = new HashSet<>();
        for (int i = 0; i < measureInputs.size(); i++) {
            AnalysisMeasureInput m = measureInputs.get(i);
            String at = "measures[" + i + "]";
            if (m == null) {
                errors.add(new FieldError(at, Messages.text("field.required")));
                continue;
            }
            Measure measure = null;
            if (m.measure() == null) {
                errors.add(new FieldError(at + ".measure", Messages.text("field.required")));
            } else {
                measure = Measure.findById(m.measure());
                if (measure == null) {
                    errors.add(new FieldError(at + ".measure", Messages.text("field.noMeasure", m.measure())));
                } else if (!seenMeasures.add(measure.id)) {
                    errors.add(new FieldError(at + ".measure", Messages.text("field.namedTwice")));
                }
            }
            if (m.stage() == null) {
                errors.add(new FieldError(at + ".stage", Messages.text("field.required.stage")));
            }
            AnalysisMeasure am = new AnalysisMeasure();
            am.measure = measure;
            am.stage = m.stage();
            measures.add(am);
        }

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

    private static SafetyAnalysisSummary summary(SafetyAnalysis a) {
        int highRisk = (int) a.factors.stream()
                .filter(f -> f.factor.kind == Factor.Kind.risk && f.level == FactorAssessmentLevel.high).count();
        return new SafetyAnalysisSummary(a.id, AreaSummary.of(a.area), a.date, a.title, a.factors.size(), highRisk,
                a.places.size(), a.measures.size(), a.demo);
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
