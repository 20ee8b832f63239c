package se.varna.crimestatistics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.sql.Connection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import se.varna.common.imports.CsvUpload;

/**
 * One upload whose rows are read, checked and copied into {@code crime_fact} while the file is
 * still arriving and being stored (issue 19): the chunks the accepting request stores are also
 * handed here, and a thread of the accepting replica reads them as one stream, in a transaction
 * of its own that it does not commit. When this replica then claims the job, it finishes that
 * transaction instead of reading the stored file again; when another replica claims it, or the
 * upload is refused, or anything about the early read goes wrong, the transaction is rolled
 * back and the job runs from its stored file as before. So the early read only saves time: the
 * job, its stored file, the claim and the lease are what they are without it.
 */
final class CrimeImportPipeline implements CrimeImportJobs.Tee {

    /** What the early read left: its open transaction with the rows copied, and what it found. */
    record Copied(Connection connection, CrimeImportService.Validation validation, CsvUpload upload,
            CrimeCatalog catalog, long started) {
    }

    private static final byte[] END = new byte[0];
    /** Chunks in flight between the request and the reader: a few megabytes at most. */
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(4);
    final long jobId;
    private volatile boolean aborted;
    /** Set by the reader when it gives up: the request then stops handing it chunks. */
    private volatile boolean abandoned;
    private volatile boolean accepted;
    private volatile String encoding;
    /** When the last chunk was stored (System.nanoTime), for the log: which of the two ended later. */
    volatile long storedAt;
    /** How long the upload waited for the reader to take its chunks (nanoseconds), for the log. */
    volatile long uploadWaited;
    /** The reader's result: null when it gave up. */
    volatile CompletableFuture<Copied> result;

    CrimeImportPipeline(long jobId) {
        this.jobId = jobId;
    }

    @Override
    public void chunk(byte[] bytes) throws IOException {
        if (abandoned || aborted) {
            return;
        }
        try {
            // A bounded queue: the upload waits for a reader that is behind, never the other way round for long.
            long start = System.nanoTime();
            while (!chunks.offer(bytes, 100, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    return;
                }
            }
            uploadWaited += System.nanoTime() - start;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing a chunk on");
        }
    }

    @Override
    public void stored(CsvUpload.Copied file) {
        storedAt = System.nanoTime();
        encoding = file.encoding();
        try {
            chunk(END);
        } catch (IOException e) {
            abort();
        }
    }

    @Override
    public void accepted() {
        accepted = true;
    }

    @Override
    public void abort() {
        aborted = true;
    }

    boolean isAccepted() {
        return accepted;
    }

    /** The encoding the stored file was found to have (null until the whole file is stored). */
    String encoding() {
        return encoding;
    }

    /** Called by the reader when it stops early: frees the request from waiting on it. */
    void abandon() {
        abandoned = true;
        chunks.clear();
    }

    /**
     * The file as {@link CsvUpload#stored} reads it: the first call (its header) answers the first
     * chunk alone, the second the whole stream, which can be read once.
     */
    Supplier<InputStream> streams() {
        return new Supplier<>() {
            private byte[] first;
            private int calls;

            @Override
            public InputStream get() {
                try {
                    if (first == null) {
                        first = take();
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (calls++ == 0) {
                    return new ByteArrayInputStream(first);
                }
                if (calls > 2) {
                    throw new IllegalStateException("an early read reads its stream once");
                }
                return new java.io.SequenceInputStream(new ByteArrayInputStream(first), rest());
            }
        };
    }

    private byte[] take() throws IOException {
        try {
            while (true) {
                if (aborted) {
                    throw new IOException("the upload of job " + jobId + " was refused");
                }
                byte[] chunk = chunks.poll(100, TimeUnit.MILLISECONDS);
                if (chunk != null) {
                    return chunk;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    private InputStream rest() {
        return new ChunkStream() {
            @Override
            protected byte[] nextChunk() throws IOException {
                byte[] next = take();
                return next == END ? null : next;
            }
        };
    }
}
