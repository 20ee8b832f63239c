package se.varna.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import se.varna.actionplan.ActionPlanDtos.ActionChange;
import se.varna.actionplan.ActionPlanDtos.ActionInput;
import se.varna.actionplan.ActionPlanDtos.ActionPlanInput;
import se.varna.actionplan.ActionPlanDtos.ActionPlanPage;
import se.varna.actionplan.ActionPlanDtos.ActionPlanSummary;
import se.varna.actionplan.ActionPlanDtos.ActionPlanView;
import se.varna.actionplan.ActionPlanDtos.ActionRef;
import se.varna.actionplan.ActionPlanDtos.ActionView;
import se.varna.actionplan.ActionPlanDtos.ChangesView;
import se.varna.actionplan.ActionPlanDtos.ConsultationInput;
import se.varna.actionplan.ActionPlanDtos.ConsultationView;
import se.varna.actionplan.ActionPlanDtos.FollowUpView;
import se.varna.actionplan.ActionPlanDtos.GapsView;
import se.varna.actionplan.ActionPlanDtos.HistoryEntryView;
import se.varna.actionplan.ActionPlanDtos.HistoryPage;
import se.varna.actionplan.ActionPlanDtos.MeasureEffect;
import se.varna.actionplan.ActionPlanDtos.MeasureGap;
import se.varna.actionplan.ActionPlanDtos.PictureRef;
import se.varna.actionplan.ActionPlanDtos.PlanInForce;
import se.varna.actionplan.ActionPlanDtos.PlanInForceAction;
import se.varna.actionplan.ActionPlanDtos.PlanInForceProblem;
import se.varna.actionplan.ActionPlanDtos.ProblemRef;
import se.varna.common.CurrentCaller;
import se.varna.common.FieldError;
import se.varna.common.ForbiddenProblem;
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
import se.varna.disclosure.Audience;
import se.varna.disclosure.DisclosureControl;
import se.varna.indicator.Indicator;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;
import se.varna.measure.Measure;
import se.varna.measure.MeasureDtos.MeasureView;
import se.varna.measure.MeasureEvaluationService;
import se.varna.measure.MeasureService;
import se.varna.organisation.Organisation;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;
import se.varna.organisation.OrganisationService;
import se.varna.safetyanalysis.SafetyAnalysisDtos.MeasureRef;
import se.varna.situation.SituationDtos.AdoptionInput;
import se.varna.situation.SituationPicture;
import se.varna.situation.SituationProblem;
import se.varna.situation.SituationService;
import se.varna.situation.Visibility;

