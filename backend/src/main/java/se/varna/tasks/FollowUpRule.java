package se.varna.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one follow-up rule ({@code varna.tasks.follow-up-months}, six months by default): a measure or
 * a commitment is due for a follow-up that many months after its last one, and overdue the day
 * after. The measures board's "needs follow-up", the action plan's gap list and the to-dos all
 * ask this class.
 */
@ApplicationScoped
public class FollowUpRule {

    @Inject
    TasksConfig config;

    /** The day a follow-up is due, given the day of the last one (or of the start). */
    public LocalDate due(LocalDate last) {
        return last.plusMonths(config.followUpMonths());
    }

    /**
     * The first day a last follow-up is not overdue on {@code today}: overdue exactly when it was
     * before this day, so a query's {@code last < :day} agrees with {@link #overdue} at month ends too
     * (adding months is not undone by subtracting them: 28 February + 6 is 28 August, 29 August − 6
     * is 28 February).
     */
    public LocalDate notOverdueFrom(LocalDate today) {
        LocalDate day = today.minusMonths(config.followUpMonths());
        while (overdue(day, today)) {
            day = day.plusDays(1);
        }
        while (!overdue(day.minusDays(1), today)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Whether a follow-up last made on {@code last} is overdue on {@code today}. */
    public boolean overdue(LocalDate last, LocalDate today) {
        return today.isAfter(due(last));
    }

    /**
     * When a commitment's next follow-up is due: the rule's months after its latest follow-up or,
     * without one, after the agreement's start; null for one that is no longer open.
     */
    public LocalDate commitmentDue(boolean open, OffsetDateTime lastFollowUp, LocalDate agreementStart) {
        if (!open) {
            return null;
        }
        return due(lastFollowUp != null ? lastFollowUp.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate()
                : agreementStart);
    }

    /** The rule's months, for texts. */
    public int months() {
        return config.followUpMonths();
    }
}
