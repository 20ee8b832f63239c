package se.varna.crimestatistics;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.ForbiddenException;
import se.varna.area.AreaService;
import se.varna.common.CurrentCaller;
import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.Messages;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageRequest;
import se.varna.common.ProblemMappers;
import se.varna.common.VarnaConfig;
import se.varna.common.VarnaRole;
import se.varna.common.imports.CsvUpload;
import se.varna.common.imports.ImportMode;
import se.varna.common.imports.ImportParams;
import se.varna.common.imports.ImportRejectedException;
import se.varna.common.imports.ImportReport;
import se.varna.common.imports.UploadProblemException;
import se.varna.crimestatistics.CrimeCatalog.AgeGroup;
import se.varna.crimestatistics.CrimeCatalog.AreaNode;
import se.varna.crimestatistics.CrimeCatalog.Category;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsImport;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsImportPage;
import se.varna.organisation.Organisation;
import se.varna.organisation.OrganisationService;

/**
 * Imports crime figures from CSV files. The request checks the caller, the source and the
 * file's header, records a job and hands the file to one background worker, which validates
 * every row (reporting its progress) and stores the valid ones in one transaction that also
 * marks the job finished: a job is either stored completely or not at all.
 */
@ApplicationScoped
public class CrimeImportService {

    static final List<String> COLUMNS = List.of("month", "area", "category", "sex", "ageGroup", "count");
    /** Rows between two progress updates of a job. */
    private static final int PROGRESS_EVERY = 50_000;
    /** Invalid rows listed in a report; the rest are counted. */
    static final int MAX_REPORTED_ERRORS = ImportRejectedException.MAX_LISTED_ERRORS;
    /** Seconds between two attempts to record a job's failure, and the attempts at most (an hour's worth). */
    private static final int FAILURE_RETRY_SECONDS = 2;
    private static final int FAILURE_RETRIES = 1_800;
    private static final Logger LOG = Logger.getLogger(CrimeImportService.class);

    @Inject
    CrimeImportMetrics metrics;

    @Inject
    CurrentCaller caller;

    @Inject
    VarnaConfig varnaConfig;

    @Inject
    CrimeImportJobs jobs;

    @Inject
    CrimeCatalogQueries catalogQueries;

    @Inject
    OrganisationService organisations;

    @Inject
    CrimeFactCopier copier;

    @Inject
    DataSource dataSource;

    @Inject
    CrimeImportWorker worker;


