package se.varna.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import se.varna.area.Area;
import se.varna.area.AreaService;
import se.varna.common.CurrentCaller;
import se.varna.common.FieldError;
import se.varna.common.ForbiddenProblem;
import se.varna.common.InvalidParameterException;
import se.varna.common.Messages;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageRequest;
import se.varna.common.References;
import se.varna.common.VarnaRole;
import se.varna.common.document.DocumentChange;
import se.varna.common.document.DocumentKind;
import se.varna.common.document.VersionedDocuments;
import se.varna.goal.Goal;
import se.varna.goal.GoalDtos.GoalMeasureCounts;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.governance.ForumDecision;
import se.varna.governance.ForumDecisionService;
import se.varna.indicator.Indicator;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;
import se.varna.area.AreaDtos.AreaSummary;
import se.varna.factor.FactorDtos.FactorView;
import se.varna.measure.MeasureDtos.HistoryEntryView;
import se.varna.measure.MeasureDtos.HistoryPage;
import se.varna.measure.MeasureDtos.LastProgressUpdate;
import se.varna.measure.MeasureDtos.MeasureInput;
import se.varna.measure.MeasureDtos.MeasurePage;
import se.varna.measure.MeasureDtos.MeasureSummary;
import se.varna.measure.MeasureDtos.MeasureView;
import se.varna.measure.MeasureDtos.ProgressUpdateInput;
import se.varna.measure.MeasureDtos.ProgressUpdatePage;
import se.varna.measure.MeasureDtos.ProgressUpdateView;
import se.varna.measure.MeasureDtos.StatusCounts;
import se.varna.organisation.Organisation;
import se.varna.organisation.OrganisationService;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;
import se.varna.factor.Factor;
import se.varna.factor.FactorService;
import se.varna.policy.PolicyService;
import se.varna.tasks.FollowUpRule;

