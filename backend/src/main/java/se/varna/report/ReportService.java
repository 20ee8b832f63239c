package se.varna.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import se.varna.common.CurrentCaller;
import se.varna.common.InvalidParameterException;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageRequest;
import se.varna.common.VarnaRole;
import se.varna.common.deprecation.DeprecatedUse;
import se.varna.common.document.DocumentChange;
import se.varna.common.document.DocumentKind;
import se.varna.common.document.Lifecycle;
import se.varna.common.document.VersionedDocuments;
import se.varna.disclosure.Audience;
import se.varna.disclosure.DisclosureControl;
import se.varna.indicator.IndicatorFrequency;
import se.varna.indicator.Period;
import se.varna.policy.Policy;
import se.varna.policy.PolicyPeriod;
import se.varna.policy.PolicyStatus;
import se.varna.report.EvaluationDtos.EvaluationConclusions;
import se.varna.report.EvaluationDtos.EvaluationContent;
import se.varna.report.EvaluationDtos.EvaluationCrimeBasis;
import se.varna.report.ReportDtos.ReportContent;
import se.varna.report.ReportDtos.ReportHistoryEntry;
import se.varna.report.ReportDtos.ReportHistoryPage;
import se.varna.report.ReportDtos.ReportInput;
import se.varna.report.ReportDtos.ReportMeasures;
import se.varna.report.ReportDtos.ReportPage;
import se.varna.report.ReportDtos.ReportSections;
import se.varna.report.ReportDtos.ReportSummary;
import se.varna.report.ReportDtos.ReportView;

