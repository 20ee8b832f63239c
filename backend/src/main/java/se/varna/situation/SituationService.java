package se.varna.situation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import se.varna.area.AreaService;
import se.varna.common.CurrentCaller;
import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.Messages;
import se.varna.common.Municipality;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageRequest;
import se.varna.common.VarnaRole;
import se.varna.common.document.AdoptionStatus;
import se.varna.common.document.Decision;
import se.varna.common.document.DocumentChange;
import se.varna.common.document.DocumentKind;
import se.varna.common.document.Lifecycle;
import se.varna.common.document.VersionedDocuments;
import se.varna.crimestatistics.CrimeStatisticsService;
import se.varna.disclosure.DisclosureControl;
import se.varna.factor.FactorService;
import se.varna.indicator.Indicator;
import se.varna.situation.SituationDtos.AdoptionInput;
import se.varna.situation.SituationDtos.EvidenceInput;
import se.varna.situation.SituationDtos.EvidenceView;
import se.varna.situation.SituationDtos.HistoryEntryView;
import se.varna.situation.SituationDtos.HistoryPage;
import se.varna.situation.SituationDtos.ProblemInput;
import se.varna.situation.SituationDtos.ProblemView;
import se.varna.situation.SituationDtos.SectionInput;
import se.varna.situation.SituationDtos.SectionView;
import se.varna.situation.SituationDtos.SituationPictureCreateInput;
import se.varna.situation.SituationDtos.SituationPictureInput;
import se.varna.situation.SituationDtos.SituationPicturePage;
import se.varna.situation.SituationDtos.SituationPictureSummary;
import se.varna.situation.SituationDtos.SituationPictureView;
import se.varna.situation.SituationDtos.VersionRef;

