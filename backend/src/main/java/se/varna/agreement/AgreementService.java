package se.varna.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import se.varna.tasks.FollowUpRule;
import se.varna.agreement.AgreementDtos.AgreementInput;
import se.varna.agreement.AgreementDtos.AgreementPage;
import se.varna.agreement.AgreementDtos.AgreementSummary;
import se.varna.agreement.AgreementDtos.AgreementView;
import se.varna.agreement.AgreementDtos.CommitmentCounts;
import se.varna.agreement.AgreementDtos.CommitmentInput;
import se.varna.agreement.AgreementDtos.CommitmentStatusInput;
import se.varna.agreement.AgreementDtos.CommitmentView;
import se.varna.agreement.AgreementDtos.HistoryEntryView;
import se.varna.agreement.AgreementDtos.HistoryPage;
import se.varna.safetyanalysis.SafetyAnalysisDtos.MeasureRef;
import se.varna.area.Area;
import se.varna.area.AreaService;
import se.varna.common.CurrentCaller;
import se.varna.common.FieldError;
import se.varna.common.ForbiddenProblem;
import se.varna.common.InvalidParameterException;
import se.varna.common.Messages;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageRequest;
import se.varna.common.VarnaRole;
import se.varna.common.document.DocumentChange;
import se.varna.common.document.DocumentKind;
import se.varna.common.document.VersionedDocuments;
import se.varna.governance.ForumDecision;
import se.varna.governance.ForumDecisionService;
import se.varna.measure.Measure;
import se.varna.area.AreaDtos.AreaSummary;
import se.varna.organisation.Organisation;
import se.varna.organisation.OrganisationService;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;

