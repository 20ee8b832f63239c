package se.varna.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import se.varna.common.Limits;
import se.varna.common.Messages;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageRequest;
import se.varna.common.VarnaRole;
import se.varna.common.document.DocumentChange;
import se.varna.common.document.DocumentKind;
import se.varna.common.document.VersionedDocuments;
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

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 5000;

    @Inject
    CurrentCaller caller;

    @Inject
    VersionedDocuments documents;

    @Inject
    AreaService areas;

    @Inject
    OrganisationService organisations;

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
        return new AgreementPage(rows.stream().map(AgreementService::summary).toList(), count.getSingleResult(),
                page.limit(), page.offset());
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

    /** Replaces an agreement: 404, then 428/412 for If-Match, then 400 for the input. */
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
        List<FieldError> errors = new ArrayList<>();
        if (input == null || input.status() == null) {
            errors.add(new FieldError("status", Messages.text("field.required.commitmentStatus")));
        }
        if (input != null && input.comment() != null && input.comment().length() > TEXT_MAX) {
            errors.add(new FieldError("comment", Limits.tooLong(TEXT_MAX)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
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

    private void apply(Agreement g, AgreementInput input, OffsetDateTime now) {
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (input.type() == null) {
            errors.add(new FieldError("type", Messages.text("field.required.agreementType")));
        }
        if (blank(input.title())) {
            errors.add(new FieldError("title", Messages.text("field.required")));
        } else if (input.title().trim().length() > TITLE_MAX) {
            errors.add(new FieldError("title", Limits.tooLong(TITLE_MAX)));
        }
        if (input.description() != null && input.description().length() > TEXT_MAX) {
            errors.add(new FieldError("description", Limits.tooLong(TEXT_MAX)));
        }
        Area area = null;
        if (blank(input.area())) {
            errors.add(new FieldError("area", Messages.text("field.required")));
        } else if (Limits.maxLength(errors, "area", input.area(), Limits.CODE)) {
            area = areas.requireByCode(input.area(), "area", errors);
        }
        if (input.startDate() == null) {
            errors.add(new FieldError("startDate", Messages.text("field.required")));
        } else if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            errors.add(new FieldError("endDate", Messages.text("field.notBefore", "startDate")));
        }
        List<String> partyCodes = input.parties() == null ? List.of() : input.parties();
        if (partyCodes.isEmpty()) {
            errors.add(new FieldError("parties", Messages.text("field.parties.none")));
        }
        if (!Limits.codes(errors, "parties", partyCodes, Limits.ITEMS, Limits.CODE)) {
            partyCodes = List.of();
        }
        Set<Organisation> parties = organisations.requireByCodes(partyCodes, "parties", errors);

        Map<Long, AgreementCommitment> existing = new HashMap<>();
        g.commitments.forEach(c -> existing.put(c.id, c));
        List<AgreementCommitment> commitments = new ArrayList<>();
        List<CommitmentInput> inputs = input.commitments() == null
                || !Limits.maxItems(errors, "commitments", input.commitments(), Limits.ITEMS) ? List.of()
                        : input.commitments();
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            CommitmentInput ci = inputs.get(i);
            String at = "commitments[" + i + "]";
            if (ci == null) {
                errors.add(new FieldError(at, Messages.text("field.required")));
                continue;
            }
            AgreementCommitment c = new AgreementCommitment();
            if (ci.id() != null) {
                c = existing.get(ci.id());
                if (c == null) {
                    errors.add(new FieldError(at + ".id", Messages.text("field.noCommitment", ci.id())));
                    continue;
                }
                if (!kept.add(ci.id())) {
                    errors.add(new FieldError(at + ".id", Messages.text("field.namedTwice")));
                    continue;
                }
            }
            if (blank(ci.text())) {
                errors.add(new FieldError(at + ".text", Messages.text("field.required")));
            } else if (ci.text().length() > TEXT_MAX) {
                errors.add(new FieldError(at + ".text", Limits.tooLong(TEXT_MAX)));
            }
            Organisation responsible = null;
            Limits.maxLength(errors, at + ".statusComment", ci.statusComment(), TEXT_MAX);
            if (blank(ci.responsibleOrganisation())) {
                errors.add(new FieldError(at + ".responsibleOrganisation", Messages.text("field.required")));
            } else if (Limits.maxLength(errors, at + ".responsibleOrganisation", ci.responsibleOrganisation(),
                    Limits.CODE)) {
                responsible = organisations.requireByCode(ci.responsibleOrganisation(), at + ".responsibleOrganisation",
                        errors);
            }
            if (ci.status() == null) {
                errors.add(new FieldError(at + ".status", Messages.text("field.required.commitmentStatus")));
            }
            Set<Measure> measures = new LinkedHashSet<>();
            List<Long> measureIds = ci.measures() == null
                    || !Limits.maxItems(errors, at + ".measures", ci.measures(), Limits.ITEMS) ? List.of() : ci.measures();
            for (int j = 0; j < measureIds.size(); j++) {
                Long mid = measureIds.get(j);
                Measure m = mid == null ? null : Measure.findById(mid);
                if (m == null) {
                    errors.add(new FieldError(at + ".measures[" + j + "]", Messages.text("field.noMeasure", mid)));
                } else {
                    measures.add(m);
                }
            }
            if (errors.isEmpty()) {
                boolean statusChanged = c.id == null || c.status != ci.status()
                        || !Objects.equals(c.statusComment, blankToNull(ci.statusComment()));
                c.agreement = g;
                c.position = i;
                c.text = ci.text().trim();
                c.responsibleOrganisation = responsible;
                c.status = ci.status();
                c.statusComment = blankToNull(ci.statusComment());
                if (statusChanged) {
                    c.statusUpdatedAt = now;
                    c.statusUpdatedBy = caller.username();
                }
                c.measures.retainAll(measures);
                c.measures.addAll(measures);
                commitments.add(c);
            }
        }
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
        g.commitments.clear();
        g.commitments.addAll(commitments);
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
        return g.parties.stream().sorted(Comparator.comparing((Organisation o) -> o.nameSv))
                .map(OrganisationSummary::of).toList();
    }

    private static AgreementSummary summary(Agreement g) {
        long[] counts = new long[CommitmentStatus.values().length];
        g.commitments.forEach(c -> counts[c.status.ordinal()]++);
        return new AgreementSummary(g.id, g.type, g.title, AreaSummary.of(g.area), g.startDate, g.endDate, parties(g),
                new CommitmentCounts(counts[0], counts[1], counts[2], counts[3]), g.demo);
    }

    private AgreementView view(Agreement g) {
        boolean internal = readsInternal();
        List<CommitmentView> commitments = g.commitments.stream().map(c -> new CommitmentView(c.id, c.text,
                OrganisationSummary.of(c.responsibleOrganisation), c.status, c.statusComment, c.statusUpdatedAt,
                internal ? c.statusUpdatedBy : null,
                c.measures.stream().filter(m -> internal || m.published).sorted(Comparator.comparing((Measure m) -> m.title))
                        .map(m -> new MeasureRef(m.id, m.title, m.status)).toList(),
                canUpdateStatus(c))).toList();
        return new AgreementView(g.id, g.version, g.type, g.title, g.description, AreaSummary.of(g.area), g.startDate,
                g.endDate, parties(g), commitments, g.demo, canEdit(), g.createdAt, internal ? g.createdBy : null,
                g.updatedAt, internal ? g.updatedBy : null);
    }
}
