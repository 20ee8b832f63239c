package se.varna.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/** Today, for the due dates: the system's, or a fixed day a test sets. */
@ApplicationScoped
public class TaskClock {

    private volatile Clock clock = Clock.systemDefaultZone();

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Judges every due date as on {@code day} until {@link #reset()} (tests). */
    public void fixAt(LocalDate day) {
        clock = Clock.fixed(day.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    public void reset() {
        clock = Clock.systemDefaultZone();
    }
}
