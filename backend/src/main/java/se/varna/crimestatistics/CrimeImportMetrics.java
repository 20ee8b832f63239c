package se.varna.crimestatistics;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * The crime-statistics import's figures (docs/operations.md#figures-to-watch): rows imported
 * (a counter, so that Prometheus gives rows per second), the time each job ran on this replica
 * (a timer), and the jobs queued, running and failed within the hour. Those three are the
 * job table's, shared by every replica, so each replica reports the same values (alert on
 * {@code max}, not {@code sum}); they are read every {@code varna.metrics.refresh-interval} in
 * the background, never while Prometheus waits, so a scrape costs no query and a slow
 * database no scrape.
 */
@Startup
@ApplicationScoped
public class CrimeImportMetrics {

    private static final Logger LOG = Logger.getLogger(CrimeImportMetrics.class);
    private static final String IMPORT = "crime-statistics";

    private final CrimeImportJobs jobs;
    private final Counter rows;
    private final Timer jobTime;
    /** Null until first read, or after a read failed: the gauges then show NaN, not a stale figure. */
    private final AtomicReference<CrimeImportJobs.Counts> counts = new AtomicReference<>();

    @Inject
    CrimeImportMetrics(MeterRegistry registry, CrimeImportJobs jobs) {
        this.jobs = jobs;
        rows = Counter.builder("varna.imports.rows").tag("import", IMPORT).baseUnit("rows")
                .description("Rows of import files stored (succeeded jobs only)").register(registry);
        jobTime = Timer.builder("varna.imports.job").tag("import", IMPORT)
                .description("Time an import job ran on this replica, whatever its outcome").register(registry);
        Gauge.builder("varna.imports.jobs", counts, c -> value(c.get(), CrimeImportJobs.Counts::queued))
                .tag("import", IMPORT).tag("state", "queued").description("Import jobs queued, across replicas")
                .register(registry);
        Gauge.builder("varna.imports.jobs", counts, c -> value(c.get(), CrimeImportJobs.Counts::running))
                .tag("import", IMPORT).tag("state", "running").description("Import jobs running, across replicas")
                .register(registry);
        Gauge.builder("varna.imports.jobs.failed.last.hour", counts,
                c -> value(c.get(), CrimeImportJobs.Counts::failedLastHour))
                .tag("import", IMPORT).description("Import jobs that failed within the last hour, across replicas")
                .register(registry);
    }

    private static double value(CrimeImportJobs.Counts counts, java.util.function.ToLongFunction<CrimeImportJobs.Counts> f) {
        return counts == null ? Double.NaN : f.applyAsLong(counts);
    }

    @Scheduled(identity = "crime-import-metrics", every = "${varna.metrics.refresh-interval:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            counts.set(jobs.counts());
        } catch (RuntimeException e) {
            counts.set(null);
            LOG.debugf("Could not count crime-statistics import jobs: %s", e.getMessage());
        }
    }

    /** A stored job's rows. */
    void imported(int rowCount) {
        rows.increment(rowCount);
    }

    /** Runs {@code job}, timing it. */
    void timed(Runnable job) {
        jobTime.record(job);
    }
}