/**
 * Agreements and their commitments: public reading, the coordinator's changes, follow-up of a
 * commitment's status by the coordinator or the committed organisation. Every change is
 * checked against the version the ETag carries and audited ({@link VersionedDocuments}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgreementService {

    /** When a commitment's next follow-up is due. */
    @Inject
    FollowUpRule followUpRule;

    @Inject
    CurrentCaller caller;

    @Inject
    VersionedDocuments documents;

    @Inject
    AreaService areas;

    @Inject
    OrganisationService organisations;

    @Inject
    ForumDecisionService forumDecisions;

    // ---- reading -------------------------------------------------------------------------

    public AgreementPage list(String areaCode, AgreementType type, CommitmentStatus status, LocalDate from,
            LocalDate to, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (areaCode != null) {
            Area area = areas.requireByCode(areaCode, "area");
            where.append(" and g.area.id in :areas");
            params.put("areas", withAncestors(area));
        }
        if (type != null) {
            where.append(" and g.type = :type");
            params.put("type", type);
        }
        if (status != null) {
            where.append(" and exists (select c from AgreementCommitment c where c.agreement = g and c.status = :status)");
            params.put("status", status);
        }
        if (from != null) {
            where.append(" and (g.endDate is null or g.endDate >= :from)");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and g.startDate <= :to");
            params.put("to", to);
        }
        var em = Agreement.getEntityManager();
        TypedQuery<Agreement> q = em.createQuery("select g from Agreement g join fetch g.area where " + where
                + " order by g.startDate desc, g.title, g.id", Agreement.class);
        params.forEach(q::setParameter);
        List<Agreement> rows = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        TypedQuery<Long> count = em.createQuery("select count(g) from Agreement g where " + where, Long.class);
        params.forEach(count::setParameter);
        ListChildren children = listChildren(rows);
        return new AgreementPage(rows.stream().map(g -> summary(g, children)).toList(), count.getSingleResult(),
                page.limit(), page.offset());
    }

    /** The list items' parties and commitment counts by status, by agreement id. */
    private record ListChildren(Map<Long, List<Organisation>> parties, Map<Long, long[]> commitments) {
    }

    /**
     * The parties and the commitments' statuses of a whole page in two statements; reading each
     * agreement's collections instead cost statements per agreement and collection.
     */
    private static ListChildren listChildren(List<Agreement> rows) {
        Map<Long, List<Organisation>> parties = new HashMap<>();
        Map<Long, long[]> commitments = new HashMap<>();
        if (rows.isEmpty()) {
            return new ListChildren(parties, commitments);
        }
        List<Long> ids = rows.stream().map(g -> g.id).toList();
        var em = Agreement.getEntityManager();
        for (Object[] row : em.createQuery("select g.id, o from Agreement g join g.parties o where g.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            parties.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Organisation) row[1]);
        }
        for (Object[] row : em.createQuery("select c.agreement.id, c.status, count(c) from AgreementCommitment c "
                + "where c.agreement.id in :ids group by c.agreement.id, c.status", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            commitments.computeIfAbsent((Long) row[0], id -> new long[CommitmentStatus.values().length])
                    [((CommitmentStatus) row[1]).ordinal()] = (Long) row[2];
        }
        return new ListChildren(parties, commitments);
    }

    /** The area and the areas containing it: a municipality-wide agreement covers each district. */
    private static List<Long> withAncestors(Area area) {
        List<Long> ids = new ArrayList<>();
        Area current = area;
        while (current != null && !ids.contains(current.id)) {
            ids.add(current.id);
            current = current.parentId == null ? null : Area.findById(current.parentId);
        }
        return ids;
    }

    public AgreementView get(long id) {
        return view(find(id));
    }

    public HistoryPage history(long id, PageRequest page) {
        Agreement g = find(id);
        return documents.history(DocumentKind.agreement, g.id, page, AgreementService::view, HistoryPage::new);
    }

    private static Agreement find(long id) {
        Agreement g = Agreement.findById(id);
        if (g == null) {
            throw new NotFoundProblem("agreement", id);
        }
        return g;
    }

    // ---- writing -------------------------------------------------------------------------

    @Transactional
    public AgreementView create(AgreementInput input) {
        Agreement g = new Agreement();
        apply(g, input, documents.now());
        documents.create(DocumentKind.agreement, g, AgreementService::snapshot);
        return view(g);
    }

    /**
     * Replaces an agreement: 404, then 428/412 for If-Match, then 400 for what the input names. (The
     * input's own limits and required fields are its constraints, answered 400 before this runs.)
     */
    @Transactional
    public AgreementView replace(long id, String ifMatch, AgreementInput input) {
        Agreement g = find(id);
        documents.requireIfMatch(DocumentKind.agreement, g, ifMatch);
        documents.change(DocumentKind.agreement, g, VersionedDocuments.UPDATED, null, () -> snapshot(g),
                () -> apply(g, input, documents.now()));
        return view(g);
    }

    /**
     * Follows up one commitment. The coordinator may follow up any; an editor or partner only
     * those their own organisation is committed to (403 otherwise, and nothing changes).
     */
    @Transactional
    public AgreementView updateCommitmentStatus(long id, long commitmentId, CommitmentStatusInput input) {
        Agreement g = find(id);
        AgreementCommitment c = g.commitments.stream().filter(x -> x.id.equals(commitmentId)).findFirst()
                .orElseThrow(() -> new NotFoundProblem("commitment", commitmentId, id));
        if (!canUpdateStatus(c)) {
            throw new ForbiddenProblem(Messages.text("forbidden.commitment", c.responsibleOrganisation.nameSv));
        }
        // (the status and the comment's length are the input's constraints; without a body there is no status)
        if (input == null) {
            throw new InvalidParameterException("status", Messages.text("field.required.commitmentStatus"));
        }
        // a change of the agreement: its version moves on, so a coordinator's change based on
        // the old one gets 412
        documents.change(DocumentKind.agreement, g, "commitmentStatusChanged", c.id, () -> commitmentStatus(c),
                () -> {
                    c.status = input.status();
                    c.statusComment = blankToNull(input.comment());
                    c.statusUpdatedAt = documents.now();
                    c.statusUpdatedBy = caller.username();
                });
        return view(g);
    }

    /**
     * Sets the agreement from the input, or nothing when any of it is wrong (400 naming each
     * field). The input's constraints have checked its limits and required fields before the
     * service runs; what is left is what only the data can tell: codes and ids that name
     * nothing (or a commitment named twice), and an end before the start.
     */
    private void apply(Agreement g, AgreementInput input, OffsetDateTime now) {
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        Area area = areas.requireByCode(input.area(), "area", errors);
        if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            errors.add(new FieldError("endDate", Messages.text("field.notBefore", "startDate")));
        }
        Set<Organisation> parties = organisations.requireByCodes(input.parties(), "parties", errors);
        List<ResolvedCommitment> resolved = resolveCommitments(g, orNone(input.commitments()), errors);
        Set<ForumDecision> decisions = forumDecisions.requireByIds(input.forumDecisions(), "forumDecisions", errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        g.type = input.type();
        g.title = input.title().trim();
        g.description = blankToNull(input.description());
        g.area = area;
        g.startDate = input.startDate();
        g.endDate = input.endDate();
        g.parties.retainAll(parties);
        g.parties.addAll(parties);
        g.forumDecisions.retainAll(decisions);
        g.forumDecisions.addAll(decisions);
        List<AgreementCommitment> commitments = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            commitments.add(resolved.get(i).applyTo(g, i, now, caller.username()));
        }
        g.commitments.clear();
        g.commitments.addAll(commitments);
    }

    /**
     * A commitment of the input with what it names found: the commitment it keeps (null for a
     * new one), the responsible organisation and the measures.
     */
    private record ResolvedCommitment(CommitmentInput input, AgreementCommitment kept, Organisation responsible,
            Set<Measure> measures) {

        /** The kept or new commitment, set from the input; its follow-up is stamped when it changed. */
        AgreementCommitment applyTo(Agreement g, int position, OffsetDateTime now, String username) {
            AgreementCommitment c = kept != null ? kept : new AgreementCommitment();
            String statusComment = blankToNull(input.statusComment());
            boolean statusChanged = c.id == null || c.status != input.status()
                    || !Objects.equals(c.statusComment, statusComment);
            c.agreement = g;
            c.position = position;
            c.text = input.text().trim();
            c.responsibleOrganisation = responsible;
            c.status = input.status();
            c.statusComment = statusComment;
            if (statusChanged) {
                c.statusUpdatedAt = now;
                c.statusUpdatedBy = username;
            }
            c.measures.retainAll(measures);
            c.measures.addAll(measures);
            return c;
        }
    }

    /**
     * The commitments of the input with what they name, in their order. One naming an {@code id}
     * keeps that commitment of {@code g}: an id it does not have, or one named twice, is an
     * error, and nothing else of that commitment is looked up.
     */
    private List<ResolvedCommitment> resolveCommitments(Agreement g, List<CommitmentInput> inputs,
            List<FieldError> errors) {
        Map<Long, AgreementCommitment> existing = new HashMap<>();
        g.commitments.forEach(c -> existing.put(c.id, c));
        Set<Long> kept = new HashSet<>();
        List<ResolvedCommitment> resolved = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CommitmentInput ci = inputs.get(i);
            String at = "commitments[" + i + "]";
            AgreementCommitment keeps = null;
            if (ci.id() != null) {
                keeps = existing.get(ci.id());
                if (keeps == null) {
                    errors.add(new FieldError(at + ".id", Messages.text("field.noCommitment", ci.id())));
                    continue;
                }
                if (!kept.add(ci.id())) {
                    errors.add(new FieldError(at + ".id", Messages.text("field.namedTwice")));
                    continue;
                }
            }
            Organisation responsible = organisations.requireByCode(ci.responsibleOrganisation(),
                    at + ".responsibleOrganisation", errors);
            resolved.add(new ResolvedCommitment(ci, keeps, responsible, measures(orNone(ci.measures()), at, errors)));
        }
        return resolved;
    }

    /** The measures {@code ids} name, each once; an error at {@code at.measures[j]} for an id that names none. */
    private static Set<Measure> measures(List<Long> ids, String at, List<FieldError> errors) {
        Set<Measure> measures = new LinkedHashSet<>();
        for (int j = 0; j < ids.size(); j++) {
            Long id = ids.get(j);
            Measure m = id == null ? null : Measure.findById(id);
            if (m == null) {
                errors.add(new FieldError(at + ".measures[" + j + "]", Messages.text("field.noMeasure", id)));
            } else {
                measures.add(m);
            }
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

    // ---- who may do what -----------------------------------------------------------------

    private boolean canEdit() {
        return caller.hasRole(VarnaRole.coordinator);
    }

    private boolean canUpdateStatus(AgreementCommitment c) {
        return caller.hasRole(VarnaRole.coordinator)
                || ((caller.hasRole(VarnaRole.editor) || caller.hasRole(VarnaRole.partner))
                        && caller.actsFor(c.responsibleOrganisation.code));
    }

    private boolean readsInternal() {
        return !caller.isAnonymous() && !caller.roles().isEmpty();
    }

    // ---- audit snapshots -----------------------------------------------------------------

    private static Map<String, Object> snapshot(Agreement g) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", g.type.name());
        s.put("title", g.title);
        s.put("description", g.description);
        s.put("area", g.area.code);
        s.put("startDate", g.startDate.toString());
        s.put("endDate", g.endDate == null ? null : g.endDate.toString());
        s.put("parties", g.parties.stream().map(o -> o.code).sorted().toList());
        s.put("commitments", g.commitments.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id);
            m.put("text", c.text);
            m.put("responsibleOrganisation", c.responsibleOrganisation.code);
            m.put("status", c.status.name());
            m.put("statusComment", c.statusComment);
            m.put("measures", c.measures.stream().map(x -> x.id).sorted().toList());
            return m;
        }).toList());
        s.put("forumDecisions", ForumDecisionService.ids(g.forumDecisions));
        return s;
    }

    private static Map<String, Object> commitmentStatus(AgreementCommitment c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", c.status.name());
        s.put("statusComment", c.statusComment);
        return s;
    }

    // ---- views ---------------------------------------------------------------------------

    private static HistoryEntryView view(DocumentChange c) {
        return new HistoryEntryView(c.id(), c.changedAt(), c.changedBy(), c.changedByName(), c.action(), c.version(),
                c.partId(), c.changedFields(), c.before(), c.after());
    }

    private static List<OrganisationSummary> parties(Agreement g) {
        return parties(g.parties);
    }

    private static List<OrganisationSummary> parties(Collection<Organisation> parties) {
        return parties.stream().sorted(Comparator.comparing((Organisation o) -> o.nameSv))
                .map(OrganisationSummary::of).toList();
    }

    private static AgreementSummary summary(Agreement g, ListChildren children) {
        long[] counts = children.commitments().getOrDefault(g.id, new long[CommitmentStatus.values().length]);
        return new AgreementSummary(g.id, g.type, g.title, AreaSummary.of(g.area), g.startDate, g.endDate,
                parties(children.parties().getOrDefault(g.id, List.of())),
                new CommitmentCounts(counts[0], counts[1], counts[2], counts[3]), g.demo);
    }

    private AgreementView view(Agreement g) {
        boolean internal = readsInternal();
        List<CommitmentView> commitments = g.commitments.stream().map(c -> new CommitmentView(c.id, c.text,
                OrganisationSummary.of(c.responsibleOrganisation), c.status, c.statusComment, c.statusUpdatedAt,
                internal ? c.statusUpdatedBy : null,
                c.measures.stream().filter(m -> internal || m.published).sorted(Comparator.comparing((Measure m) -> m.title))
                        .map(m -> new MeasureRef(m.id, m.title, m.status)).toList(),
                canUpdateStatus(c), followUpRule.commitmentDue(c.status.open(), c.statusUpdatedAt, g.startDate)))
                .toList();
        return new AgreementView(g.id, g.version, g.type, g.title, g.description, AreaSummary.of(g.area), g.startDate,
                g.endDate, parties(g), commitments,
                internal ? ForumDecisionService.views(g.forumDecisions) : List.of(), g.demo, canEdit(), g.createdAt, internal ? g.createdBy : null,
                g.updatedAt, internal ? g.updatedBy : null);
    }
}
