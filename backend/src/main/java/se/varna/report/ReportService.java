package se.varna.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import se.varna.common.CurrentCaller;
import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.Limits;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageRequest;
import se.varna.common.Parameters;
import se.varna.common.Snapshots;
import se.varna.disclosure.Audience;
import se.varna.disclosure.DisclosureControl;
import se.varna.indicator.IndicatorFrequency;
import se.varna.indicator.Period;
import se.varna.report.ReportDtos.ReportContent;
import se.varna.report.ReportDtos.ReportInput;
import se.varna.report.ReportDtos.ReportMeasures;
import se.varna.report.ReportDtos.ReportPage;
import se.varna.report.ReportDtos.ReportSections;
import se.varna.report.ReportDtos.ReportSummary;
import se.varna.report.ReportDtos.ReportView;

/**
 * Status reports: drafts built from live data when read, approval freezing the content.
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

    static final int SECTION_MAX = 20_000;

    @Inject
    CurrentCaller caller;

    @Inject
    ReportContentBuilder builder;

    @Inject
    ObjectMapper json;

    @Inject
    ReportDisclosure reportDisclosure;

    @Inject
    DisclosureControl disclosure;

    Clock clock = Clock.systemDefaultZone();

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
        Period half = halfYear(input == null ? null : input.period());
        Report r = new Report();
        r.period = half.code();
        r.createdAt = now();
        r.createdBy = caller.username();
        r.updatedAt = r.createdAt;
        r.updatedBy = r.createdBy;
        r.persist();
        Report.flush();
        return view(r);
    }

    /** The report as the caller may see it; a draft's content is built from live data now. */
    public ReportView read(long id) {
        return view(visible(id));
    }

    @Transactional
    public ReportView replaceSections(long id, String ifMatch, ReportSections sections) {
        Report r = Report.findById(id);
        if (r == null) {
            throw new NotFoundProblem("report", id);
        }
        checkDraft(r);
        checkIfMatch(r, ifMatch);
        List<FieldError> errors = new ArrayList<>();
        if (sections == null) {
            throw new InvalidParameterException("body", "must name narrative, situation and actionPlan");
        }
        r.narrative = section("narrative", sections.narrative(), errors);
        r.situation = section("situation", sections.situation(), errors);
        r.actionPlan = section("actionPlan", sections.actionPlan(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        r.updatedAt = now();
        r.updatedBy = caller.username();
        Report.flush();
        return view(r);
    }

    @Transactional
    public ReportView approve(long id) {
        Report r = Report.findById(id);
        if (r == null) {
            throw new NotFoundProblem("report", id);
        }
        checkDraft(r);
        ReportContentBuilder.Built built = builder.build(Period.of(r.period));
        r.content = write(built.content());
        r.crimeBasis = write(built.crimeBasis());
        r.status = ReportStatus.approved;
        r.approvedAt = now();
        r.approvedBy = caller.username();
        r.updatedAt = r.approvedAt;
        r.updatedBy = r.approvedBy;
        Report.flush();
        return view(r);
    }

    /** The report for an export: the same content and sections a read answers. */
    public ReportView forExport(long id) {
        return read(id);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    // ---- helpers -------------------------------------------------------------------------

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
        return new ReportView(r.id, r.period, r.status, r.version,
                new ReportSections(r.narrative, r.situation, r.actionPlan), r.createdAt, r.createdBy, r.updatedAt,
                r.updatedBy, r.approvedAt, r.approvedBy, ReportDisclosure.allExact(content), content);
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
                measures, c.agreements(), List.of());
    }

    private static ReportSummary summary(Report r) {
        return new ReportSummary(r.id, r.period, r.status, r.createdAt, r.createdBy, r.updatedAt, r.approvedAt,
                r.approvedBy);
    }

    static Period halfYear(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("period", "is required: a half-year like 2025H2");
        }
        Parameters.text("period", raw, Limits.CODE);
        Period p = Period.parse(raw).orElse(null);
        if (p == null || p.kind() != IndicatorFrequency.halfYearly) {
            throw new InvalidParameterException("period", "must be a half-year like 2025H2, not '"
                    + (raw.length() > 20 ? raw.substring(0, 20) + "…" : raw) + "'");
        }
        return p;
    }

    private static String section(String field, String text, List<FieldError> errors) {
        if (text == null) {
            errors.add(new FieldError(field, "is required (may be empty)"));
            return "";
        }
        if (text.length() > SECTION_MAX) {
            errors.add(new FieldError(field, "must be at most " + SECTION_MAX + " characters"));
        }
        return text;
    }

    private static void checkDraft(Report r) {
        if (r.status == ReportStatus.approved) {
            throw new ReportApprovedProblem(r.id);
        }
    }

    private static void checkIfMatch(Report r, String ifMatch) {
        Snapshots.requireIfMatch(ifMatch, r.version, "a report", "report");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
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
