package se.varna.tasks;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.varna.common.CurrentCaller;
import se.varna.common.LocalizedText;
import se.varna.common.PageRequest;
import se.varna.common.VarnaRole;
import se.varna.indicator.IndicatorFrequency;
import se.varna.indicator.Period;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;
import se.varna.tasks.TaskDtos.Task;
import se.varna.tasks.TaskDtos.TaskKind;
import se.varna.tasks.TaskDtos.TaskLink;
import se.varna.tasks.TaskDtos.TaskPage;

/**
 * What each organisation must do and by when (docs/tasks.md): its indicators' next values (the
 * end of the next period without a value plus the indicator's publication lag), its ongoing
 * measures' progress updates and its open commitments' follow-ups (both by the {@link FollowUpRule}).
 * A to-do is listed once it is overdue or due within the horizon ({@code varna.tasks.horizon-days}).
 */
@ApplicationScoped
public class TaskService {

    private static final Comparator<Task> ORDER = Comparator.comparing((Task t) -> !t.overdue())
            .thenComparing(Task::dueDate).thenComparing(Task::kind).thenComparing(t -> t.title().sv());

    @Inject
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    FollowUpRule followUpRule;

    @Inject
    TasksConfig config;

    @Inject
    TaskClock clock;

    /**
     * The caller's to-dos: their organisation's, and for the coordinator every organisation's
     * overdue ones as well.
     */
    public TaskPage forCaller(PageRequest page) {
        LocalDate today = clock.today();
        Optional<String> organisation = caller.organisationCode();
        boolean coordinator = caller.hasRole(VarnaRole.coordinator);
        List<Task> tasks = all(today).stream()
                .filter(t -> organisation.map(t.organisation().code()::equals).orElse(false)
                        || coordinator && t.overdue())
                .toList();
        List<Task> window = tasks.stream().skip(page.offset()).limit(page.limit()).toList();
        return new TaskPage(window, tasks.size(), tasks.stream().filter(Task::overdue).count(), page.limit(),
                page.offset(), today);
    }

    /** One organisation's to-dos on {@code today}, the overdue first. */
    public List<Task> forOrganisation(String organisationCode, LocalDate today) {
        return all(today).stream().filter(t -> t.organisation().code().equals(organisationCode)).toList();
    }

    /** Every organisation's to-dos on {@code today}, in their order. */
    public List<Task> all(LocalDate today) {
        LocalDate horizon = today.plusDays(config.horizonDays());
        List<Task> tasks = new ArrayList<>();
        indicatorValues(today, tasks);
        measureUpdates(today, tasks);
        commitmentFollowUps(today, tasks);
        return tasks.stream().filter(t -> !t.dueDate().isAfter(horizon)).sorted(ORDER).toList();
    }

    /** When an indicator's next value is due: its next period after the latest value, and that period's due day. */
    public static Period nextPeriod(IndicatorFrequency frequency, String latestPeriod, String baselinePeriod,
            LocalDate today) {
        if (latestPeriod != null) {
            return DuePeriods.following(Period.of(latestPeriod));
        }
        if (baselinePeriod != null && Period.parse(baselinePeriod).map(p -> p.kind() == frequency).orElse(false)) {
            return DuePeriods.following(Period.of(baselinePeriod));
        }
        return DuePeriods.lastEnded(today, frequency);
    }

    private void indicatorValues(LocalDate today, List<Task> tasks) {
        List<?> rows = em.createNativeQuery("select i.id, i.name_sv, i.name_en, i.frequency, i.baseline_period, "
                + "coalesce(r.publication_lag_months, 0), "
                + "(select v.period from indicator_value v where v.indicator_id = i.id "
                + "order by v.period_end desc limit 1), "
                + "o.id as org_id, o.code, o.name_sv as org_sv, o.name_en as org_en "
                + "from indicator i join organisation o on o.id = i.owner_id "
                + "left join indicator_due_rule r on r.indicator_id = i.id "
                + "where i.computed_from is null").getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            Period next = nextPeriod(IndicatorFrequency.valueOf((String) r[3]), (String) r[6], (String) r[4], today);
            LocalDate due = DuePeriods.due(next, ((Number) r[5]).intValue());
            tasks.add(new Task(TaskKind.indicatorValue, new LocalizedText((String) r[1], (String) r[2]),
                    organisation(r, 7), due, today.isAfter(due), next.code(),
                    new TaskLink("/api/v1/indicators/" + id + "/values", "/indicators/" + id)));
        }
    }

    private void measureUpdates(LocalDate today, List<Task> tasks) {
        List<?> rows = em.createNativeQuery("select m.id, m.title, "
                + "coalesce((select max(u.date) from measure_update u where u.measure_id = m.id), m.start_date), "
                + "o.id as org_id, o.code, o.name_sv, o.name_en "
                + "from measure m join organisation o on o.id = m.responsible_organisation_id "
                + "where m.status = 'ongoing'").getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            LocalDate due = followUpRule.due(date(r[2]));
            tasks.add(new Task(TaskKind.measureUpdate, new LocalizedText((String) r[1], (String) r[1]),
                    organisation(r, 3), due, followUpRule.overdue(date(r[2]), today), null,
                    new TaskLink("/api/v1/measures/" + id + "/updates", "/measures/" + id)));
        }
    }

    private void commitmentFollowUps(LocalDate today, List<Task> tasks) {
        List<?> rows = em.createNativeQuery("select c.id, c.text, c.status_updated_at, g.id as agreement_id, "
                + "g.start_date, o.id as org_id, o.code, o.name_sv, o.name_en "
                + "from agreement_commitment c join agreement g on g.id = c.agreement_id "
                + "join organisation o on o.id = c.responsible_organisation_id "
                + "where c.status in ('notStarted', 'ongoing')").getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            LocalDate due = followUpRule.commitmentDue(true, offsetDateTime(r[2]), date(r[4]));
            long agreementId = ((Number) r[3]).longValue();
            tasks.add(new Task(TaskKind.commitmentFollowUp, new LocalizedText((String) r[1], (String) r[1]),
                    organisation(r, 5), due, today.isAfter(due), null,
                    new TaskLink("/api/v1/agreements/" + agreementId + "/commitments/" + r[0] + "/status",
                            "/agreements/" + agreementId)));
        }
    }

    private static OrganisationSummary organisation(Object[] r, int from) {
        return new OrganisationSummary(((Number) r[from]).longValue(), (String) r[from + 1],
                new LocalizedText((String) r[from + 2], (String) r[from + 3]));
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    static OffsetDateTime offsetDateTime(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
