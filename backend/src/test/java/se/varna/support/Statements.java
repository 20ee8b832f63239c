package se.varna.support;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import io.quarkus.arc.Arc;

/**
 * How many SQL statements Hibernate prepares for a request (the test profile turns Hibernate's
 * statistics on): a list whose statement count grows with its page reads children row by row.
 */
public final class Statements {

    private Statements() {
    }

    /**
     * The fewest statements over three runs of the request: the statistics count the whole
     * service, and its background work (the import worker, reminders) may add to one run.
     */
    public static long preparedFor(Runnable request) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        if (!statistics.isStatisticsEnabled()) {
            throw new IllegalStateException("Hibernate statistics are off (quarkus.hibernate-orm.statistics)");
        }
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            statistics.clear();
            request.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }
}