/**
 * Status reports: drafts built from live data when read, approval freezing the content. A
 * report follows the one lifecycle of documents ({@link Lifecycle}: a draft until approved,
 * then frozen), and every change is audited ({@link VersionedDocuments}).
 *
 * <p>
 * Readers: anyone may read approved reports (reports to the municipal board are public
 * documents); drafts only callers with a Värna role. A snapshot freezes the exact content (and
 * what publishing its crime figures needs); each reader's view of it is made when it is read by
 * {@link ReportDisclosure}, through the same disclosure control as the crime statistics and the
 * indicator values.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    CurrentCaller caller;

    @Inject
    ReportContentBuilder builder;

    @Inject
    ObjectMapper json;

    @Inject
    VersionedDocuments documents;

    @Inject
    Lifecycle lifecycle;

    @Inject
    ReportDisclosure reportDisclosure;

    @Inject
    DisclosureControl disclosure;

    @Inject
    DeprecatedUse deprecatedUse;

    @Inject
    EvaluationContentBuilder evaluationBuilder;

    @Inject
    EvaluationDisclosure evaluationDisclosure;

    public ReportPage list(PageRequest page) {
        boolean drafts = readsDrafts();
        String where = drafts ? "1 = 1" : "status = ?1";
        Object[] params = drafts ? new Object[0] : new Object[] { ReportStatus.approved };
        var query = Report.<Report>find(where, Sort.descending("period").and("id", Sort.Direction.Descending), params);
        List<ReportSummary> items = page.window(query).stream().map(ReportService::summary).toList();
        return new ReportPage(items, query.count(), page.limit(), page.offset());
    }

    @Transactional
    public ReportView create(ReportInput input) {
        Report r = new Report();
        if (input != null && input.kind() == ReportKind.evaluation) {
            Policy policy = evaluatedPolicy(input.period());
            r.kind = ReportKind.evaluation;
            r.policyId = policy.id;
            r.period = EvaluationContentBuilder.period(policy);
            r.conclusions = write(EvaluationConclusions.EMPTY);
        } else {
            r.period = halfYear(input == null ? null : input.period()).code();
        }
        documents.create(DocumentKind.report, r, ReportService::snapshot);
        return view(r);
    }

    /**
     * The adopted policy whose period {@code raw} names ({@code 2020-2025}): 400 naming
     * {@code period} when absent or not of that form, 422 when no adopted policy has that period
     * or it already has an evaluation.
     */
    private static Policy evaluatedPolicy(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("period", "is required: a policy's period like 2020-2025");
        }
        PolicyPeriod period = PolicyPeriod.parse(raw)
                .orElseThrow(() -> new InvalidParameterException("period", "must be a policy's period like 2020-2025, not '"
                        + (raw.length() > 20 ? raw.substring(0, 20) + "…" : raw) + "'"));
        Policy policy = Policy.<Policy>find("status = ?1 and validFrom = ?2 and validTo = ?3", PolicyStatus.adopted,
                period.firstYear(), period.lastYear()).firstResult();
        if (policy == null) {
            throw EvaluationProblem.noPolicy(raw.trim());
        }
        if (Report.count("kind = ?1 and policyId = ?2", ReportKind.evaluation, policy.id) > 0) {
            throw EvaluationProblem.taken(raw.trim());
        }
        return policy;
    }

    /**
     * Replaces a draft evaluation's conclusions: 404, 409 when approved, 428/412 for If-Match,
     * 400 for no body or when the report is a half-year report, 422 naming a goal number the
     * policy does not have.
     */
    @Transactional
    public ReportView replaceConclusions(long id, String ifMatch, EvaluationConclusions conclusions) {
        Report r = find(id);
        if (r.kind != ReportKind.evaluation) {
            throw new InvalidParameterException("id", "is a half-year report: it has sections, not conclusions");
        }
        lifecycle.requireDraft(DocumentKind.report, r);
        documents.requireIfMatch(DocumentKind.report, r, ifMatch);
        if (conclusions == null) {
            throw new InvalidParameterException("body", "must name overall and goals");
        }
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        Policy policy = Policy.findById(r.policyId);
        policy.goals.forEach(g -> numbers.add(g.number));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < conclusions.goals().size(); i++) {
            int number = conclusions.goals().get(i).goalNumber();
            if (!numbers.contains(number) || !seen.add(number)) {
                throw EvaluationProblem.goal(i, number, policy.code);
            }
        }
        documents.change(DocumentKind.report, r, VersionedDocuments.UPDATED, null, () -> snapshot(r),
                () -> r.conclusions = write(conclusions));
        return view(r);
    }

    /** The report as the caller may see it; a draft's content is built from live data now. */
    public ReportView read(long id) {
        return view(visible(id));
    }

    /** Every change to the report, newest first; like the report itself, a draft's only for Värna's roles. */
    public ReportHistoryPage history(long id, PageRequest page) {
        Report r = visible(id);
        return documents.history(DocumentKind.report, r.id, page, ReportService::view, ReportHistoryPage::new);
    }

    /**
     * Replaces a draft's sections. Their limits are checked before this runs (400); then 404, 409
     * when approved, 428/412 for If-Match, and 400 for no body at all.
     */
    @Transactional
    public ReportView replaceSections(long id, String ifMatch, ReportSections sections) {
        Report r = find(id);
        if (r.kind != ReportKind.halfYear) {
            throw new InvalidParameterException("id", "is an evaluation: it has conclusions, not sections");
        }
        lifecycle.requireDraft(DocumentKind.report, r);
        documents.requireIfMatch(DocumentKind.report, r, ifMatch);
        if (sections == null) {
            throw new InvalidParameterException("body", "must name narrative, situation and actionPlan");
        }
        if (!sections.situation().isBlank() || !sections.actionPlan().isBlank()) {
            deprecatedUse.used(ReportPlans.TEXT_BOXES);
        }
        documents.change(DocumentKind.report, r, VersionedDocuments.UPDATED, null, () -> snapshot(r), () -> {
            r.narrative = sections.narrative();
            r.situation = sections.situation();
            r.actionPlan = sections.actionPlan();
        });
        return view(r);
    }

    /** Approves a draft: its content is built once more and frozen. 404, then 409 when already approved. */
    @Transactional
    public ReportView approve(long id) {
        Report r = find(id);
        lifecycle.requireDraft(DocumentKind.report, r);
        Object content;
        Object basis;
        if (r.kind == ReportKind.evaluation) {
            EvaluationContentBuilder.Built built = evaluationBuilder.build(Policy.findById(r.policyId));
            content = built.content();
            basis = built.crimeBasis();
        } else {
            ReportContentBuilder.Built built = builder.build(Period.of(r.period));
            content = built.content();
            basis = built.crimeBasis();
        }
        documents.change(DocumentKind.report, r, ReportStatus.approved.name(), null, () -> snapshot(r), () -> {
            r.content = write(content);
            r.crimeBasis = write(basis);
            r.status = ReportStatus.approved;
            r.approvedAt = documents.now();
            r.approvedBy = caller.username();
        });
        return view(r);
    }

    /** The report for an export: the same content and sections a read answers. */
    public ReportView forExport(long id) {
        return read(id);
    }

    // ---- helpers -------------------------------------------------------------------------

    private static Report find(long id) {
        Report r = Report.findById(id);
        if (r == null) {
            throw new NotFoundProblem("report", id);
        }
        return r;
    }

    private Report visible(long id) {
        Report r = Report.findById(id);
        if (r == null || (r.status == ReportStatus.draft && !readsDrafts())) {
            throw new NotFoundProblem("report", id);
        }
        return r;
    }

    private boolean readsDrafts() {
        return !caller.roles().isEmpty();
    }

    private ReportView view(Report r) {
        if (r.kind == ReportKind.evaluation) {
            return evaluationView(r);
        }
        Audience audience = disclosure.audience();
        ReportContent content;
        ReportCrimeBasis basis;
        if (r.status == ReportStatus.approved) {
            content = read(r.content, ReportContent.class);
            basis = r.crimeBasis == null ? null : read(r.crimeBasis, ReportCrimeBasis.class);
        } else {
            ReportContentBuilder.Built built = builder.build(Period.of(r.period));
            content = built.content();
            basis = built.crimeBasis();
        }
        content = reportDisclosure.forAudience(r.id, content, basis, audience);
        if (!readsDrafts()) {
            content = forThePublic(content);
        }
        return new ReportView(r.id, r.kind, r.period, r.status, r.version,
                new ReportSections(r.narrative, r.situation, r.actionPlan), r.createdAt, r.createdBy, r.updatedAt,
                r.updatedBy, r.approvedAt, r.approvedBy, ReportDisclosure.allExact(content), content, null, null);
    }

    /** An evaluation as the caller may see it: live for a draft, the frozen snapshot once approved. */
    private ReportView evaluationView(Report r) {
        EvaluationContent content;
        EvaluationCrimeBasis basis;
        if (r.status == ReportStatus.approved) {
            content = read(r.content, EvaluationContent.class);
            basis = read(r.crimeBasis, EvaluationCrimeBasis.class);
        } else {
            EvaluationContentBuilder.Built built = evaluationBuilder.build(Policy.findById(r.policyId));
            content = built.content();
            basis = built.crimeBasis();
        }
        content = evaluationDisclosure.forAudience(content, basis, disclosure.audience());
        return new ReportView(r.id, r.kind, r.period, r.status, r.version,
                new ReportSections(r.narrative, r.situation, r.actionPlan), r.createdAt, r.createdBy, r.updatedAt,
                r.updatedBy, r.approvedAt, r.approvedBy, EvaluationDisclosure.allExact(content), null,
                read(r.conclusions, EvaluationConclusions.class), content);
    }

    /** The audited state of a report: its period, state and sections (not the content built from the data). */
    private static Map<String, Object> snapshot(Report r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", r.kind.name());
        s.put("period", r.period);
        s.put("status", r.status.name());
        if (r.kind == ReportKind.evaluation) {
            s.put("conclusions", r.conclusions);
        }
        s.put("narrative", r.narrative);
        s.put("situation", r.situation);
        s.put("actionPlan", r.actionPlan);
        return s;
    }

    private static ReportHistoryEntry view(DocumentChange c) {
        return new ReportHistoryEntry(c.id(), c.changedAt(), c.changedBy(), c.changedByName(), c.action(),
                c.version(), c.changedFields(), c.before(), c.after());
    }

    /**
     * What a reader without a Värna role sees: safety analyses are internal assessments (their own
     * endpoints are for signed-in roles only), and unpublished measures are not named; the counts
     * stay as they are.
     */
    private static ReportContent forThePublic(ReportContent c) {
        ReportMeasures m = c.measures();
        ReportMeasures measures = new ReportMeasures(m.total(), m.byStatus(), m.byGoal(), m.byPreventionType(),
                m.byPreventionLevel(), m.lackingUpdates().stream().filter(x -> x.published()).toList());
        return new ReportContent(c.contentVersion(), c.period(), c.from(), c.to(), c.builtAt(), c.goals(), c.crime(),
                measures, c.agreements(), List.of(), c.evaluations(), ReportPlans.publicProblems(c.actionPlan()));
    }

    private static ReportSummary summary(Report r) {
        return new ReportSummary(r.id, r.kind, r.period, r.status, r.createdAt, r.createdBy, r.updatedAt, r.approvedAt,
                r.approvedBy);
    }

    /**
     * The half-year {@code raw} names, or 400 naming {@code period}: absent (a request without a
     * body too), blank or not a half-year. Its length is a constraint of {@code ReportInput}.
     */
    static Period halfYear(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("period", "is required: a half-year like 2025H2");
        }
        Period p = Period.parse(raw).orElse(null);
        if (p == null || p.kind() != IndicatorFrequency.halfYearly) {
            throw new InvalidParameterException("period", "must be a half-year like 2025H2, not '"
                    + (raw.length() > 20 ? raw.substring(0, 20) + "…" : raw) + "'");
        }
        return p;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store report content", e);
        }
    }

    private <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored report content", e);
        }
    }
}