/**
 * Lägesbilder: the coordinator drafts one for a period (Värna maps its own data at once, and
 * again on request while it is a draft), writes the other information, the analysis and the
 * problems, and records the decision that adopts it; from then on it is frozen
 * ({@link Lifecycle}). Every change is audited ({@link VersionedDocuments}).
 *
 * <p>Readers: signed-in viewers, editors and the coordinator read drafts and every part;
 * everyone else (residents, partners) reads adopted pictures only, their public sections and
 * problems only, and every figure through the disclosure control.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SituationService {

    @Inject
    CurrentCaller caller;

    @Inject
    VersionedDocuments documents;

    @Inject
    Lifecycle lifecycle;

    @Inject
    SituationMapping mapping;

    @Inject
    DisclosureControl disclosure;

    @Inject
    Municipality municipality;

    @Inject
    CrimeStatisticsService crimeStatistics;

    @Inject
    AreaService areas;

    @Inject
    FactorService factors;

    @Inject
    ObjectMapper json;

    // ---- reading -------------------------------------------------------------------------

    public SituationPicturePage list(PageRequest page) {
        boolean all = readsInternal();
        var query = all ? SituationPicture.<SituationPicture>findAll(order())
                : SituationPicture.<SituationPicture>find("status", order(), AdoptionStatus.adopted);
        List<SituationPicture> rows = page.window(query);
        Map<Long, Long> problems = problemCounts(rows, all);
        List<SituationPictureSummary> items = rows.stream()
                .map(p -> summary(p, problems.getOrDefault(p.id, 0L).intValue())).toList();
        return new SituationPicturePage(items, query.count(), page.limit(), page.offset());
    }

    /**
     * How many problems each picture of a page shows the caller (all, or the public ones), in one
     * statement; reading each picture's problems instead cost statements per picture.
     */
    private static Map<Long, Long> problemCounts(List<SituationPicture> rows, boolean internal) {
        Map<Long, Long> counts = new HashMap<>();
        if (rows.isEmpty()) {
            return counts;
        }
        var query = SituationPicture.getEntityManager().createQuery("select q.picture.id, count(q) from SituationProblem q "
                + "where q.picture.id in :ids" + (internal ? "" : " and q.visibility = :public")
                + " group by q.picture.id", Object[].class).setParameter("ids", rows.stream().map(p -> p.id).toList());
        if (!internal) {
            query.setParameter("public", Visibility.PUBLIC);
        }
        for (Object[] row : query.getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    public SituationPictureView get(long id) {
        return view(visible(id));
    }

    public HistoryPage history(long id, PageRequest page) {
        SituationPicture p = visible(id);
        return documents.history(DocumentKind.situationPicture, p.id, page, SituationService::entry, HistoryPage::new);
    }

    /**
     * The picture a plan may be based on, for the action plans: found and adopted, or an error
     * naming {@code field} (a draft is not a basis for a plan: BRÅ's cycle adopts the picture first).
     */
    public SituationPicture requireAdopted(Long id, String field, List<FieldError> errors) {
        SituationPicture p = id == null ? null : SituationPicture.findById(id);
        if (p == null) {
            errors.add(new FieldError(field, Messages.text("field.situation.noPicture", id)));
            return null;
        }
        if (!p.frozen()) {
            errors.add(new FieldError(field, Messages.text("field.situation.notAdopted", id)));
            return null;
        }
        return p;
    }

    /** Whether the caller reads drafts and internal parts: Värna's signed-in roles except partners. */
    public boolean readsInternal() {
        return caller.hasRole(VarnaRole.viewer) || caller.hasRole(VarnaRole.editor)
                || caller.hasRole(VarnaRole.coordinator);
    }

    // ---- writing -------------------------------------------------------------------------

    /** A new draft for a period, its mapping drafted from the data now. 400 when the months are out of order. */
    @Transactional
    public SituationPictureView create(SituationPictureCreateInput input) {
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
        if (YearMonth.parse(input.to()).isBefore(YearMonth.parse(input.from()))) {
            throw new InvalidParameterException("to", Messages.text("field.situation.periodOrder", input.from()));
        }
        SituationPicture p = new SituationPicture();
        p.municipality = municipality.code();
        p.title = input.title().trim();
        p.periodFrom = input.from();
        p.periodTo = input.to();
        setMapping(p);
        documents.create(DocumentKind.situationPicture, p, SituationService::snapshot);
        return view(p);
    }

    /**
     * Replaces a draft's title, analysis, sections and problems: 404, 409 when adopted, 428/412
     * for If-Match, then 400 naming every piece of evidence that names nothing; nothing is stored
     * unless all of it is right.
     */
    @Transactional
    public SituationPictureView replace(long id, String ifMatch, SituationPictureInput input) {
        SituationPicture p = find(id);
        lifecycle.requireDraft(DocumentKind.situationPicture, p);
        documents.requireIfMatch(DocumentKind.situationPicture, p, ifMatch);
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.problems().size(); i++) {
            checkEvidence(input.problems().get(i).evidence(), "problems[" + i + "].evidence", errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        documents.change(DocumentKind.situationPicture, p, VersionedDocuments.UPDATED, null, () -> snapshot(p),
                () -> apply(p, input));
        return view(p);
    }

    /** Drafts the mapping again from today's data: 404, 409 when adopted, 428/412 for If-Match. */
    @Transactional
    public SituationPictureView refreshMapping(long id, String ifMatch) {
        SituationPicture p = find(id);
        lifecycle.requireDraft(DocumentKind.situationPicture, p);
        documents.requireIfMatch(DocumentKind.situationPicture, p, ifMatch);
        documents.change(DocumentKind.situationPicture, p, "mappingRefreshed", null, () -> snapshot(p),
                () -> setMapping(p));
        return view(p);
    }

    /**
     * Adopts a draft by the decision: 404, 409 when already adopted, 400 without a decision. The
     * mapping stays the one the analysis was written from (refresh it first to adopt today's
     * figures); from now on it is frozen with the rest.
     */
    @Transactional
    public SituationPictureView adopt(long id, AdoptionInput input) {
        SituationPicture p = find(id);
        lifecycle.adopt(DocumentKind.situationPicture, p, input == null ? null : input.decision(), () -> {
        }, SituationService::snapshot);
        return view(p);
    }

    /**
     * A new version of an adopted lägesbild: a draft copy of its texts, sections, problems and
     * mapping, linked to it ({@link Lifecycle#newVersion}; 409 when it is still a draft, and when
     * it already has a newer version, which is the one to change). The adopted one stays as it
     * is, and so do the plans based on it: their problems are its rows, not the copy's.
     */
    @Transactional
    public SituationPictureView newVersion(long id) {
        SituationPicture draft = lifecycle.newVersion(DocumentKind.situationPicture, find(id),
                picture -> SituationPicture.find("predecessor", picture).firstResult(), SituationService::copy,
                SituationService::snapshot);
        return view(draft);
    }

    private static SituationPicture copy(SituationPicture from) {
        SituationPicture p = new SituationPicture();
        p.municipality = from.municipality;
        p.title = from.title;
        p.periodFrom = from.periodFrom;
        p.periodTo = from.periodTo;
        p.analysis = from.analysis;
        p.mapping = from.mapping;
        p.mappingBuiltAt = from.mappingBuiltAt;
        p.predecessor = from;
        for (SituationSection f : from.sections) {
            SituationSection s = new SituationSection();
            s.municipality = f.municipality;
            s.picture = p;
            s.position = f.position;
            s.title = f.title;
            s.text = f.text;
            s.source = f.source;
            s.visibility = f.visibility;
            p.sections.add(s);
        }
        for (SituationProblem f : from.problems) {
            SituationProblem q = new SituationProblem();
            q.municipality = f.municipality;
            q.picture = p;
            q.position = f.position;
            q.title = f.title;
            q.description = f.description;
            q.priority = f.priority;
            q.visibility = f.visibility;
            q.crimeCategories = f.crimeCategories.clone();
            q.districts = f.districts.clone();
            q.indicators = f.indicators.clone();
            q.factors = f.factors.clone();
            q.sexes = f.sexes.clone();
            q.ageGroups = f.ageGroups.clone();
            p.problems.add(q);
        }
        return p;
    }

    /**
     * Every version of {@code p}'s line the caller may read, oldest first: back along the
     * predecessors, then forward along the newer versions (one each, {@link #newVersion}).
     */
    private List<VersionRef> versions(SituationPicture p, boolean internal) {
        java.util.LinkedList<SituationPicture> line = new java.util.LinkedList<>();
        for (SituationPicture q = p; q != null; q = q.predecessor) {
            line.addFirst(q);
        }
        for (SituationPicture q = SituationPicture.find("predecessor", p).firstResult(); q != null;
                q = SituationPicture.find("predecessor", q).firstResult()) {
            line.addLast(q);
        }
        return line.stream().filter(q -> internal || q.frozen())
                .map(SituationService::versionRef).toList();
    }

    private static VersionRef versionRef(SituationPicture q) {
        return new VersionRef(q.id, q.title, q.status, Decision.view(q.decision), q.adoptedAt);
    }

    private void setMapping(SituationPicture p) {
        StoredMapping m = mapping.build(p.periodFrom, p.periodTo, documents.now());
        p.mapping = write(m);
        p.mappingBuiltAt = m.builtAt();
    }

    /** Every code and id of the evidence names something Värna knows; an error at its place for each that does not. */
    private void checkEvidence(EvidenceInput evidence, String at, List<FieldError> errors) {
        List<String> categories = orNone(evidence.crimeCategories());
        for (int j = 0; j < categories.size(); j++) {
            if (!crimeStatistics.knowsCategory(categories.get(j).strip())) {
                errors.add(new FieldError(at + ".crimeCategories[" + j + "]",
                        Messages.text("field.crime.category", categories.get(j))));
            }
        }
        List<String> districts = orNone(evidence.districts());
        for (int j = 0; j < districts.size(); j++) {
            areas.requireByCode(districts.get(j), at + ".districts[" + j + "]", errors);
        }
        List<Long> indicators = orNone(evidence.indicators());
        for (int j = 0; j < indicators.size(); j++) {
            if (Indicator.findById(indicators.get(j)) == null) {
                errors.add(new FieldError(at + ".indicators[" + j + "]",
                        Messages.text("field.situation.noIndicator", indicators.get(j))));
            }
        }
        List<String> factorCodes = orNone(evidence.factors());
        for (int j = 0; j < factorCodes.size(); j++) {
            factors.requireByCode(factorCodes.get(j), at + ".factors[" + j + "]", errors);
        }
    }

    /** Sets the draft from a checked input. Sections and problems are replaced as a whole: no plan links a draft's problems. */
    private void apply(SituationPicture p, SituationPictureInput input) {
        p.title = input.title().trim();
        p.analysis = input.analysis();
        p.sections.clear();
        p.problems.clear();
        // the replaced rows go before the new ones are numbered from 0 again
        SituationPicture.getEntityManager().flush();
        for (int i = 0; i < input.sections().size(); i++) {
            SectionInput si = input.sections().get(i);
            SituationSection s = new SituationSection();
            s.municipality = p.municipality;
            s.picture = p;
            s.position = i;
            s.title = si.title().trim();
            s.text = si.text();
            s.source = blankToNull(si.source());
            s.visibility = si.visibility();
            p.sections.add(s);
        }
        for (int i = 0; i < input.problems().size(); i++) {
            ProblemInput pi = input.problems().get(i);
            SituationProblem q = new SituationProblem();
            q.municipality = p.municipality;
            q.picture = p;
            q.position = i;
            q.title = pi.title().trim();
            q.description = blankToNull(pi.description());
            q.priority = pi.priority();
            q.visibility = pi.visibility();
            EvidenceInput e = pi.evidence();
            q.crimeCategories = distinct(orNone(e.crimeCategories())).toArray(String[]::new);
            q.districts = distinct(orNone(e.districts())).toArray(String[]::new);
            q.indicators = orNone(e.indicators()).stream().distinct().toArray(Long[]::new);
            q.factors = distinct(orNone(e.factors())).toArray(String[]::new);
            q.sexes = distinct(orNone(pi.sexes())).toArray(String[]::new);
            q.ageGroups = distinct(orNone(pi.ageGroups())).toArray(String[]::new);
            p.problems.add(q);
        }
    }

    // ---- helpers -------------------------------------------------------------------------

    private static Sort order() {
        return Sort.descending("periodTo").and("id", Sort.Direction.Descending);
    }

    static SituationPicture find(long id) {
        SituationPicture p = SituationPicture.findById(id);
        if (p == null) {
            throw new NotFoundProblem("situationPicture", id);
        }
        return p;
    }

    /** The picture when the caller may read it; a draft is 404 for readers of adopted pictures only. */
    private SituationPicture visible(long id) {
        SituationPicture p = SituationPicture.findById(id);
        if (p == null || (!p.frozen() && !readsInternal())) {
            throw new NotFoundProblem("situationPicture", id);
        }
        return p;
    }

    private SituationPictureView view(SituationPicture p) {
        boolean internal = readsInternal();
        StoredMapping stored = read(p.mapping);
        return new SituationPictureView(p.id, p.version, p.title, p.periodFrom, p.periodTo, p.status, p.analysis,
                p.sections.stream().filter(s -> internal || Visibility.PUBLIC.equals(s.visibility))
                        .map(s -> new SectionView(s.title, s.text, s.source, s.visibility)).toList(),
                p.problems.stream().filter(q -> internal || Visibility.PUBLIC.equals(q.visibility))
                        .map(SituationService::problem).toList(),
                stored.builtAt() == null ? null : mapping.forReader(stored, disclosure.audience(), internal), Decision.view(p.decision), p.adoptedAt,
                internal ? p.adoptedBy : null, p.demo, p.createdAt, internal ? p.createdBy : null, p.updatedAt,
                internal ? p.updatedBy : null,
                p.predecessor == null ? null : versionRef(p.predecessor), versions(p, internal));
    }

    static ProblemView problem(SituationProblem q) {
        return new ProblemView(q.id, q.title, q.description, q.priority, q.visibility,
                new EvidenceView(List.of(q.crimeCategories), List.of(q.districts), List.of(q.indicators),
                        List.of(q.factors)),
                List.of(q.sexes), List.of(q.ageGroups));
    }

    /** A list item, with the number of problems the caller sees ({@link #problemCounts}). */
    private static SituationPictureSummary summary(SituationPicture p, int problems) {
        return new SituationPictureSummary(p.id, p.title, p.periodFrom, p.periodTo, p.status, problems,
                Decision.view(p.decision), p.demo, p.updatedAt);
    }

    /** The audited state: everything the coordinator writes, and when the mapping was drafted (not its figures). */
    private static Map<String, Object> snapshot(SituationPicture p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", p.title);
        s.put("from", p.periodFrom);
        s.put("to", p.periodTo);
        s.put("status", p.status.name());
        s.put("analysis", p.analysis);
        s.put("mappingBuiltAt", p.mappingBuiltAt == null ? null : p.mappingBuiltAt.toString());
        s.put("sections", p.sections.stream().map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", x.title);
            m.put("text", x.text);
            m.put("source", x.source);
            m.put("visibility", x.visibility);
            return m;
        }).toList());
        s.put("problems", p.problems.stream().map(q -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", q.title);
            m.put("description", q.description);
            m.put("priority", q.priority.name());
            m.put("visibility", q.visibility);
            m.put("crimeCategories", Arrays.asList(q.crimeCategories));
            m.put("districts", Arrays.asList(q.districts));
            m.put("indicators", Arrays.asList(q.indicators));
            m.put("factors", Arrays.asList(q.factors));
            m.put("sexes", Arrays.asList(q.sexes));
            m.put("ageGroups", Arrays.asList(q.ageGroups));
            return m;
        }).toList());
        s.put("decision", Decision.snapshot(p.decision));
        s.put("predecessor", p.predecessor == null ? null : p.predecessor.id);
        return s;
    }

    private static HistoryEntryView entry(DocumentChange c) {
        return new HistoryEntryView(c.id(), c.changedAt(), c.changedBy(), c.changedByName(), c.action(), c.version(),
                c.changedFields(), c.before(), c.after());
    }

    private static <T> List<T> orNone(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().map(String::strip).distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private String write(StoredMapping m) {
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the mapping", e);
        }
    }

    private StoredMapping read(String stored) {
        try {
            return json.readValue(stored, StoredMapping.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the stored mapping", e);
        }
    }
}