/**
 * Measures and their progress updates: who may see and change which, and what is valid. The
 * version the ETag carries, If-Match and the audit entry of every change are
 * {@link VersionedDocuments}'.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeasureService {

    @Inject
    CurrentCaller caller;

    @Inject
    VersionedDocuments documents;

    @Inject
    AreaService areas;

    @Inject
    OrganisationService organisations;

    @Inject
    FactorService factors;

    @Inject
    PolicyService policies;

    @Inject
    ForumDecisionService forumDecisions;

    /** When a measure with no recent progress update stands out (varna.tasks.follow-up-months). */
    @Inject
    FollowUpRule followUpRule;

    Clock clock = Clock.systemDefaultZone();

    // ---- reading -------------------------------------------------------------------------

    public MeasurePage listMeasures(MeasureFilter filter, String order, PageRequest page) {
        FilterIds ids = filterIds(filter);
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, ids, params, true);
        List<Long> pageIds = query("select m.id from Measure m where " + where + " order by " + order, Long.class,
                params).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = query("select count(m) from Measure m where " + where, Long.class, params).getSingleResult();
        long viaCrosswalk = 0;
        if (filter.goal() != null && ids.goals().size() > 1) {
            params.put("own", filter.goal());
            viaCrosswalk = query("select count(m) from Measure m where " + where
                    + " and m.id not in (select x.id from Measure x join x.goals g where g.id = :own)", Long.class,
                    params).getSingleResult();
        }
        return new MeasurePage(summaries(pageIds, filter.goal(), ids.goals()), total, page.limit(), page.offset(),
                statusCounts(filter, ids), viaCrosswalk);
    }

    private static <T> TypedQuery<T> query(String hql, Class<T> type, Map<String, Object> params) {
        TypedQuery<T> query = Measure.getEntityManager().createQuery(hql, type);
        params.forEach(query::setParameter);
        return query;
    }

    /**
     * How many measures are listed under a goal, each once: those linked to it, and those linked
     * only to goals of earlier policies the crosswalk maps to it. The public counts published ones.
     */
    public GoalMeasureCounts countUnderGoal(long goalId) {
        Set<Long> under = policies.goalsCountingUnder(goalId);
        String published = readsInternal() ? "" : " and m.published = true";
        long total = query("select count(m) from Measure m where m.id in (select x.id from Measure x join x.goals g "
                + "where g.id in :goals)" + published, Long.class, Map.of("goals", under)).getSingleResult();
        long linked = query("select count(m) from Measure m where m.id in (select x.id from Measure x join x.goals g "
                + "where g.id = :goal)" + published, Long.class, Map.of("goal", goalId)).getSingleResult();
        return new GoalMeasureCounts(total, linked, total - linked);
    }

    /** How many measures of each status every filter except the status selects. */
    private StatusCounts statusCounts(MeasureFilter filter, FilterIds ids) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, ids, params, false);
        Map<MeasureStatus, Long> counts = new HashMap<>();
        for (Object[] row : query("select m.status, count(m) from Measure m where " + where + " group by m.status",
                Object[].class, params).getResultList()) {
            counts.put((MeasureStatus) row[0], (Long) row[1]);
        }
        return new StatusCounts(counts.getOrDefault(MeasureStatus.planned, 0L),
                counts.getOrDefault(MeasureStatus.ongoing, 0L),
                counts.getOrDefault(MeasureStatus.completed, 0L),
                counts.getOrDefault(MeasureStatus.cancelled, 0L));
    }

    /**
     * The measures of a page in its order, each with its latest progress update and, in a list by
     * goal, the earlier policies' goals it is listed through when it is not linked to the goal itself.
     */
    private List<MeasureSummary> summaries(List<Long> pageIds, Long goal, Set<Long> underGoal) {
        if (pageIds.isEmpty()) {
            return List.of();
        }
        List<Measure> measures = Measure.<Measure>find("select distinct m from Measure m "
                + "join fetch m.responsibleOrganisation left join fetch m.goals left join fetch m.districts "
                + "where m.id in ?1", pageIds).list();
        Map<Long, Measure> byId = new HashMap<>();
        measures.forEach(m -> byId.put(m.id, m));
        Map<Long, LastProgressUpdate> latest = latestUpdates(pageIds);
        return pageIds.stream().map(byId::get).map(m -> summary(m, latest.get(m.id), goal, underGoal)).toList();
    }

    /**
     * The ids of the organisation, district and factors a filter names, found by their owners'
     * rules (null: not filtered); {@link FilterIds#NONE} for a code that names nothing, which
     * matches no measure (an empty page, not a 400, as always).
     */
    private record FilterIds(Set<Long> goals, Long organisation, Long district, Long riskFactor,
            Long protectiveFactor) {
        static final long NONE = -1L;
    }

    private FilterIds filterIds(MeasureFilter f) {
        long none = FilterIds.NONE;
        return new FilterIds(f.goal() == null ? Set.of() : policies.goalsCountingUnder(f.goal()),
                f.organisation() == null ? null : organisations.findByCode(f.organisation()).map(o -> o.id).orElse(none),
                f.district() == null ? null : areas.findByCode(f.district()).map(a -> a.id).orElse(none),
                f.riskFactor() == null ? null : factors.findByCode(f.riskFactor()).map(x -> x.id).orElse(none),
                f.protectiveFactor() == null ? null
                        : factors.findByCode(f.protectiveFactor()).map(x -> x.id).orElse(none));
    }

    private String where(MeasureFilter f, FilterIds ids, Map<String, Object> params, boolean withStatus) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (!readsInternal()) {
            where.append(" and m.published = true");
        }
        // a goal's measures include those of the earlier goals the crosswalk maps to it
        and(where, params, "m.id in (select x.id from Measure x join x.goals g where g.id in :goals)", "goals",
                f.goal() == null ? null : ids.goals());
        and(where, params, "m.responsibleOrganisation.id = :organisation", "organisation", ids.organisation());
        and(where, params, "m.id in (select x.id from Measure x join x.districts d where d.id = :district)",
                "district", ids.district());
        and(where, params, "m.preventionType = :preventionType", "preventionType", f.preventionType());
        and(where, params, "m.preventionLevel = :preventionLevel", "preventionLevel", f.preventionLevel());
        and(where, params, "m.status = :status", "status", withStatus ? f.status() : null);
        and(where, params, "m.id in (select x.id from Measure x join x.riskFactors r where r.id = :riskFactor)",
                "riskFactor", ids.riskFactor());
        and(where, params, "m.id in (select x.id from Measure x join x.protectiveFactors p "
                + "where p.id = :protectiveFactor)", "protectiveFactor", ids.protectiveFactor());
        and(where, params, "array_contains(m.targetGroups, :targetGroup)", "targetGroup",
                f.targetGroup() == null ? null : f.targetGroup().name());
        and(where, params, "(lower(m.title) like :text escape '\\' or lower(coalesce(m.description, '')) "
                + "like :text escape '\\')", "text", containing(f.text()));
        if (f.needsFollowUp()) {
            // needsFollowUp(Measure, LastProgressUpdate) as a condition: the same rule, so the count is the list's
            and(where, params, "m.status = :followUpStatus", "followUpStatus", MeasureStatus.ongoing);
            and(where, params, "coalesce((select max(u.date) from MeasureUpdate u where u.measure = m), m.startDate) "
                    + "< :followUpBefore", "followUpBefore", followUpBefore());
        }
        return where.toString();
    }

    /** Adds {@code condition} on the parameter {@code name} when there is a value to compare with. */
    private static void and(StringBuilder where, Map<String, Object> params, String condition, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    /** The like pattern of the words to find, in lower case with its wildcards escaped; null for none. */
    private static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private Map<Long, LastProgressUpdate> latestUpdates(Collection<Long> measureIds) {
        Map<Long, LastProgressUpdate> latest = new HashMap<>();
        List<Object[]> rows = Measure.getEntityManager().createQuery(
                "select u.measure.id, u.date, u.assessment from MeasureUpdate u where u.measure.id in :ids "
                        + "order by u.date desc, u.id desc", Object[].class)
                .setParameter("ids", measureIds).getResultList();
        for (Object[] row : rows) {
            latest.putIfAbsent((Long) row[0], new LastProgressUpdate((LocalDate) row[1], (Assessment) row[2]));
        }
        return latest;
    }

    public Optional<MeasureView> findMeasureById(long id) {
        return visible(id).map(this::view);
    }

    /** The measure, when the caller may read it: anonymous readers only see published ones. */
    private Optional<Measure> visible(long id) {
        Measure m = Measure.findById(id);
        if (m == null || (!readsInternal() && !m.published)) {
            return Optional.empty();
        }
        return Optional.of(m);
    }

    /** The measure, when the caller may read it (the evaluation's rule too); 404 otherwise. */
    Measure visibleOrThrow(long id) {
        return visible(id).orElseThrow(() -> new NotFoundProblem("measure", id));
    }

    public ProgressUpdatePage listUpdates(long measureId, PageRequest page) {
        Measure m = visibleOrThrow(measureId);
        List<MeasureUpdate> updates = page.window(MeasureUpdate.<MeasureUpdate>find(
                "measure = ?1 order by date desc, id desc", m));
        long total = MeasureUpdate.count("measure", m);
        return new ProgressUpdatePage(updates.stream().map(this::view).toList(), total, page.limit(), page.offset());
    }

    public HistoryPage history(long measureId, PageRequest page) {
        Measure m = visibleOrThrow(measureId);
        return documents.history(DocumentKind.measure, m.id, page, MeasureService::view, HistoryPage::new);
    }

    // ---- writing -------------------------------------------------------------------------

    @Transactional
    public MeasureView createMeasure(MeasureInput input) {
        Organisation responsible = responsibleFor(input == null ? null : input.responsibleOrganisation());
        Measure m = new Measure();
        apply(m, input, responsible);
        documents.create(DocumentKind.measure, m, MeasureService::snapshot);
        return view(m);
    }

    /**
     * Replaces a measure. The input's limits are checked before this runs (400); then, in order:
     * it exists (404), the caller may change it (403), If-Match is there (428) and names the
     * current version (412), the input holds together (400).
     */
    @Transactional
    public MeasureView replaceMeasure(long id, String ifMatch, MeasureInput input) {
        Measure m = Measure.findById(id);
        if (m == null) {
            throw new NotFoundProblem("measure", id);
        }
        mayChange(m);
        documents.requireIfMatch(DocumentKind.measure, m, ifMatch);
        Organisation responsible = input == null || input.responsibleOrganisation() == null
                ? m.responsibleOrganisation
                : responsibleFor(input.responsibleOrganisation());
        documents.change(DocumentKind.measure, m, HistoryAction.updated.name(), null, () -> snapshot(m),
                () -> apply(m, input, responsible));
        return view(m);
    }

    @Transactional
    public ProgressUpdateView addUpdate(long measureId, ProgressUpdateInput input) {
        Measure m = Measure.findById(measureId);
        if (m == null) {
            throw new NotFoundProblem("measure", measureId);
        }
        mayChange(m);
        MeasureUpdate u = new MeasureUpdate();
        u.measure = m;
        apply(u, input);
        u.author = caller.username();
        u.authorName = caller.name().orElse(null);
        u.createdAt = OffsetDateTime.now(clock);
        u.persistAndFlush();
        // a progress update is a part of the measure: its history, not a new version of the measure
        audit(m, HistoryAction.progressUpdateAdded, u.id, null, snapshot(u));
        return view(u);
    }

    @Transactional
    public ProgressUpdateView replaceUpdate(long measureId, long updateId, ProgressUpdateInput input) {
        MeasureUpdate u = updateOf(measureId, updateId);
        mayChange(u.measure);
        Map<String, Object> before = snapshot(u);
        apply(u, input);
        u.flush();
        audit(u.measure, HistoryAction.progressUpdateChanged, u.id, before, snapshot(u));
        return view(u);
    }

    @Transactional
    public void deleteUpdate(long measureId, long updateId) {
        MeasureUpdate u = updateOf(measureId, updateId);
        mayChange(u.measure);
        Map<String, Object> before = snapshot(u);
        u.delete();
        audit(u.measure, HistoryAction.progressUpdateRemoved, updateId, before, null);
    }

    private MeasureUpdate updateOf(long measureId, long updateId) {
        if (Measure.findById(measureId) == null) {
            throw new NotFoundProblem("measure", measureId);
        }
        MeasureUpdate u = MeasureUpdate.findById(updateId);
        if (u == null || !u.measure.id.equals(measureId)) {
            throw new NotFoundProblem("progressUpdate", updateId, measureId);
        }
        return u;
    }

    // ---- who may do what -----------------------------------------------------------------

    /**
     * Whether the caller reads unpublished measures and internal fields: anyone with one of
     * Värna's roles. Anonymous callers, and tokens without a Värna role, read as the public.
     */
    boolean readsInternal() {
        return !caller.isAnonymous() && !caller.roles().isEmpty();
    }

    /** Whether the caller may change the measure and report on it. */
    boolean canChange(Measure m) {
        return caller.hasRole(VarnaRole.coordinator)
                || (caller.hasRole(VarnaRole.editor) && caller.actsFor(m.responsibleOrganisation.code));
    }

    /** 403 unless the caller may change the measure: the same rule for its evaluation design. */
    void mayChange(Measure m) {
        if (!canChange(m)) {
            throw new ForbiddenProblem(Messages.text("forbidden.measure", m.responsibleOrganisation.nameSv));
        }
    }

    /**
     * The organisation a new or changed measure is the responsibility of: an editor's own
     * (403 when they name another), any the coordinator names, by default the caller's own.
     */
    private Organisation responsibleFor(String code) {
        String own = caller.organisationCode().orElse(null);
        if (!caller.hasRole(VarnaRole.coordinator)) {
            if (own == null) {
                throw new ForbiddenProblem(Messages.text("forbidden.measure.noOrganisation"));
            }
            if (code != null && !code.equals(own)) {
                throw new ForbiddenProblem(Messages.text("forbidden.measure.otherOrganisation"));
            }
        }
        String wanted = code != null ? code : own;
        if (wanted == null) {
            throw new InvalidParameterException("responsibleOrganisation", Messages.text("field.required"));
        }
        return organisations.requireByCode(wanted, "responsibleOrganisation");
    }

    // ---- input ---------------------------------------------------------------------------
    // The input's limits and required fields are its constraints (MeasureDtos), checked before
    // a service method runs; what is checked here needs the data or more than one field.

    /** What a measure refers to, each found by its owner's rule. */
    private record Referenced(Set<Organisation> partners, Set<Goal> goals, Set<Indicator> indicators,
            Set<Area> districts, Set<Factor> riskFactors, Set<Factor> protectiveFactors,
            Set<ForumDecision> forumDecisions) {
    }

    /** Writes the input into the measure when it holds together; otherwise 400 naming every field that does not. */
    private void apply(Measure m, MeasureInput input, Organisation responsible) {
        requireBody(input);
        List<FieldError> errors = new ArrayList<>();
        if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            errors.add(new FieldError("endDate", Messages.text("field.onOrAfter", "startDate")));
        }
        Referenced referenced = referenced(input, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        write(m, input, responsible, referenced);
    }

    /** The partners, goals, indicators, districts and factors the input names; each one unknown is an error naming its place. */
    private Referenced referenced(MeasureInput input, List<FieldError> errors) {
        return new Referenced(
                organisations.requireByCodes(input.partnerOrganisations(), "partnerOrganisations", errors),
                References.resolve(errors, "goals", input.goals(), Function.identity(),
                        ids -> Goal.<Goal>list("id in ?1", ids), g -> g.id, "thing.goal.id"),
                References.resolve(errors, "indicators", input.indicators(), Function.identity(),
                        codes -> Indicator.<Indicator>list("code in ?1", codes), i -> i.code, "thing.indicator.code"),
                areas.requireByCodes(input.districts(), "districts", errors),
                factors.requireByCodes(Factor.Kind.risk, input.riskFactors(), "riskFactors", errors),
                factors.requireByCodes(Factor.Kind.protective, input.protectiveFactors(), "protectiveFactors",
                        errors),
                forumDecisions.requireByIds(input.forumDecisions(), "forumDecisions", errors));
    }

    private static void write(Measure m, MeasureInput input, Organisation responsible, Referenced referenced) {
        m.title = input.title().trim();
        m.description = blankToNull(input.description());
        m.responsibleOrganisation = responsible;
        replace(m.partners, referenced.partners());
        replace(m.goals, referenced.goals());
        replace(m.indicators, referenced.indicators());
        replace(m.districts, referenced.districts());
        replace(m.riskFactors, referenced.riskFactors());
        replace(m.protectiveFactors, referenced.protectiveFactors());
        replace(m.forumDecisions, referenced.forumDecisions());
        m.targetGroups = names(input.targetGroups());
        m.preventionType = input.preventionType();
        m.preventionLevel = input.preventionLevel();
        m.crimeTriangle = names(input.crimeTriangle());
        m.knowledgeBasis = blankToNull(input.knowledgeBasis());
        m.knowledgeLevel = input.knowledgeLevel();
        m.status = input.status();
        m.startDate = input.startDate();
        m.endDate = input.endDate();
        m.budget = input.budget();
        m.published = Boolean.TRUE.equals(input.published());
    }

    /** Writes the input into the progress update when its date is not in the future; otherwise 400 naming it. */
    private void apply(MeasureUpdate u, ProgressUpdateInput input) {
        requireBody(input);
        if (input.date().isAfter(LocalDate.now(clock))) {
            throw new InvalidParameterException("date", Messages.text("field.notInFuture"));
        }
        u.date = input.date();
        u.text = input.text().trim();
        u.assessment = input.assessment();
        u.participants = input.participants();
        u.places = input.places();
        u.hours = input.hours();
    }

    /** A request without a body (JSON {@code null}) passes bean validation; it names no field of its own. */
    private static void requireBody(Object input) {
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
    }

    private static <E> void replace(Set<E> current, Set<E> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    private static String[] names(List<? extends Enum<?>> values) {
        return values == null ? new String[0]
                : values.stream().filter(Objects::nonNull).map(Enum::name).distinct().toArray(String[]::new);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    // ---- audit snapshots -----------------------------------------------------------------

    private void audit(Measure m, HistoryAction action, Long updateId, Map<String, Object> before,
            Map<String, Object> after) {
        documents.record(DocumentKind.measure, m, action.name(), updateId, before, after);
    }

    /** The audited state of a measure: its own fields and the codes of what it refers to. */
    private static Map<String, Object> snapshot(Measure m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", m.title);
        s.put("description", m.description);
        s.put("responsibleOrganisation", m.responsibleOrganisation.code);
        s.put("partnerOrganisations", sorted(m.partners.stream().map(o -> o.code).toList()));
        s.put("goals", m.goals.stream().map(g -> g.id).sorted().toList());
        s.put("indicators", sorted(m.indicators.stream().map(i -> i.code).toList()));
        s.put("districts", sorted(m.districts.stream().map(a -> a.code).toList()));
        s.put("targetGroups", List.of(m.targetGroups));
        s.put("preventionType", m.preventionType.name());
        s.put("preventionLevel", m.preventionLevel.name());
        s.put("riskFactors", sorted(m.riskFactors.stream().map(f -> f.code).toList()));
        s.put("protectiveFactors", sorted(m.protectiveFactors.stream().map(f -> f.code).toList()));
        s.put("crimeTriangle", List.of(m.crimeTriangle));
        s.put("forumDecisions", ForumDecisionService.ids(m.forumDecisions));
        s.put("knowledgeBasis", m.knowledgeBasis);
        s.put("knowledgeLevel", m.knowledgeLevel == null ? null : m.knowledgeLevel.name());
        s.put("status", m.status.name());
        s.put("startDate", m.startDate.toString());
        s.put("endDate", m.endDate == null ? null : m.endDate.toString());
        s.put("budget", m.budget);
        s.put("published", m.published);
        return s;
    }

    private static Map<String, Object> snapshot(MeasureUpdate u) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("date", u.date.toString());
        s.put("text", u.text);
        s.put("assessment", u.assessment.name());
        s.put("participants", u.participants);
        s.put("places", u.places);
        s.put("hours", u.hours);
        return s;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    // ---- views ---------------------------------------------------------------------------

    private boolean needsFollowUp(Measure m, LastProgressUpdate last) {
        if (m.status != MeasureStatus.ongoing) {
            return false;
        }
        LocalDate reference = last != null ? last.date() : m.startDate;
        return followUpRule.overdue(reference, LocalDate.now(clock));
    }

    /** A measure whose latest progress update (or start) is before this day needs a follow-up (the one rule). */
    private LocalDate followUpBefore() {
        return followUpRule.notOverdueFrom(LocalDate.now(clock));
    }

    private MeasureSummary summary(Measure m, LastProgressUpdate last, Long goal, Set<Long> underGoal) {
        boolean linked = goal == null || m.goals.stream().anyMatch(g -> g.id.equals(goal));
        List<GoalSummary> via = linked ? List.of()
                : m.goals.stream().filter(g -> underGoal.contains(g.id))
                        .sorted(Comparator.comparingInt((Goal g) -> g.number)).map(GoalSummary::of).toList();
        return new MeasureSummary(m.id, m.title, OrganisationSummary.of(m.responsibleOrganisation),
                goals(m), districts(m), m.status, m.preventionType, m.preventionLevel, m.startDate, m.endDate,
                m.published, m.demo, last, needsFollowUp(m, last), via);
    }

    private MeasureView view(Measure m) {
        boolean internal = readsInternal();
        LastProgressUpdate last = latestUpdates(List.of(m.id)).get(m.id);
        return new MeasureView(m.id, m.version, m.title, m.description,
                OrganisationSummary.of(m.responsibleOrganisation),
                m.partners.stream().sorted(Comparator.comparing((Organisation o) -> o.nameSv))
                        .map(OrganisationSummary::of).toList(),
                goals(m),
                m.indicators.stream().sorted(Comparator.comparing((Indicator i) -> i.code))
                        .map(IndicatorSummary::of).toList(),
                districts(m),
                Arrays.stream(m.targetGroups).map(TargetGroup::valueOf).sorted().toList(),
                m.preventionType, m.preventionLevel,
                factors(m.riskFactors), factors(m.protectiveFactors),
                Arrays.stream(m.crimeTriangle).map(CrimeTriangleSide::valueOf).sorted().toList(),
                internal ? ForumDecisionService.views(m.forumDecisions) : List.of(),
                m.knowledgeBasis, m.knowledgeLevel, m.status, m.startDate, m.endDate,
                internal ? m.budget : null, m.published, m.demo, last, needsFollowUp(m, last), canChange(m),
                m.createdAt, internal ? m.createdBy : null, m.updatedAt, internal ? m.updatedBy : null);
    }

    private static List<GoalSummary> goals(Measure m) {
        return m.goals.stream().sorted(Comparator.comparingInt((Goal g) -> g.number)).map(GoalSummary::of).toList();
    }

    private static List<AreaSummary> districts(Measure m) {
        return m.districts.stream().sorted(Comparator.comparing((Area a) -> a.name)).map(AreaSummary::of).toList();
    }

    private static List<FactorView> factors(Set<Factor> factors) {
        return factors.stream().sorted(Comparator.comparingInt((Factor f) -> f.position)).map(FactorView::of).toList();
    }

    private ProgressUpdateView view(MeasureUpdate u) {
        boolean internal = readsInternal();
        return new ProgressUpdateView(u.id, u.measure.id, u.date, u.text, u.assessment, u.participants, u.places,
                u.hours, internal ? u.author : null, internal ? u.authorName : null, u.demo, u.createdAt);
    }

    private static HistoryEntryView view(DocumentChange c) {
        return new HistoryEntryView(c.id(), c.changedAt(), c.changedBy(), c.changedByName(),
                HistoryAction.valueOf(c.action()), c.version(), c.partId(), c.changedFields(), c.before(), c.after());
    }

}