/**
 * Action plans: the coordinator drafts one on an adopted lägesbild, links each action to its
 * problems, organisations and measures, logs the consultations, and records the decision that
 * adopts it; from then on it is frozen ({@link Lifecycle}). {@link #gaps} shows where the chain
 * from problem to followed-up measure breaks. Every change is audited ({@link VersionedDocuments}).
 * Readers are those of the lägesbilder: drafts and internal problems for viewers, editors and
 * the coordinator; adopted plans, public problems and published measures for everyone else.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActionPlanService {

    @Inject
    CurrentCaller caller;

    @Inject
    VersionedDocuments documents;

    @Inject
    Lifecycle lifecycle;

    @Inject
    Municipality municipality;

    @Inject
    SituationService situations;

    @Inject
    OrganisationService organisations;

    @Inject
    CrimeStatisticsService crimeStatistics;

    @Inject
    MeasureService measures;

    @Inject
    MeasureEvaluationService evaluations;

    @Inject
    DisclosureControl disclosure;

    @Inject
    ActionFollowUp followUp;

    /** Today, for the follow-up; a test sets it. */
    java.time.Clock clock = java.time.Clock.systemDefaultZone();

    // ---- reading -------------------------------------------------------------------------

    public ActionPlanPage list(PageRequest page) {
        boolean all = situations.readsInternal();
        Sort order = Sort.descending("updatedAt").and("id", Sort.Direction.Descending);
        var query = all ? ActionPlan.<ActionPlan>findAll(order)
                : ActionPlan.<ActionPlan>find("status", order, AdoptionStatus.adopted);
        List<ActionPlan> rows = page.window(query);
        Map<Long, Long> actions = new HashMap<>();
        if (!rows.isEmpty()) {
            // The page's pictures and action counts in two statements, not statements per plan: the
            // pictures loaded here are the ones each plan's reference then finds in the session.
            List<Long> ids = rows.stream().map(p -> p.id).toList();
            var em = ActionPlan.getEntityManager();
            em.createQuery("select s from ActionPlan p join p.situationPicture s where p.id in :ids",
                    SituationPicture.class).setParameter("ids", ids).getResultList();
            for (Object[] row : em.createQuery("select a.plan.id, count(a) from PlanAction a where a.plan.id in :ids "
                    + "group by a.plan.id", Object[].class).setParameter("ids", ids).getResultList()) {
                actions.put((Long) row[0], (Long) row[1]);
            }
        }
        List<ActionPlanSummary> items = rows.stream()
                .map(p -> new ActionPlanSummary(p.id, p.title, picture(p.situationPicture), p.status,
                        actions.getOrDefault(p.id, 0L).intValue(), Decision.view(p.decision), p.demo, p.updatedAt))
                .toList();
        return new ActionPlanPage(items, query.count(), page.limit(), page.offset());
    }

    public ActionPlanView get(long id) {
        return view(visible(id));
    }

    public HistoryPage history(long id, PageRequest page) {
        ActionPlan p = visible(id);
        return documents.history(DocumentKind.actionPlan, p.id, page, ActionPlanService::entry, HistoryPage::new);
    }

    /**
     * Where the chain breaks: problems of the lägesbild no action answers, actions with no problem,
     * actions with no measure, and measures of the actions whose follow-up is overdue by the
     * measures board's rule (ongoing, and no progress update within the follow-up rule's months,
     * {@link se.varna.tasks.FollowUpRule}).
     */
    public GapsView gaps(long id) {
        ActionPlan p = visible(id);
        // a proposal is not the plan's until the coordinator accepts it
        List<PlanAction> accepted = p.actions.stream().filter(a -> !a.proposed()).toList();
        Set<Long> answered = new LinkedHashSet<>();
        accepted.forEach(a -> a.problems.forEach(q -> answered.add(q.id)));
        List<ProblemRef> unanswered = p.situationPicture.problems.stream().filter(q -> !answered.contains(q.id))
                .map(ActionPlanService::problem).toList();
        List<ActionRef> withoutProblem = accepted.stream().filter(a -> a.problems.isEmpty())
                .map(ActionPlanService::action).toList();
        List<ActionRef> withoutMeasure = accepted.stream().filter(a -> a.measures.isEmpty())
                .map(ActionPlanService::action).toList();
        Map<Long, List<ActionRef>> byMeasure = new LinkedHashMap<>();
        accepted.forEach(a -> a.measures.forEach(m -> byMeasure.computeIfAbsent(m.id, k -> new ArrayList<>())
                .add(action(a))));
        List<MeasureGap> overdue = new ArrayList<>();
        byMeasure.forEach((measureId, actions) -> measures.findMeasureById(measureId)
                .filter(MeasureView::needsFollowUp)
                .ifPresent(m -> overdue.add(new MeasureGap(new MeasureRef(m.id(), m.title(), m.status()),
                        m.lastUpdate(), actions))));
        return new GapsView(unanswered, withoutProblem, withoutMeasure, overdue);
    }

    /**
     * The plan in force on {@code day}: of the adopted plans, the one whose decision is the latest
     * on or before it (a later adoption, such as a new version's, takes over from an earlier one);
     * each action with its follow-up as of that day, exact (the status report freezes it and
     * publishes it for each reader). Empty when no plan had been adopted by then.
     */
    public Optional<PlanInForce> inForce(LocalDate day) {
        ActionPlan p = ActionPlan.<ActionPlan>find("status = ?1 and decision.date <= ?2",
                Sort.descending("decision.date").and("adoptedAt", Sort.Direction.Descending)
                        .and("id", Sort.Direction.Descending), AdoptionStatus.adopted, day)
                .firstResultOptional().orElse(null);
        if (p == null) {
            return Optional.empty();
        }
        List<FollowUpView> followUps = followUp.of(p.actions, day, Audience.EXACT);
        List<PlanInForceAction> actions = new ArrayList<>();
        for (int i = 0; i < p.actions.size(); i++) {
            PlanAction a = p.actions.get(i);
            actions.add(new PlanInForceAction(a.id, a.title,
                    a.problems.stream().map(q -> new PlanInForceProblem(q.id, q.title, q.priority,
                            !Visibility.PUBLIC.equals(q.visibility))).toList(),
                    a.organisations.stream().map(OrganisationSummary::of).toList(), followUps.get(i)));
        }
        return Optional.of(new PlanInForce(p.id, p.title, Decision.view(p.decision), picture(p.situationPicture), day,
                actions));
    }

    // ---- writing -------------------------------------------------------------------------

    @Transactional
    public ActionPlanView create(ActionPlanInput input) {
        ActionPlan p = new ActionPlan();
        p.municipality = municipality.code();
        apply(p, input);
        documents.create(DocumentKind.actionPlan, p, ActionPlanService::snapshot);
        return view(p);
    }

    /** Replaces a draft: 404, 409 when adopted, 428/412 for If-Match, then 400 naming every field that names nothing. */
    @Transactional
    public ActionPlanView replace(long id, String ifMatch, ActionPlanInput input) {
        ActionPlan p = find(id);
        lifecycle.requireDraft(DocumentKind.actionPlan, p);
        documents.requireIfMatch(DocumentKind.actionPlan, p, ifMatch);
        documents.change(DocumentKind.actionPlan, p, VersionedDocuments.UPDATED, null, () -> snapshot(p),
                () -> apply(p, input));
        return view(p);
    }

    /** Adopts a draft by the decision: 404, 409 when already adopted, 400 without a decision. */
    @Transactional
    public ActionPlanView adopt(long id, AdoptionInput input) {
        ActionPlan p = find(id);
        lifecycle.adopt(DocumentKind.actionPlan, p, input == null ? null : input.decision(), () -> {
            List<FieldError> pending = new ArrayList<>();
            for (int i = 0; i < p.actions.size(); i++) {
                if (p.actions.get(i).proposed()) {
                    pending.add(new FieldError("actions[" + i + "].status", Messages.text("field.actionPlan.pending")));
                }
            }
            if (!pending.isEmpty()) {
                throw new InvalidParameterException(pending);
            }
        }, ActionPlanService::snapshot);
        return view(p);
    }

    /**
     * A new version of an adopted plan: a draft copy of its actions and consultations on the same
     * lägesbild, linked to it ({@link Lifecycle#newVersion}; 409 when it is still a draft, and when
     * it already has a newer version, which is the one to change: two drafts of one plan would each
     * claim to be its successor). The
     * plan itself stays in force until the new version is adopted.
     */
    @Transactional
    public ActionPlanView newVersion(long id) {
        ActionPlan draft = lifecycle.newVersion(DocumentKind.actionPlan, find(id),
                plan -> ActionPlan.find("predecessor", plan).firstResult(), ActionPlanService::copy,
                ActionPlanService::snapshot);
        return view(draft);
    }

    private static ActionPlan copy(ActionPlan from) {
        ActionPlan p = new ActionPlan();
        p.municipality = from.municipality;
        p.title = from.title;
        p.situationPicture = from.situationPicture;
        p.predecessor = from;
        for (PlanAction f : from.actions) {
            PlanAction a = new PlanAction();
            a.municipality = f.municipality;
            a.plan = p;
            a.position = f.position;
            a.title = f.title;
            a.description = f.description;
            a.fromDate = f.fromDate;
            a.toDate = f.toDate;
            a.resultIndicator = f.resultIndicator;
            a.resultCrimeCategory = f.resultCrimeCategory;
            a.problems.addAll(f.problems);
            a.organisations.addAll(f.organisations);
            a.measures.addAll(f.measures);
            p.actions.add(a);
        }
        for (Consultation f : from.consultations) {
            Consultation c = new Consultation();
            c.municipality = f.municipality;
            c.plan = p;
            c.position = f.position;
            c.date = f.date;
            c.parties = f.parties.clone();
            c.summary = f.summary;
            p.consultations.add(c);
        }
        return p;
    }

    /** What a new version changed against its predecessor, actions matched by title; 404 for a first version. */
    public ChangesView changes(long id) {
        ActionPlan p = visible(id);
        if (p.predecessor == null) {
            throw new NotFoundProblem("predecessor", id);
        }
        Map<String, Map<String, Object>> before = byTitle(snapshot(p.predecessor));
        Map<String, Map<String, Object>> after = byTitle(snapshot(p));
        Map<String, PlanAction> now = new LinkedHashMap<>();
        p.actions.forEach(a -> now.putIfAbsent(a.title, a));
        List<ActionRef> added = new ArrayList<>();
        List<ActionChange> changed = new ArrayList<>();
        after.forEach((title, fields) -> {
            Map<String, Object> old = before.get(title);
            if (old == null) {
                added.add(action(now.get(title)));
            } else {
                List<String> differ = fields.keySet().stream()
                        .filter(k -> !java.util.Objects.equals(fields.get(k), old.get(k))).toList();
                if (!differ.isEmpty()) {
                    changed.add(new ActionChange(action(now.get(title)), differ));
                }
            }
        });
        List<ActionRef> removed = p.predecessor.actions.stream().filter(a -> !after.containsKey(a.title))
                .map(ActionPlanService::action).toList();
        return new ChangesView(new ActionRef(p.predecessor.id, p.predecessor.title), added, removed, changed);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byTitle(Map<String, Object> snapshot) {
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) snapshot.get("actions")) {
            Map<String, Object> fields = new LinkedHashMap<>(a);
            fields.remove("title");
            // who proposed an action is its history, not a change of the plan
            fields.remove("status");
            fields.remove("proposedBy");
            result.putIfAbsent((String) a.get("title"), fields);
        }
        return result;
    }

    /**
     * An editor proposes an action for their own organisation on a draft plan (the coordinator
     * may too, naming any): 403 before anything else when it names another organisation as
     * responsible (or the caller acts for none), then 404, 409 when adopted, 400 naming each
     * field that names nothing. It waits, {@code proposed}, for the coordinator's decision.
     */
    @Transactional
    public ActionPlanView propose(long id, ActionInput input) {
        String own = caller.organisationCode()
                .orElseThrow(() -> new ForbiddenProblem(Messages.text("forbidden.action.noOrganisation")));
        if (!caller.hasRole(VarnaRole.coordinator) && input != null
                && orNone(input.organisations()).stream().anyMatch(code -> !code.equals(own))) {
            throw new ForbiddenProblem(Messages.text("forbidden.action.otherOrganisation"));
        }
        ActionPlan p = find(id);
        lifecycle.requireDraft(DocumentKind.actionPlan, p);
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
        Organisation proposer = organisations.findByCode(own)
                .orElseThrow(() -> new ForbiddenProblem(Messages.text("forbidden.action.noOrganisation")));
        Map<Long, SituationProblem> problemsOfPicture = new HashMap<>();
        p.situationPicture.problems.forEach(q -> problemsOfPicture.put(q.id, q));
        List<FieldError> errors = new ArrayList<>();
        PlanAction a = action(p, p.actions.size(), input, p.situationPicture, problemsOfPicture, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        if (a.organisations.isEmpty()) {
            a.organisations.add(proposer);
        }
        a.status = PlanAction.PROPOSED;
        a.proposedBy = proposer;
        documents.change(DocumentKind.actionPlan, p, "proposed", null, () -> snapshot(p), () -> p.actions.add(a));
        return view(p);
    }

    /** The coordinator accepts a proposal (it becomes the plan's) or rejects it (it is removed): 404, 409 when adopted. */
    @Transactional
    public ActionPlanView decideProposal(long id, long actionId, boolean accept) {
        ActionPlan p = find(id);
        PlanAction a = p.actions.stream().filter(x -> x.id == actionId && x.proposed()).findFirst()
                .orElseThrow(() -> new NotFoundProblem("proposal", actionId));
        lifecycle.requireDraft(DocumentKind.actionPlan, p);
        documents.change(DocumentKind.actionPlan, p, accept ? "proposalAccepted" : "proposalRejected", null,
                () -> snapshot(p), () -> {
                    if (accept) {
                        a.status = PlanAction.ACCEPTED;
                    } else {
                        p.actions.remove(a);
                        for (int i = 0; i < p.actions.size(); i++) {
                            p.actions.get(i).position = i;
                        }
                    }
                });
        return view(p);
    }

    /**
     * Sets the plan from the input, or nothing when any of it is wrong (400 naming each field):
     * the lägesbild must be adopted, each action's problems must be that lägesbild's, and every
     * code and id must name something.
     */
    private void apply(ActionPlan p, ActionPlanInput input) {
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        SituationPicture picture = situations.requireAdopted(input.situationPicture(), "situationPicture", errors);
        Map<Long, SituationProblem> problemsOfPicture = new HashMap<>();
        if (picture != null) {
            picture.problems.forEach(q -> problemsOfPicture.put(q.id, q));
        }
        List<ActionInput> actionInputs = orNone(input.actions());
        List<PlanAction> actions = new ArrayList<>();
        for (int i = 0; i < actionInputs.size(); i++) {
            actions.add(action(p, i, actionInputs.get(i), picture, problemsOfPicture, errors));
        }
        List<ConsultationInput> consultationInputs = orNone(input.consultations());
        List<Consultation> consultations = new ArrayList<>();
        for (int i = 0; i < consultationInputs.size(); i++) {
            ConsultationInput ci = consultationInputs.get(i);
            Set<Organisation> parties = organisations.requireByCodes(ci.parties(), "consultations[" + i + "].parties",
                    errors);
            Consultation c = new Consultation();
            c.municipality = p.municipality;
            c.plan = p;
            c.position = i;
            c.date = ci.date();
            c.parties = parties.stream().map(o -> o.code).toArray(String[]::new);
            c.summary = ci.summary().trim();
            consultations.add(c);
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        p.title = input.title().trim();
        p.situationPicture = picture;
        // the coordinator's plan replaces the accepted actions; editors' proposals wait for a decision
        List<PlanAction> proposals = p.actions.stream().filter(PlanAction::proposed).toList();
        p.actions.removeIf(a -> !a.proposed());
        p.consultations.clear();
        if (p.id != null) {
            // the replaced rows go before the new ones are numbered from 0 again
            ActionPlan.getEntityManager().flush();
        }
        p.actions.removeAll(proposals);
        p.actions.addAll(actions);
        for (PlanAction proposal : proposals) {
            proposal.position = p.actions.size();
            p.actions.add(proposal);
        }
        p.consultations.addAll(consultations);
    }

    private PlanAction action(ActionPlan p, int i, ActionInput ai, SituationPicture picture,
            Map<Long, SituationProblem> problemsOfPicture, List<FieldError> errors) {
        String at = "actions[" + i + "]";
        PlanAction a = new PlanAction();
        a.municipality = p.municipality;
        a.plan = p;
        a.position = i;
        a.title = ai.title().trim();
        a.description = blankToNull(ai.description());
        a.fromDate = ai.from();
        a.toDate = ai.to();
        List<Long> problems = orNone(ai.problems());
        for (int j = 0; j < problems.size(); j++) {
            SituationProblem q = problemsOfPicture.get(problems.get(j));
            if (q != null) {
                a.problems.add(q);
            } else if (picture != null) {
                errors.add(new FieldError(at + ".problems[" + j + "]",
                        Messages.text("field.situation.noProblem", problems.get(j), picture.id)));
            }
        }
        a.organisations.addAll(organisations.requireByCodes(orNone(ai.organisations()), at + ".organisations", errors));
        List<Long> measureIds = orNone(ai.measures());
        for (int j = 0; j < measureIds.size(); j++) {
            Measure m = Measure.findById(measureIds.get(j));
            if (m == null) {
                errors.add(new FieldError(at + ".measures[" + j + "]", Messages.text("field.noMeasure", measureIds.get(j))));
            } else {
                a.measures.add(m);
            }
        }
        if (ai.from() != null && ai.to() != null && ai.to().isBefore(ai.from())) {
            errors.add(new FieldError(at + ".to", Messages.text("field.notBefore", "from")));
        }
        if (ai.resultIndicator() != null && !blank(ai.resultCrimeCategory())) {
            errors.add(new FieldError(at + ".resultCrimeCategory", Messages.text("field.situation.oneResult")));
        }
        if (ai.resultIndicator() != null) {
            a.resultIndicator = Indicator.findById(ai.resultIndicator());
            if (a.resultIndicator == null) {
                errors.add(new FieldError(at + ".resultIndicator",
                        Messages.text("field.situation.noIndicator", ai.resultIndicator())));
            }
        }
        if (!blank(ai.resultCrimeCategory())) {
            a.resultCrimeCategory = ai.resultCrimeCategory().strip();
            if (!crimeStatistics.knowsCategory(a.resultCrimeCategory)) {
                errors.add(new FieldError(at + ".resultCrimeCategory",
                        Messages.text("field.crime.category", a.resultCrimeCategory)));
            }
        }
        return a;
    }

    // ---- helpers -------------------------------------------------------------------------

    private static ActionPlan find(long id) {
        ActionPlan p = ActionPlan.findById(id);
        if (p == null) {
            throw new NotFoundProblem("actionPlan", id);
        }
        return p;
    }

    private ActionPlan visible(long id) {
        ActionPlan p = ActionPlan.findById(id);
        if (p == null || (!p.frozen() && !situations.readsInternal())) {
            throw new NotFoundProblem("actionPlan", id);
        }
        return p;
    }

    /**
     * The effect follow-ups of the action's measures, as the audience may see them (an unpublished
     * measure's only for exact readers): the plan's follow-up says what its measures achieved.
     */
    private List<MeasureEffect> effects(PlanAction a, Audience audience) {
        List<MeasureEffect> effects = new ArrayList<>();
        for (Measure m : a.measures) {
            evaluations.summaryFor(m.id, audience).ifPresent(e -> effects.add(new MeasureEffect(e.measureId(),
                    e.measureTitle(), e.outcomeName(), e.retrospective(), e.estimate(), e.insufficientData(),
                    e.sentence())));
        }
        return effects;
    }

    private ActionPlanView view(ActionPlan p) {
        boolean internal = situations.readsInternal();
        Audience audience = disclosure.audience();
        List<FollowUpView> followUps = followUp.of(p.actions, LocalDate.now(clock), audience);
        List<ActionView> actions = java.util.stream.IntStream.range(0, p.actions.size()).mapToObj(i -> {
            PlanAction a = p.actions.get(i);
            return new ActionView(a.id, a.title, a.description,
                a.problems.stream().filter(q -> internal || Visibility.PUBLIC.equals(q.visibility))
                        .map(ActionPlanService::problem).toList(),
                a.organisations.stream().map(OrganisationSummary::of).toList(),
                a.measures.stream().filter(m -> internal || m.published)
                        .map(m -> new MeasureRef(m.id, m.title, m.status)).toList(),
                a.fromDate, a.toDate, a.resultIndicator == null ? null : IndicatorSummary.of(a.resultIndicator),
                a.resultCrimeCategory, effects(a, audience), followUps.get(i), a.status,
                a.proposedBy == null ? null : OrganisationSummary.of(a.proposedBy));
        }).toList();
        List<ConsultationView> consultations = p.consultations.stream().map(c -> new ConsultationView(c.date,
                Arrays.stream(c.parties).map(code -> organisations.findByCode(code).map(OrganisationSummary::of)
                        .orElse(null)).filter(o -> o != null).toList(),
                c.summary)).toList();
        return new ActionPlanView(p.id, p.version, p.title, picture(p.situationPicture), p.status, actions,
                consultations, Decision.view(p.decision), p.adoptedAt, internal ? p.adoptedBy : null, p.demo,
                p.createdAt, internal ? p.createdBy : null, p.updatedAt, internal ? p.updatedBy : null,
                p.predecessor == null ? null : new ActionRef(p.predecessor.id, p.predecessor.title));
    }

    private static PictureRef picture(SituationPicture s) {
        return new PictureRef(s.id, s.title, s.periodFrom, s.periodTo, s.status);
    }

    private static ProblemRef problem(SituationProblem q) {
        return new ProblemRef(q.id, q.title, q.priority);
    }

    private static ActionRef action(PlanAction a) {
        return new ActionRef(a.id, a.title);
    }

    private static Map<String, Object> snapshot(ActionPlan p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", p.title);
        s.put("situationPicture", p.situationPicture.id);
        s.put("status", p.status.name());
        s.put("actions", p.actions.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", a.title);
            m.put("description", a.description);
            m.put("problems", a.problems.stream().map(q -> q.id).sorted().toList());
            m.put("organisations", a.organisations.stream().map(o -> o.code).sorted().toList());
            m.put("measures", a.measures.stream().map(x -> x.id).sorted().toList());
            m.put("from", a.fromDate == null ? null : a.fromDate.toString());
            m.put("to", a.toDate == null ? null : a.toDate.toString());
            m.put("resultIndicator", a.resultIndicator == null ? null : a.resultIndicator.id);
            m.put("resultCrimeCategory", a.resultCrimeCategory);
            m.put("status", a.status);
            m.put("proposedBy", a.proposedBy == null ? null : a.proposedBy.code);
            return m;
        }).toList());
        s.put("consultations", p.consultations.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", c.date.toString());
            m.put("parties", Arrays.asList(c.parties));
            m.put("summary", c.summary);
            return m;
        }).toList());
        s.put("decision", Decision.snapshot(p.decision));
        return s;
    }

    private static HistoryEntryView entry(DocumentChange c) {
        return new HistoryEntryView(c.id(), c.changedAt(), c.changedBy(), c.changedByName(), c.action(), c.version(),
                c.changedFields(), c.before(), c.after());
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
}
