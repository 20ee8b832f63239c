package se.varna.tasks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Due dates and reminders ({@code varna.tasks.*}, environment {@code VARNA_TASKS_*}; docs/tasks.md).
 */
@ConfigMapping(prefix = "varna.tasks")
public interface TasksConfig {

    /**
     * The follow-up rule: a measure (ongoing) or an agreement's commitment (not yet fulfilled or
     * not fulfilled) is due for a follow-up this many months after its last one (or after its
     * start). The measures board, the action plan's gap list and the to-dos all use it.
     */
    @WithDefault("6")
    int followUpMonths();

    /** A to-do not yet overdue is listed this many days before it falls due. */
    @WithDefault("30")
    int horizonDays();

    /**
     * When the weekly digest goes out (a Quartz-style cron expression, the service's time zone);
     * {@code off} never. Every replica runs it; a claim row per user and ISO week in the database
     * makes sure each user gets one digest a week at most.
     */
    @WithDefault("0 0 7 ? * MON")
    String digestCron();

    /**
     * After a run that could not read the editors from Keycloak, how often the replica tries the
     * same ISO week again (a Quarkus duration such as {@code 1h}; {@code off} never).
     */
    @WithDefault("1h")
    String digestRetry();

    /** The web app's address, for the links in the digest. */
    @WithDefault("http://localhost:5173")
    String webBaseUrl();
}
