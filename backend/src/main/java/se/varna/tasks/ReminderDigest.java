package se.varna.tasks;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import se.varna.common.Municipality;
import se.varna.tasks.RecipientDirectory.Recipient;
import se.varna.tasks.TaskDtos.Task;

/**
 * The weekly e-mail digest: each editor whose organisation has something due (overdue or within the
 * horizon) gets one mail listing it, with a link to each to-do and to Mina uppgifter, where the digest
 * can be turned off. Nothing due, no mail. The editors come from Keycloak ({@link RecipientDirectory}),
 * so an editor who never signed in is reminded too; who turned it off comes from {@link KnownUsers}.
 *
 * <p>Every replica runs the job; before sending, a replica claims the user's row for the ISO week
 * ({@code reminder_digest}, INSERT … ON CONFLICT DO NOTHING), so a user gets one digest a week however
 * many replicas there are, and however often it runs. When Keycloak cannot answer for every
 * organisation with something due, the run sends nothing at all (never to a part of the editors),
 * logs an error, counts {@code varna.reminders.digest.runs{outcome=directoryUnavailable}} and is
 * tried again every {@code varna.tasks.digest-retry} until a run of the week succeeds.
 */
@ApplicationScoped
public class ReminderDigest {

    private static final Logger LOG = Logger.getLogger(ReminderDigest.class);

    /** What one run did: the ISO week, the mails sent, and the editors found in the directory. */
    public record Run(String week, int sent, int recipients) {
    }

    @Inject
    RecipientDirectory directory;

    @Inject
    KnownUsers users;

    @Inject
    TaskService tasks;

    @Inject
    TaskClock clock;

    @Inject
    TasksConfig config;

    @Inject
    Mailer mailer;

    @Inject
    EntityManager em;

    @Inject
    Municipality municipality;

    @Inject
    MeterRegistry registry;

    /** The ISO week whose run failed on this replica and is to be tried again; null when none. */
    private volatile String failedWeek;

    @Scheduled(identity = "weekly-reminder-digest", cron = "{varna.tasks.digest-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void weekly() {
        runLogged(clock.today());
    }

    /** After a failed run, tries the same week again until it succeeds (the claims keep it to one mail each). */
    @Scheduled(identity = "weekly-reminder-digest-retry", every = "{varna.tasks.digest-retry}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        LocalDate today = clock.today();
        if (isoWeek(today).equals(failedWeek)) {
            runLogged(today);
        }
    }

    private void runLogged(LocalDate today) {
        try {
            Run run = send(today);
            LOG.infof("Weekly reminder digest %s: %d sent to %d editors found in Keycloak", run.week(), run.sent(),
                    run.recipients());
        } catch (RecipientDirectory.DirectoryUnavailableException e) {
            // send() has logged and counted it; the retry job tries again
        }
    }

    /**
     * Sends the digests of {@code today}'s ISO week not yet sent; answers how many this call sent.
     * Throws {@link RecipientDirectory.DirectoryUnavailableException}, having sent nothing, when the
     * directory cannot name every organisation's editors.
     */
    public Run send(LocalDate today) {
        String week = isoWeek(today);
        Map<String, List<Task>> due = QuarkusTransaction.requiringNew().call(() -> tasks.all(today)).stream()
                .collect(Collectors.groupingBy(t -> t.organisation().code(), TreeMap::new, Collectors.toList()));
        List<Recipient> recipients = new ArrayList<>();
        try {
            for (String organisation : due.keySet()) {
                recipients.addAll(directory.editorsOf(organisation));
            }
        } catch (RecipientDirectory.DirectoryUnavailableException e) {
            failedWeek = week;
            registry.counter("varna.reminders.digest.runs", "outcome", "directoryUnavailable").increment();
            LOG.errorf("Weekly reminder digest %s NOT sent: %s. Nobody is reminded until Keycloak answers; "
                    + "tried again every %s.", week, e.getMessage(), config.digestRetry());
            throw e;
        }
        KnownUsers.OptOuts optOuts = QuarkusTransaction.requiringNew().call(users::optOuts);
        int sent = 0;
        for (Recipient r : recipients) {
            List<Task> items = due.get(r.organisationCode());
            if (optOuts.excludes(r) || !claim(week, r, items.size())) {
                continue;
            }
            try {
                mailer.send(mail(r, items, today));
                sent++;
            } catch (RuntimeException e) {
                // let a later run of the week (or another replica) try again
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "delete from reminder_digest where week = ?1 and username = ?2")
                        .setParameter(1, week).setParameter(2, r.username()).executeUpdate());
                LOG.warnf("The reminder digest to %s could not be sent: %s", r.username(), e.getMessage());
            }
        }
        if (week.equals(failedWeek)) {
            failedWeek = null;
        }
        registry.counter("varna.reminders.digest.runs", "outcome", "ok").increment();
        registry.counter("varna.reminders.digest.mails").increment(sent);
        return new Run(week, sent, recipients.size());
    }

    /** Whether this call claimed the user's digest of the week (false: another run or replica has). */
    private boolean claim(String week, Recipient r, int items) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("insert into reminder_digest "
                + "(municipality, week, username, items) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, municipality.code()).setParameter(2, week).setParameter(3, r.username())
                .setParameter(4, items).executeUpdate()) == 1;
    }

    /** The ISO week of a day, e.g. {@code 2026-W18}. */
    static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private Mail mail(Recipient r, List<Task> due, LocalDate today) {
        long overdue = due.stream().filter(Task::overdue).count();
        String web = config.webBaseUrl().replaceAll("/+$", "");
        StringBuilder text = new StringBuilder();
        text.append("Hej").append(r.name() == null ? "" : " " + r.name()).append("!\n\n")
                .append(due.get(0).organisation().name().sv()).append(" har ").append(due.size())
                .append(due.size() == 1 ? " uppgift" : " uppgifter").append(" i Värna")
                .append(overdue > 0 ? ", varav " + overdue + " försenade" : "").append(" (").append(today).append("):\n\n");
        for (Task t : due) {
            text.append("- ").append(t.overdue() ? "FÖRSENAD: " : "").append(kindSv(t)).append(t.title().sv())
                    .append(t.period() == null ? "" : " (" + t.period() + ")").append(", senast ").append(t.dueDate())
                    .append("\n  ").append(web).append(t.link().web()).append('\n');
        }
        text.append("\nAlla uppgifter: ").append(web).append("/tasks\n")
                .append("Vill du inte få påminnelsen? Stäng av den under Mina uppgifter.\n\n")
                .append("-- \nIn English: ").append(due.size()).append(due.size() == 1 ? " to-do" : " to-dos")
                .append(overdue > 0 ? ", " + overdue + " overdue" : "").append(". See ").append(web)
                .append("/tasks, where you can also turn this weekly reminder off.\n");
        String subject = "Värna: " + due.size() + (due.size() == 1 ? " uppgift" : " uppgifter")
                + (overdue > 0 ? " (" + overdue + " försenade)" : "") + " – vecka " + isoWeek(today).substring(6);
        return Mail.withText(r.email(), subject, text.toString());
    }

    private static String kindSv(Task t) {
        return switch (t.kind()) {
            case indicatorValue -> "Nytt värde för indikatorn ";
            case measureUpdate -> "Lägesuppdatering av insatsen ";
            case commitmentFollowUp -> "Uppföljning av åtagandet ";
        };
    }
}
