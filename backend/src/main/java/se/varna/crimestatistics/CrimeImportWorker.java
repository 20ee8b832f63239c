package se.varna.crimestatistics;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import se.varna.common.VarnaConfig;

/**
 * This replica's share of the crime-statistics import queue: one job at a time, claimed from
 * the database, so that however many replicas run, each job runs on one of them. It claims
 * when a file arrives at this replica and every {@code varna.imports.poll-interval} (for files
 * other replicas accepted, and jobs a dead replica left), and renews the leases of the job it
 * runs every {@code varna.imports.heartbeat-interval}.
 */
@ApplicationScoped
public class CrimeImportWorker {

    private static final Logger LOG = Logger.getLogger(CrimeImportWorker.class);

    @Inject
    CrimeImportJobs jobs;

    @Inject
    CrimeImportService imports;

    @Inject
    VarnaConfig config;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "crime-import");
        thread.setDaemon(true);
        return thread;
    });

    /** The claims of the jobs this replica is running (one at most, with one worker). */
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    /**
     * At start-up only jobs whose lease has expired are touched (queued again or failed): a job
     * another replica is running keeps its lease. Queued jobs are then claimed as usual.
     */
    void onStart(@Observes StartupEvent event) {
        recover();
        claimQueued();
    }

    @PreDestroy
    void stop() {
        // A job still running here is not released: its transaction ends with the process, and
        // its lease expires for another replica to take it over.
        worker.shutdownNow();
    }

    @Scheduled(identity = "crime-import-poll", every = "${varna.imports.poll-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        recover();
        claimQueued();
    }

    @Scheduled(identity = "crime-import-heartbeat", every = "${varna.imports.heartbeat-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        if (held.isEmpty()) {
            return;
        }
        try {
            int renewed = jobs.heartbeat(List.copyOf(held));
            if (renewed < held.size()) {
                LOG.warnf("Crime-statistics import: %d of %d leases of this replica had expired", held.size() - renewed,
                        held.size());
            }
        } catch (RuntimeException e) {
            LOG.debugf("Could not renew the crime-statistics import leases: %s", e.getMessage());
        }
    }

    /** Queues expired jobs again (or fails them); quiet while the database is away. */
    void recover() {
        try {
            for (CrimeImportJobs.Expired job : jobs.recoverExpired(config.imports().lease(),
                    config.imports().maxAttempts())) {
                LOG.warnf("Crime-statistics import job %d: its lease expired; %s", job.id(),
                        job.requeued() ? "queued again" : "failed after its last attempt, nothing stored");
            }
        } catch (RuntimeException e) {
            LOG.debugf("Could not look for expired crime-statistics import jobs: %s", e.getMessage());
        }
    }

    /** Whether this replica runs no job now and is not about to look for one. */
    boolean idle() {
        return held.isEmpty() && !draining.get();
    }

    /** Has the worker claim and run queued jobs until none is left (now, or after the job it runs). */
    public void claimQueued() {
        wanted.set(true);
        if (draining.compareAndSet(false, true)) {
            try {
                worker.submit(this::drain);
            } catch (RejectedExecutionException stopping) {
                draining.set(false);
            }
        }
    }

    private void drain() {
        do {
            wanted.set(false);
            try {
                Optional<CrimeImportJobs.Claim> claimed;
                while (!Thread.currentThread().isInterrupted() && (claimed = jobs.claim()).isPresent()) {
                    run(claimed.get());
                }
            } catch (RuntimeException e) {
                LOG.debugf("Could not claim a crime-statistics import job: %s", e.getMessage());
            } finally {
                // an upload read early whose job another replica claimed is rolled back
                imports.discardUnclaimedEarlyRead();
                draining.set(false);
            }
            // a file that arrived while the last claim found nothing is claimed now
        } while (wanted.get() && draining.compareAndSet(false, true));
    }

    private void run(CrimeImportJobs.Claim job) {
        held.add(job.token());
        try {
            imports.run(job);
        } finally {
            held.remove(job.token());
        }
    }
}