    /** Records failures the database could not take when they happened (see {@link #recordFailure}). */
    private final ScheduledExecutorService failures = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "crime-import-failures");
        thread.setDaemon(true);
        return thread;
    });

    /** The upload being read early, if any: at most one at a time (see {@link CrimeImportPipeline}). */
    private final AtomicReference<CrimeImportPipeline> early = new AtomicReference<>();

    /** Reads an upload's rows while it arrives, when this replica's worker is idle. */
    private final ExecutorService earlyReader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "crime-import-early");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        failures.shutdownNow();
        earlyReader.shutdownNow();
    }

    /**
     * Checks the request, stores the file (checking its size, encoding and header as it arrives)
     * with its job, queued, and wakes this replica's worker; any replica may run the job.
     */
    public CrimeStatisticsImport startImport(InputStream body, ImportParams params, String requestedSource) {
        Organisation source = source(requestedSource);
        VarnaConfig.Imports limits = varnaConfig.imports();
        Locale language = Messages.language();
        long sourceId = source.id;
        ImportMode mode = params.mode();
        // Read the rows as the file arrives only when this replica would run the job next anyway.
        boolean readEarly = limits.readEarly() && !params.dryRun() && worker.idle() && early.get() == null;
        CrimeImportJobs.Accepted accepted = jobs.accept(body, limits.crimeStatisticsMaxSize().asLongValue(), COLUMNS,
                source.code, params.dryRun(), mode.code(), caller.username(), language,
                limits.queueMax(), Math.max(1, limits.queueRetryAfter().toSeconds()),
                id -> readEarly ? startEarlyRead(id, sourceId, mode, language) : null);
        worker.claimQueued();
        return jobs.find(accepted.id()).orElseThrow();
    }

    /** Starts reading the upload of job {@code id} as it arrives; null when another is being read. */
    private CrimeImportPipeline startEarlyRead(long id, long sourceId, ImportMode mode, Locale language) {
        CrimeImportPipeline pipeline = new CrimeImportPipeline(id);
        if (!early.compareAndSet(null, pipeline)) {
            return null;
        }
        try {
            pipeline.result = CompletableFuture.supplyAsync(
                    () -> Messages.in(language, () -> readEarly(pipeline, sourceId, mode)), earlyReader);
        } catch (RejectedExecutionException stopping) {
            early.compareAndSet(pipeline, null);
            return null;
        }
        pipeline.result.whenComplete((copied, e) -> {
            if (copied == null) {
                discard(pipeline);
            }
        });
        return pipeline;
    }

    /**
     * The early read: the rows checked and copied into {@code crime_fact} in a transaction left
     * open for the worker; null (everything rolled back) when anything goes wrong, and the job
     * then runs from its stored file.
     */
    private CrimeImportPipeline.Copied readEarly(CrimeImportPipeline pipeline, long sourceId, ImportMode mode) {
        long started = System.nanoTime();
        Connection c = null;
        io.quarkus.arc.ManagedContext requestContext = io.quarkus.arc.Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            CrimeCatalog catalog = catalogQueries.reload();
            // UTF-8 (or ASCII) is what nearly every file is; another encoding is read from the stored file.
            CsvUpload upload = CsvUpload.stored(pipeline.streams(), "UTF-8", COLUMNS, List.of());
            Validation v;
            try (CrimeFactCopier.FactStream facts = copier.openFacts(c, catalog, sourceId, pipeline.jobId)) {
                v = validate(null, upload, catalog, 0, facts, mode);
            }
            long read = System.nanoTime();
            LOG.infof("Crime-statistics import %d read early: upload stored after %d ms (of which %d ms waiting for "
                    + "the reader), rows read and copied after %d ms", pipeline.jobId,
                    (pipeline.storedAt - started) / 1_000_000, pipeline.uploadWaited / 1_000_000,
                    (read - started) / 1_000_000);
            return new CrimeImportPipeline.Copied(c, v, upload, catalog, started);
        } catch (Exception | StackOverflowError e) {
            LOG.infof("Crime-statistics import %d: not read early (%s); it is read from the stored file",
                    pipeline.jobId, e.toString());
            pipeline.abandon();
            close(c);
            return null;
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    /** Stops an early read nobody will use and rolls back what it copied. */
    private void discard(CrimeImportPipeline pipeline) {
        early.compareAndSet(pipeline, null);
        pipeline.abandon();
        if (pipeline.result != null) {
            pipeline.result.whenComplete((copied, e) -> {
                if (copied != null) {
                    close(copied.connection());
                }
            });
        }
    }

    /** After the worker found no more jobs: an accepted upload read early whose job another replica took. */
    void discardUnclaimedEarlyRead() {
        CrimeImportPipeline pipeline = early.get();
        if (pipeline != null && pipeline.isAccepted()) {
            discard(pipeline);
        }
    }

    /** The early read of job {@code job}, when there is one and it succeeded; null otherwise. */
    private CrimeImportPipeline.Copied takeEarlyRead(CrimeImportJobs.Claim job) {
        CrimeImportPipeline pipeline = early.get();
        if (pipeline == null || pipeline.jobId != job.id() || !early.compareAndSet(pipeline, null)) {
            return null;
        }
        CrimeImportPipeline.Copied copied;
        try {
            copied = pipeline.result.join();
        } catch (RuntimeException e) {
            return null;
        }
        if (copied != null && !job.encoding().equals(pipeline.encoding())
                || copied != null && !"UTF-8".equals(pipeline.encoding())) {
            close(copied.connection());
            return null;
        }
        return copied;
    }

    private static void close(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // closing below ends the transaction too
        }
        try {
            c.setAutoCommit(true);
            c.close();
        } catch (SQLException e) {
            LOG.debugf("Could not close an early read's connection: %s", e.getMessage());
        }
    }

    public CrimeStatisticsImport job(long id) {
        CrimeStatisticsImport job = jobs.find(id).orElseThrow(() -> new NotFoundProblem("importJob", id));
        String visibleSource = visibleSource();
        if (visibleSource != null && !visibleSource.equals(job.source())) {
            throw new NotFoundProblem("importJob", id);
        }
        return job;
    }

    public CrimeStatisticsImportPage jobs(PageRequest page) {
        String visibleSource = visibleSource();
        return new CrimeStatisticsImportPage(jobs.page(visibleSource, page.limit(), page.offset()),
                jobs.count(visibleSource), page.limit(), page.offset());
    }

    /** The jobs the caller may see that failed since {@code since}. */
    public CrimeImportJobs.FailedJobs failedSince(OffsetDateTime since) {
        return jobs.failed(visibleSource(), since);
    }

    /** Null for a coordinator (every job), otherwise the partner's organisation. */
    private String visibleSource() {
        if (caller.hasRole(VarnaRole.coordinator)) {
            return null;
        }
        return caller.organisationCode().orElseThrow(ForbiddenException::new);
    }

    private Organisation source(String requested) {
        String wanted = requested == null || requested.isBlank() ? null : requested.trim();
        String source;
        if (caller.hasRole(VarnaRole.coordinator)) {
            source = wanted != null ? wanted : caller.organisationCode().orElseThrow(
                    () -> new InvalidParameterException("source", Messages.text("import.source.required")));
        } else {
            String own = caller.organisationCode().orElseThrow(ForbiddenException::new);
            if (wanted != null && !wanted.equals(own)) {
                throw new ForbiddenException("A partner imports only its own organisation's figures");
            }
            source = own;
        }
        return organisations.requireByCode(source, "source");
    }

    /**
     * The worker. A dry run only validates. Otherwise, in one transaction: each valid row goes
     * into {@code crime_fact} by COPY while the file is read; at the end, an all-or-nothing file
     * with an invalid row is rolled back (rejected), and the repeats of a row are removed again;
     * else the earlier deliveries of its months are removed (months delivered identically before
     * are left as they were), the rollup replaced and the job marked finished, and the
     * transaction commits.
     */
    /**
     * Runs a job this replica has claimed, in the language of the request that started it,
     * reading its file from the database as it goes.
     */
    @ActivateRequestContext
    void run(CrimeImportJobs.Claim job) {
        metrics.timed(() -> Messages.in(job.language(), () -> {
            CrimeImportPipeline.Copied copied = takeEarlyRead(job);
            CsvUpload upload;
            long sourceId;
            try {
                sourceId = organisations.requireByCode(job.source(), "source").id;
                upload = copied != null ? copied.upload()
                        : CsvUpload.stored(() -> jobs.file(job.id()), job.encoding(), COLUMNS, List.of());
            } catch (RuntimeException e) {
                if (copied != null) {
                    close(copied.connection());
                }
                failed(job, e, false);
                return null;
            }
            run(job, upload, job.dryRun(), job.mode(), job.source(), sourceId, job.rowsExpected(), copied);
            return null;
        }));
    }

    private void run(CrimeImportJobs.Claim id, CsvUpload upload, boolean dryRun, ImportMode mode, String source,
            long sourceId, int rowsExpected, CrimeImportPipeline.Copied copied) {
        boolean committed = false;
        try {
            long started = copied != null ? copied.started() : System.nanoTime();
            CrimeCatalog catalog = copied != null ? copied.catalog() : catalogQueries.reload();
            if (dryRun) {
                validateOnly(id, upload, catalog, rowsExpected, mode, sourceId);
                return;
            }
            try (Connection c = copied != null ? copied.connection() : dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    committed = copied != null
                            ? finishStoring(c, id, upload, catalog, mode, source, sourceId, copied.validation(), started,
                                    true)
                            : storeInTransaction(c, id, upload, catalog, rowsExpected, mode, source, sourceId, started);
                } catch (SQLException | RuntimeException e) {
                    rollbackAfter(c, e);
                    throw e;
                } finally {
                    try {
                        c.setAutoCommit(true);
                    } catch (SQLException broken) {
                        LOG.debugf("Connection of crime-statistics import job %d is broken: %s", id.id(), broken.getMessage());
                    }
                }
            }
            analyse();
        } catch (CrimeImportJobs.LeaseLostException e) {
            // Another replica has taken the job over (or failed it); what this one stored is rolled back.
            LOG.warnf("Crime-statistics import job %d: this replica lost its lease; nothing of its run is stored",
                    id.id());
        } catch (UploadProblemException e) {
            // thrown while the file is read, before its rows are counted
            jobs.finish(id, CrimeStatisticsImportState.rejected, 0, List.of(),
                    report(upload, dryRun, mode, 0, 0, 0, 0, 0, e.errors()), e.getMessage());
        } catch (Exception e) {
            failed(id, e, committed);
        }
    }

    /** After {@code failure}: the job marked failed, unless its transaction had committed. */
    private void failed(CrimeImportJobs.Claim id, Exception failure, boolean committed) {
        if (committed) {
            // The figures and the job's success are committed; only tidying up failed.
            LOG.warnf(failure, "Crime-statistics import job %d succeeded, but tidying up after it failed", id.id());
            return;
        }
        LOG.errorf(failure, "Crime-statistics import job %d failed", id.id());
        recordFailure(id, ProblemMappers.databaseUnreachable(failure) ? Messages.text("import.crime.databaseGone")
                : Messages.text("import.crime.failed", id.id()), 0);
    }

    /** A dry run: the file validated and compared with what is stored, nothing stored. */
    private void validateOnly(CrimeImportJobs.Claim id, CsvUpload upload, CrimeCatalog catalog, int rowsExpected, ImportMode mode,
            long sourceId) throws SQLException {
        Validation v = validate(id, upload, catalog, rowsExpected, null, mode);
        int unchanged;
        try (Connection c = dataSource.getConnection()) {
            unchanged = CrimeFactCopier.unchangedRows(CrimeFactCopier.summarise(v.rows),
                    copier.deliveries(c, sourceId, false));
        }
        finishWithoutStoring(id, upload, true, mode, v, unchanged);
    }

    /**
     * The import's transaction on {@code c}: the rows copied while the file is read, then the
     * file rejected (rolled back; false) or its months' earlier deliveries replaced and the job
     * finished (committed; true). {@code started} is when the job started, for the log.
     */
    private boolean storeInTransaction(Connection c, CrimeImportJobs.Claim id, CsvUpload upload, CrimeCatalog catalog,
            int rowsExpected, ImportMode mode, String source, long sourceId, long started) throws SQLException {
        Validation v;
        try (CrimeFactCopier.FactStream facts = copier.openFacts(c, catalog, sourceId, id.id())) {
            v = validate(id, upload, catalog, rowsExpected, facts, mode);
        }
        return finishStoring(c, id, upload, catalog, mode, source, sourceId, v, started, false);
    }

    /**
     * The rest of the import's transaction once every row is read (and the valid ones copied), by
     * the worker or by the early read ({@code early}): reject, or replace the earlier deliveries of
     * the file's months, whose rows are locked only now, and commit with the job finished.
     */
    private boolean finishStoring(Connection c, CrimeImportJobs.Claim id, CsvUpload upload, CrimeCatalog catalog,
            ImportMode mode, String source, long sourceId, Validation v, long started, boolean early)
            throws SQLException {
        long read = System.nanoTime();
        if (v.rejectedRows > 0 && mode == ImportMode.ALL_OR_NOTHING) {
            c.rollback();
            finishWithoutStoring(id, upload, false, mode, v, 0);
            return false;
        }
        jobs.progress(id, v.rowsRead, 0.9);
        // Locked after copying: another import of the source's months waits here, not for the whole file.
        Map<Integer, CrimeFactCopier.Delivered> before = copier.deliveries(c, sourceId, true);
        CrimeFactCopier.Stored stored = copier.replaceEarlierDeliveries(c, catalog, sourceId, id.id(), v.rows, before,
                v.repeatedKeys);
        long replaced = System.nanoTime();
        List<String> months = CrimeFactCopier.summarise(v.rows).keySet().stream().map(Months::format).toList();
        jobs.finish(c, id, CrimeStatisticsImportState.succeeded, v.rowsRead, months,
                report(upload, false, mode, v.rowsRead, v.rows.size, v.rejectedRows, stored.rowsStored(),
                        stored.rowsUnchanged(), v.errors),
                v.rejectedRows > 0 ? more(Messages.text("import.crime.skipped", v.rejectedRows), v) : null);
        long finished = System.nanoTime();
        c.commit();
        long committed = System.nanoTime();
        LOG.infof("Crime-statistics import %d phases (%s): read+copy %d ms, replace+rollup %d ms, finish %d ms, "
                + "commit %d ms", id.id(), early ? "read while uploaded" : "read from the stored file",
                (read - started) / 1_000_000, (replaced - read) / 1_000_000, (finished - replaced) / 1_000_000,
                (committed - finished) / 1_000_000);
        metrics.imported(v.rowsRead - v.rejectedRows);
        LOG.infof("Crime-statistics import %d: %d rows of %s read and copied in %d ms, stored in %d ms more",
                id.id(), v.rowsRead, source, (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return true;
    }

    /** Rolls the transaction back after {@code failure}, which it keeps as the one to report. */
    private static void rollbackAfter(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException again) {
            // The connection broke (the database went away): the server ends the
            // transaction itself. Keep the first failure, not this one.
            failure.addSuppressed(again);
        }
    }

    /**
     * Marks a job failed. When the database went away, that update cannot be made either until it
     * is back, and the job would stay "running" until the next restart: so a failed attempt is
     * tried again every few seconds, from another thread (the worker goes on with the next job).
     * The transaction of the job never committed, so nothing of it is stored in the meantime.
     */
    void recordFailure(CrimeImportJobs.Claim id, String detail, int attempt) {
        try {
            boolean failed = jobs.fail(id, detail);
            if (attempt > 0) {
                LOG.infof("Crime-statistics import job %d %s after %d attempts", id.id(),
                        failed ? "marked failed" : "found finished or taken over", attempt + 1);
            }
        } catch (RuntimeException e) {
            if (attempt == 0) {
                LOG.warnf("Could not mark crime-statistics import job %d failed yet (%s); trying again every %d s",
                        id.id(), e.getMessage(), FAILURE_RETRY_SECONDS);
            }
            if (attempt >= FAILURE_RETRIES) {
                LOG.errorf("Gave up marking crime-statistics import job %d failed; its lease expires instead", id.id());
                return;
            }
            try {
                failures.schedule(() -> recordFailure(id, detail, attempt + 1), FAILURE_RETRY_SECONDS,
                        TimeUnit.SECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                LOG.debugf("Service stopping; crime-statistics import job %d fails when its lease expires", id.id());
            }
        }
    }

    /**
     * After a delivery: the catalog read afresh next time, and fresh planner statistics so that
     * queries keep good plans.
     */
    private void analyse() {
        catalogQueries.forget();
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute("analyze crime_fact");
            st.execute("analyze crime_rollup");
        } catch (SQLException e) {
            LOG.warn("Could not analyse the crime-statistics tables", e);
        }
    }

    /** A dry run's report, or an all-or-nothing file's rejection: nothing stored. */
    private void finishWithoutStoring(CrimeImportJobs.Claim id, CsvUpload upload, boolean dryRun, ImportMode mode, Validation v,
            int unchanged) {
        List<String> months = CrimeFactCopier.summarise(v.rows).keySet().stream().map(Months::format).toList();
        boolean rejected = !dryRun || (v.rejectedRows > 0 && mode == ImportMode.ALL_OR_NOTHING);
        String detail = null;
        if (rejected) {
            detail = new ImportRejectedException(v.rowsRead, v.rejectedRows, v.errors, v.errorCount).detail();
        } else if (v.rejectedRows > 0) {
            detail = more(Messages.text("import.crime.wouldSkip", v.rejectedRows), v);
        }
        jobs.finish(id, rejected ? CrimeStatisticsImportState.rejected : CrimeStatisticsImportState.succeeded,
                v.rowsRead, months, report(upload, dryRun, mode, v.rowsRead, v.rows.size, v.rejectedRows, 0,
                        rejected ? 0 : unchanged, v.errors),
                detail);
    }

    /** {@code detail}, and how many errors the report does not list when it cannot list them all. */
    private static String more(String detail, Validation validation) {
        int unlisted = validation.errorCount - validation.errors.size();
        return unlisted > 0 ? detail + " " + Messages.text("import.crime.unlisted", validation.errors.size(), unlisted)
                : detail;
    }

    private static ImportReport report(CsvUpload upload, boolean dryRun, ImportMode mode, int rowsRead, int rowsValid,
            int rowsRejected, int rowsStored, int rowsUnchanged, List<FieldError> errors) {
        return new ImportReport(dryRun, mode.code(), upload.encoding(), String.valueOf(upload.delimiter()), rowsRead,
                rowsValid, rowsRejected, rowsStored, rowsUnchanged, errors);
    }

    static final class Validation {
        final CrimeRows rows = new CrimeRows();
        final List<FieldError> errors = new ArrayList<>();
        int errorCount;
        int rowsRead;
        int rejectedRows;
        /** Where the file has each column, looked up once. */
        int monthColumn;
        int areaColumn;
        int categoryColumn;
        int sexColumn;
        int ageGroupColumn;
        int countColumn;
        /**
         * The last area and category code found and what they name: rows mostly repeat the
         * row before's, and a comparison costs less than a look-up (a million times a file).
         */
        String lastAreaCode;
        AreaNode lastArea;
        String lastCategoryCode;
        Category lastCategory;
        /** The keys ({@link CrimeRows#key}) that more than one row had, sorted. */
        long[] repeatedKeys = new long[0];

        void error(FieldError error) {
            errorCount++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(error);
            }
        }
    }

    /**
     * Reads and checks every row, handing each valid one to {@code facts} (when given, and
     * until an all-or-nothing file shows an invalid row); a file's repeated rows are found after
     * all are read.
     */
    Validation validate(CrimeImportJobs.Claim jobId, CsvUpload upload, CrimeCatalog catalog, int rowsExpected,
            CrimeFactCopier.FactStream facts, ImportMode mode) throws SQLException {
        Validation v = new Validation();
        v.monthColumn = upload.indexOf("month");
        v.areaColumn = upload.indexOf("area");
        v.categoryColumn = upload.indexOf("category");
        v.sexColumn = upload.indexOf("sex");
        v.ageGroupColumn = upload.indexOf("ageGroup");
        v.countColumn = upload.indexOf("count");
        int[] categoryValidFrom = catalog.categories.stream().mapToInt(Category::validFrom).toArray();
        int[] categoryValidTo = catalog.categories.stream().mapToInt(Category::validTo).toArray();
        for (CsvUpload.Row row : upload) {
            v.rowsRead++;
            if (v.rowsRead % PROGRESS_EVERY == 0 && jobId != null) {
                jobs.progress(jobId, v.rowsRead, 0.9 * Math.min(1.0, v.rowsRead / (double) Math.max(1, rowsExpected)));
            }
            int errorsBefore = v.errorCount;
            var shape = row.shapeError();
            if (shape.isPresent()) {
                v.error(shape.get());
                v.rejectedRows++;
                continue;
            }
            int month = month(row, v);
            AreaNode area = area(row, v, catalog);
            Category category = category(row, v, catalog, month, categoryValidFrom, categoryValidTo);
            byte sex = sex(row, v);
            int ageGroupId = ageGroup(row, v, catalog);
            int count = count(row, v);
            if (v.errorCount > errorsBefore) {
                v.rejectedRows++;
                continue;
            }
            v.rows.add(month, area.index(), category.index(), sex, ageGroupId, count, (int) row.number());
            if (facts != null && (v.rejectedRows == 0 || mode == ImportMode.SKIP_INVALID)) {
                facts.add(month, area.index(), category.index(), sex, ageGroupId, count);
            }
        }
        if (facts != null) {
            // the rows handed to the copy are the first ones read (all of them, unless the file is rejected)
            int[] keys = facts.finish();
            System.arraycopy(keys, 0, v.rows.recordKey, 0, Math.min(keys.length, v.rows.size));
        }
        rejectRepeatedRows(v);
        return v;
    }

    // ---- a row's values: each parsed, or an error on the row and a value no valid row has ---

    /** The row's month as {@link Months} counts it; -1 when it is not one. */
    private static int month(CsvUpload.Row row, Validation v) {
        String monthText = row.get(v.monthColumn);
        int month = Months.parse(monthText);
        if (month < 0) {
            v.error(row.error("month", Messages.text("import.row.month", abbreviate(monthText))));
        }
        return month;
    }

    private static AreaNode area(CsvUpload.Row row, Validation v, CrimeCatalog catalog) {
        String areaCode = row.get(v.areaColumn);
        AreaNode area;
        if (areaCode.equals(v.lastAreaCode)) {
            area = v.lastArea;
        } else {
            area = catalog.area(areaCode);
            v.lastAreaCode = area == null ? null : areaCode;
            v.lastArea = area;
        }
        if (area == null) {
            v.error(row.error("area", areaCode.isEmpty() ? Messages.text("import.row.empty") : AreaService.unknownCode(areaCode)));
        }
        return area;
    }

    /** The row's category: a known one, not a group, in use in the row's month (when it has one). */
    private static Category category(CsvUpload.Row row, Validation v, CrimeCatalog catalog, int month,
            int[] categoryValidFrom, int[] categoryValidTo) {
        String categoryCode = row.get(v.categoryColumn);
        Category category;
        if (categoryCode.equals(v.lastCategoryCode)) {
            category = v.lastCategory;
        } else {
            category = catalog.category(categoryCode);
            v.lastCategoryCode = category == null ? null : categoryCode;
            v.lastCategory = category;
        }
        if (category == null) {
            v.error(row.error("category", categoryCode.isEmpty() ? Messages.text("import.row.empty")
                    : Messages.text("import.row.crime.category", abbreviate(categoryCode))));
        } else if (category.group()) {
            v.error(row.error("category", Messages.text("import.row.crime.categoryGroup", categoryCode)));
        } else if (month >= 0 && (month < categoryValidFrom[category.index()]
                || month > categoryValidTo[category.index()])) {
            v.error(row.error("category", Messages.text("import.row.crime.categoryNotInUse", categoryCode,
                    Months.format(month), validity(category))));
        }
        return category;
    }

    /** {@code f}, {@code m} or {@code t} as stored; 0 when the row's sex is none of them. */
    private static byte sex(CsvUpload.Row row, Validation v) {
        String sexText = row.get(v.sexColumn);
        byte sex = switch (sexText) {
            case "female" -> (byte) 'f';
            case "male" -> (byte) 'm';
            // `total` is the bucket's old name (CrimeBuckets): files made for it keep importing
            case CrimeBuckets.NOT_RECORDED, CrimeBuckets.LEGACY_NOT_RECORDED -> (byte) 't';
            default -> 0;
        };
        if (sex == 0) {
            v.error(row.error("sex", Messages.text("import.row.crime.sex", abbreviate(sexText))));
        }
        return sex;
    }

    /** The age group's id, 0 for {@code notRecorded} (or its old name {@code total}); -1 when the row's is not one. */
    private static int ageGroup(CsvUpload.Row row, Validation v, CrimeCatalog catalog) {
        String ageText = row.get(v.ageGroupColumn);
        if (CrimeBuckets.NOT_RECORDED.equals(ageText) || CrimeBuckets.LEGACY_NOT_RECORDED.equals(ageText)) {
            return 0;
        }
        AgeGroup ageGroup = catalog.ageGroup(ageText);
        if (ageGroup != null) {
            return (int) ageGroup.id();
        }
        v.error(row.error("ageGroup", Messages.text("import.row.crime.ageGroup",
                String.join(", ", catalog.ageGroups.stream().map(AgeGroup::code).toList()), abbreviate(ageText))));
        return -1;
    }

    /** The row's count; -1 when it is not a whole number in range. */
    private static int count(CsvUpload.Row row, Validation v) {
        String countText = row.get(v.countColumn);
        int count = parseCount(countText);
        if (count < 0) {
            v.error(row.error("count", Messages.text("import.row.crime.count", abbreviate(countText))));
        }
        return count;
    }

    /** A row that repeats an earlier row's month, area, category, sex and age group is invalid. */
    private static void rejectRepeatedRows(Validation v) {
        CrimeRows rows = v.rows;
        long[] keys = new long[rows.size];
        for (int i = 0; i < rows.size; i++) {
            keys[i] = rows.key(i);
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        if (repeated.isEmpty()) {
            return;
        }
        v.repeatedKeys = repeated.stream().mapToLong(Long::longValue).sorted().toArray();
        java.util.Map<Long, Integer> firstRow = new java.util.HashMap<>();
        boolean[] keep = new boolean[rows.size];
        List<FieldError> found = new ArrayList<>();
        for (int i = 0; i < rows.size; i++) {
            keep[i] = true;
            if (repeated.contains(keys[i])) {
                Integer first = firstRow.putIfAbsent(keys[i], rows.rowNumber[i]);
                if (first != null) {
                    keep[i] = false;
                    found.add(FieldError.atRow(rows.rowNumber[i], "row", Messages.text("import.row.crime.repeated",
                            first)));
                }
            }
        }
        rows.retain(keep);
        v.rejectedRows += found.size();
        found.forEach(v::error);
        v.errors.sort(java.util.Comparator.comparing(e -> e.row() == null ? 0 : e.row()));
    }

    private static String validity(Category category) {
        String from = Months.format(category.validFrom());
        String to = category.validTo() == Integer.MAX_VALUE ? "" : Months.format(category.validTo());
        return from + "–" + to;
    }

    /** A count: digits only, at most 1 000 000 000; -1 otherwise. */
    static int parseCount(String text) {
        int n = text.length();
        if (n == 0 || n > 10) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value > 1_000_000_000L ? -1 : (int) value;
    }

    private static String abbreviate(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }

    /** Counts line feeds as the body is read, for the job's expected rows. */
}
