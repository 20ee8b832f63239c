package se.varna.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import se.varna.common.CurrentCaller;
import se.varna.common.FieldError;
import se.varna.common.Messages;
import se.varna.common.Municipality;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageRequest;
import se.varna.common.document.Decision;
import se.varna.common.document.DocumentKind;
import se.varna.common.document.Lifecycle;
import se.varna.common.document.VersionedDocuments;
import se.varna.goal.Goal;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.policy.PolicyDtos.AdoptionInput;
import se.varna.policy.PolicyDtos.CrosswalkEntryInput;
import se.varna.policy.PolicyDtos.CrosswalkEntryView;
import se.varna.policy.PolicyDtos.CrosswalkInput;
import se.varna.policy.PolicyDtos.CrosswalkView;
import se.varna.policy.PolicyDtos.GoalInput;
import se.varna.policy.PolicyDtos.PolicyHistoryEntry;
import se.varna.policy.PolicyDtos.PolicyHistoryPage;
import se.varna.policy.PolicyDtos.PolicyInput;
import se.varna.policy.PolicyDtos.PolicyPage;
import se.varna.policy.PolicyDtos.PolicyRef;
import se.varna.policy.PolicyDtos.PolicyView;

/**
 * Policy versions through their lifecycle: a coordinator drafts a policy with its goals and a
 * crosswalk from the predecessor's goals, and adopts it with its decision and the day it takes
 * effect. A policy is in force from its effective date until the day before its successor's;
 * which one is in force on a day is computed from the adopted policies, never stored, so a
 * draft changes nothing in force and an adoption dated in the past moves the boundary back.
 *
 * <p>
 * Drafts are for callers with a Värna role only (the public sees adopted policies); every
 * change goes through {@link VersionedDocuments} (If-Match, audit) and {@link Lifecycle}
 * (an adopted policy and its goals are frozen: 409).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PolicyService {

    static final String GOAL_ADDED = "goalAdded";
    static final String GOAL_CHANGED = "goalChanged";
    static final String CROSSWALK_REPLACED = "crosswalkReplaced";
    static final String ADOPTED = "adopted";

    @Inject
    CurrentCaller caller;

    @Inject
    VersionedDocuments documents;

    @Inject
    Lifecycle lifecycle;

    @Inject
    Municipality municipality;

    @Inject
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    // ---- reading -------------------------------------------------------------------------

    /** Policy versions the caller may read, newest period first, each with its goals (one query for all goals). */
    public PolicyPage listPolicies(PageRequest page) {
        boolean drafts = readsDrafts();
        var query = drafts ? Policy.<Policy>findAll(Sort.descending("validFrom").and("code"))
                : Policy.<Policy>find("status", Sort.descending("validFrom").and("code"), PolicyStatus.adopted);
        List<Policy> policies = page.window(query);
        if (!policies.isEmpty()) {
            Policy.find("select distinct p from Policy p left join fetch p.goals where p in ?1", policies).list();
        }
        Chain chain = chain();
        return new PolicyPage(policies.stream().map(p -> view(p, chain)).toList(), query.count(), page.limit(),
                page.offset());
    }

    /** One policy, 404 when there is none or it is a draft and the caller has no Värna role. */
    public PolicyView getPolicy(long id) {
        return view(visible(id), chain());
    }

    /** The policy's crosswalk from its predecessor's goals; as the policy itself, a draft's for Värna's roles only. */
    public CrosswalkView getCrosswalk(long id) {
        return crosswalkView(visible(id));
    }

    /** Every change to the policy, its goals and its crosswalk, newest first; a draft's for Värna's roles only. */
    public PolicyHistoryPage history(long id, PageRequest page) {
        Policy p = visible(id);
        return documents.history(DocumentKind.policy, p.id, page,
                c -> new PolicyHistoryEntry(c.id(), c.changedAt(), c.changedBy(), c.changedByName(), c.action(),
                        c.version(), c.partId(), c.changedFields(), c.before(), c.after()),
                PolicyHistoryPage::new);
    }

    /** Whether the caller may read the policy with this id (an unknown one is not readable). */
    public boolean readable(long policyId) {
        Policy p = Policy.findById(policyId);
        return p != null && (p.status == PolicyStatus.adopted || readsDrafts());
    }

    /** The id of the policy in force today, if any. */
    public Optional<Long> findCurrentPolicyId() {
        return policyInForceOn(LocalDate.now(clock));
    }

    /**
     * The id of the policy in force on {@code day}: the adopted policy with the latest effective
     * date on or before it (it stays in force until its successor's effective date).
     */
    public Optional<Long> policyInForceOn(LocalDate day) {
        return Policy.<Policy>find("status = ?1 and effectiveFrom <= ?2", Sort.descending("effectiveFrom"),
                PolicyStatus.adopted, day).firstResultOptional().map(p -> p.id);
    }

    /**
     * Where goals of earlier policies land in the policy {@code policyId}: for each goal id, the
     * goals of this policy it counts under. The policy's own goals map to themselves; a goal of
     * its predecessor to the goals the crosswalk maps it to (none when it maps to none), and so
     * on back along the chain of crosswalks. A goal of a later policy, or of one the chain does
     * not reach, is not in the map.
     */
    public Map<Long, Set<Long>> goalsInto(long policyId) {
        Map<Long, Set<Long>> into = new HashMap<>();
        List<Long> own = em.createQuery("select g.id from Goal g where g.policy.id = ?1", Long.class)
                .setParameter(1, policyId).getResultList();
        own.forEach(g -> into.put(g, Set.of(g)));
        Set<Long> visited = new HashSet<>();
        Long current = policyId;
        while (current != null && visited.add(current)) {
            Long predecessor = null;
            for (CrosswalkEntry e : entries(current)) {
                Set<Long> landing = new LinkedHashSet<>();
                for (Goal to : e.toGoals) {
                    landing.addAll(into.getOrDefault(to.id, Set.of()));
                }
                into.put(e.fromGoal.id, landing);
                predecessor = e.fromGoal.policy.id;
            }
            current = predecessor;
        }
        return into;
    }

    /**
     * The goal and every goal of an earlier policy whose measures are listed under it: those the
     * chain of crosswalks maps to it. Just the goal when it is unknown or nothing maps to it.
     */
    public Set<Long> goalsCountingUnder(long goalId) {
        Set<Long> under = new LinkedHashSet<>();
        under.add(goalId);
        em.createQuery("select g.policy.id from Goal g where g.id = ?1", Long.class).setParameter(1, goalId)
                .getResultStream().findFirst().ifPresent(policyId -> goalsInto(policyId).forEach((from, into) -> {
                    if (into.contains(goalId)) {
                        under.add(from);
                    }
                }));
        return under;
    }

    // ---- writing -------------------------------------------------------------------------

    /** A new draft; 422 when its period overlaps another policy's. */
    @Transactional
    public PolicyView create(PolicyInput input) {
        checkPeriod(null, input.validFrom(), input.validTo());
        Policy p = new Policy();
        apply(p, input);
        documents.create(DocumentKind.policy, p, PolicyService::snapshot);
        return view(p, chain());
    }

    /** Replaces a draft's title, period and adopting body: 404, 409 when adopted, 428/412, 422 for an overlap. */
    @Transactional
    public PolicyView replace(long id, String ifMatch, PolicyInput input) {
        Policy p = draft(id, ifMatch);
        checkPeriod(p, input.validFrom(), input.validTo());
        documents.change(DocumentKind.policy, p, VersionedDocuments.UPDATED, null, () -> snapshot(p),
                () -> apply(p, input));
        return view(p, chain());
    }

    /** Adds a goal to a draft; 422 when its number is taken. */
    @Transactional
    public PolicyView addGoal(long id, String ifMatch, GoalInput input) {
        Policy p = draft(id, ifMatch);
        if (goal(p, input.number()).isPresent()) {
            throw PolicyProblem.goalNumberTaken(input.number(), p);
        }
        Goal g = new Goal();
        g.policy = p;
        apply(g, input);
        g.persist();
        documents.change(DocumentKind.policy, p, GOAL_ADDED, g.id, () -> snapshot(p), () -> p.goals.add(g));
        return view(p, chain());
    }

    /** Changes a draft's goal (its number too); 404 for no such goal, 422 when the new number is taken. */
    @Transactional
    public PolicyView replaceGoal(long id, int number, String ifMatch, GoalInput input) {
        Policy p = draft(id, ifMatch);
        Goal g = goal(p, number).orElseThrow(() -> new NotFoundProblem("policyGoal", number, p.code));
        if (input.number() != number && goal(p, input.number()).isPresent()) {
            throw PolicyProblem.goalNumberTaken(input.number(), p);
        }
        documents.change(DocumentKind.policy, p, GOAL_CHANGED, g.id, () -> snapshot(p), () -> {
            apply(g, input);
            p.goals.sort(Comparator.comparingInt(x -> x.number));
        });
        return view(p, chain());
    }

    /**
     * Replaces a draft's crosswalk. Each entry names a goal of the predecessor (once) and goals of
     * this policy, or none with a reason; every wrong entry is named in one 422 and nothing is
     * stored. Entries may be missing while the draft is worked on; adoption needs them all.
     */
    @Transactional
    public CrosswalkView replaceCrosswalk(long id, String ifMatch, CrosswalkInput input) {
        Policy p = draft(id, ifMatch);
        Policy predecessor = predecessor(p);
        Map<Long, Goal> ownGoals = p.goals.stream().collect(Collectors.toMap(g -> g.id, g -> g));
        Map<Long, Goal> oldGoals = predecessor == null ? Map.of()
                : predecessor.goals.stream().collect(Collectors.toMap(g -> g.id, g -> g));
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.entries().size(); i++) {
            CrosswalkEntryInput e = input.entries().get(i);
            String at = "entries[" + i + "]";
            if (!oldGoals.containsKey(e.from())) {
                errors.add(new FieldError(at + ".from", predecessor == null
                        ? Messages.text("problem.policyCrosswalk.noPredecessor", e.from(), p.code)
                        : Messages.text("problem.policyCrosswalk.notPredecessor", e.from(), predecessor.code)));
            } else if (!seen.add(e.from())) {
                errors.add(new FieldError(at + ".from", Messages.text("problem.policyCrosswalk.repeated", e.from())));
            }
            for (int j = 0; j < e.to().size(); j++) {
                if (!ownGoals.containsKey(e.to().get(j))) {
                    errors.add(new FieldError(at + ".to[" + j + "]",
                            Messages.text("problem.policyCrosswalk.notThisPolicy", e.to().get(j), p.code)));
                }
            }
            if (e.to().isEmpty() && (e.reason() == null || e.reason().isBlank())) {
                errors.add(new FieldError(at + ".reason", Messages.text("problem.policyCrosswalk.reason")));
            }
        }
        if (!errors.isEmpty()) {
            throw PolicyProblem.crosswalk(errors);
        }
        documents.change(DocumentKind.policy, p, CROSSWALK_REPLACED, null, () -> snapshot(p), () -> {
            entries(p.id).forEach(em::remove);
            // the old rows go before the new ones come: they share (policy, from goal)
            em.flush();
            for (CrosswalkEntryInput e : input.entries()) {
                CrosswalkEntry entry = new CrosswalkEntry();
                entry.municipality = municipality.code();
                entry.policy = p;
                entry.fromGoal = oldGoals.get(e.from());
                e.to().stream().distinct().map(ownGoals::get).forEach(entry.toGoals::add);
                entry.reason = e.to().isEmpty() ? e.reason().trim() : null;
                entry.persist();
            }
        });
        return crosswalkView(p);
    }

    /**
     * Adopts a draft: it needs goals and a crosswalk covering every goal of its predecessor, and
     * an effective date after that of every adopted policy with an earlier period and before that
     * of every one with a later period. From that day the policy is in force; the earlier one's
     * last day is the day before.
     */
    @Transactional
    public PolicyView adopt(long id, String ifMatch, AdoptionInput input) {
        Policy p = draft(id, ifMatch);
        if (p.goals.isEmpty()) {
            throw PolicyProblem.withoutGoals(p);
        }
        Policy predecessor = predecessor(p);
        if (predecessor != null) {
            Set<Long> mapped = entries(p.id).stream().map(e -> e.fromGoal.id).collect(Collectors.toSet());
            List<FieldError> missing = new ArrayList<>();
            for (CrosswalkEntry e : entries(p.id)) {
                // by id: the goal's policy may be a lazy proxy, not the instance the query read
                if (!e.fromGoal.policy.id.equals(predecessor.id)) {
                    // an earlier policy was adopted since the crosswalk was written: it maps the wrong goals
                    missing.add(new FieldError("crosswalk", Messages.text("problem.policyCrosswalk.notPredecessor",
                            e.fromGoal.id, predecessor.code)));
                }
            }
            for (Goal g : predecessor.goals) {
                if (!mapped.contains(g.id)) {
                    missing.add(new FieldError("crosswalk",
                            Messages.text("problem.policyCrosswalk.incomplete", g.number)));
                }
            }
            if (!missing.isEmpty()) {
                throw PolicyProblem.crosswalk(missing);
            }
        }
        for (Policy other : Policy.<Policy>list("status = ?1 and id <> ?2", PolicyStatus.adopted, p.id)) {
            if (other.validFrom < p.validFrom && !input.effectiveFrom().isAfter(other.effectiveFrom)) {
                throw PolicyProblem.effectiveDate("notAfter", other.effectiveFrom, other);
            }
            if (other.validFrom > p.validFrom && !input.effectiveFrom().isBefore(other.effectiveFrom)) {
                throw PolicyProblem.effectiveDate("notBefore", other.effectiveFrom, other);
            }
        }
        documents.change(DocumentKind.policy, p, ADOPTED, null, () -> snapshot(p), () -> {
            p.status = PolicyStatus.adopted;
            p.effectiveFrom = input.effectiveFrom();
            p.decision = Decision.from(input.decision());
        });
        return view(p, chain());
    }

    // ---- helpers -------------------------------------------------------------------------

    private boolean readsDrafts() {
        return !caller.roles().isEmpty();
    }

    private Policy visible(long id) {
        Policy p = Policy.findById(id);
        if (p == null || (p.status == PolicyStatus.draft && !readsDrafts())) {
            throw new NotFoundProblem("policy", id);
        }
        return p;
    }

    /** The draft to change: 404, 409 when adopted, then 428/412 for If-Match. */
    Policy draft(long id, String ifMatch) {
        Policy p = Policy.findById(id);
        if (p == null) {
            throw new NotFoundProblem("policy", id);
        }
        lifecycle.requireDraft(DocumentKind.policy, p);
        documents.requireIfMatch(DocumentKind.policy, p, ifMatch);
        return p;
    }

    /** validTo not before validFrom, and no other policy's period shares a year with this one. */
    private static void checkPeriod(Policy self, int from, int to) {
        if (to < from) {
            throw PolicyProblem.periodOrder(from);
        }
        List<Policy> overlapping = Policy.<Policy>list("validFrom <= ?1 and validTo >= ?2 order by validFrom", to,
                from);
        for (Policy other : overlapping) {
            if (self == null || !other.id.equals(self.id)) {
                throw PolicyProblem.periodOverlap(from, to, other);
            }
        }
    }

    /** The adopted policy with the latest period before this one's: the one whose goals the crosswalk maps. */
    Policy predecessor(Policy p) {
        return Policy.<Policy>find("status = ?1 and validTo < ?2", Sort.descending("validFrom"),
                PolicyStatus.adopted, p.validFrom).firstResult();
    }

    static Optional<Goal> goal(Policy p, int number) {
        return p.goals.stream().filter(g -> g.number == number).findFirst();
    }

    private static List<CrosswalkEntry> entries(long policyId) {
        return CrosswalkEntry.<CrosswalkEntry>find(
                "select distinct e from CrosswalkEntry e join fetch e.fromGoal f left join fetch e.toGoals "
                        + "where e.policy.id = ?1", policyId)
                .list().stream().sorted(Comparator.comparingInt(e -> e.fromGoal.number)).toList();
    }

    private static void apply(Policy p, PolicyInput input) {
        p.titleSv = input.title().sv().trim();
        p.titleEn = input.title().en().trim();
        p.validFrom = input.validFrom();
        p.validTo = input.validTo();
        p.code = new PolicyPeriod(input.validFrom(), input.validTo()).code();
        p.adoptedBy = input.adoptedBy().trim();
    }

    private static void apply(Goal g, GoalInput input) {
        g.number = input.number();
        g.titleSv = input.title().sv().trim();
        g.titleEn = input.title().en().trim();
        g.descriptionSv = input.description().sv().trim();
        g.descriptionEn = input.description().en().trim();
        g.sdgs = input.sdgs() == null ? new Integer[0]
                : input.sdgs().stream().distinct().sorted().toArray(Integer[]::new);
        g.targets = input.targets() == null ? new String[0]
                : input.targets().stream().distinct().toArray(String[]::new);
    }

    /** The adopted policies in order of their effective dates: what "in force" and "until" are computed from. */
    private record Chain(List<Policy> adopted, Optional<Long> inForce) {

        LocalDate effectiveTo(Policy p) {
            if (p.status != PolicyStatus.adopted) {
                return null;
            }
            return adopted.stream().filter(q -> q.effectiveFrom.isAfter(p.effectiveFrom)).findFirst()
                    .map(q -> q.effectiveFrom.minusDays(1)).orElse(null);
        }

        Long predecessorId(Policy p) {
            return adopted.stream().filter(q -> q.validTo < p.validFrom)
                    .max(Comparator.comparingInt((Policy q) -> q.validFrom)).map(q -> q.id).orElse(null);
        }
    }

    private Chain chain() {
        return new Chain(Policy.<Policy>list("status", Sort.ascending("effectiveFrom"), PolicyStatus.adopted),
                findCurrentPolicyId());
    }

    private static PolicyView view(Policy p, Chain chain) {
        return new PolicyView(p.id, p.code, new se.varna.common.LocalizedText(p.titleSv, p.titleEn), p.validFrom,
                p.validTo, p.adoptedBy, p.status, p.version, p.effectiveFrom, chain.effectiveTo(p),
                chain.inForce().map(p.id::equals).orElse(false), chain.predecessorId(p), Decision.view(p.decision),
                p.goals.stream().sorted(Comparator.comparingInt((Goal g) -> g.number)).map(GoalSummary::of).toList());
    }

    private CrosswalkView crosswalkView(Policy p) {
        Policy predecessor = predecessor(p);
        List<CrosswalkEntry> entries = entries(p.id);
        Set<Long> mapped = entries.stream().map(e -> e.fromGoal.id).collect(Collectors.toSet());
        List<CrosswalkEntryView> items = entries.stream().map(e -> new CrosswalkEntryView(GoalSummary.of(e.fromGoal),
                e.toGoals.stream().sorted(Comparator.comparingInt((Goal g) -> g.number)).map(GoalSummary::of).toList(),
                e.reason)).toList();
        List<GoalSummary> unmapped = predecessor == null ? List.of()
                : predecessor.goals.stream().filter(g -> !mapped.contains(g.id))
                        .sorted(Comparator.comparingInt((Goal g) -> g.number)).map(GoalSummary::of).toList();
        return new CrosswalkView(p.id, p.version,
                predecessor == null ? null
                        : new PolicyRef(predecessor.id, predecessor.code,
                                new se.varna.common.LocalizedText(predecessor.titleSv, predecessor.titleEn)),
                items, unmapped);
    }

    /** The audited state of a policy: its fields, its goals and its crosswalk. */
    static Map<String, Object> snapshot(Policy p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", p.code);
        s.put("title", Map.of("sv", p.titleSv, "en", p.titleEn));
        s.put("validFrom", p.validFrom);
        s.put("validTo", p.validTo);
        s.put("adoptedBy", p.adoptedBy);
        s.put("status", p.status.name());
        s.put("effectiveFrom", p.effectiveFrom == null ? null : p.effectiveFrom.toString());
        s.put("decision", Decision.snapshot(p.decision));
        List<Map<String, Object>> goals = new ArrayList<>();
        for (Goal g : p.goals.stream().sorted(Comparator.comparingInt((Goal x) -> x.number)).toList()) {
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("id", g.id);
            goal.put("number", g.number);
            goal.put("title", Map.of("sv", g.titleSv, "en", g.titleEn));
            goal.put("description", Map.of("sv", g.descriptionSv, "en", g.descriptionEn));
            goal.put("sdgs", Arrays.asList(g.sdgs));
            goal.put("targets", Arrays.asList(g.targets));
            goal.put("indicators", g.indicators.stream().map(i -> i.id).toList());
            goals.add(goal);
        }
        s.put("goals", goals);
        List<Map<String, Object>> crosswalk = new ArrayList<>();
        if (p.id != null) {
            for (CrosswalkEntry e : entries(p.id)) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("from", e.fromGoal.id);
                entry.put("to", e.toGoals.stream().map(g -> g.id).sorted().toList());
                entry.put("reason", e.reason);
                crosswalk.add(entry);
            }
        }
        s.put("crosswalk", crosswalk);
        if (p.id != null) {
            s.put("indicators", PolicyIndicatorService.snapshot(p.id));
        }
        return s;
    }
}
