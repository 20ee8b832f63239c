package se.varna.common.imports;

/**
 * An import the service cannot queue now: as many jobs as {@code varna.imports.queue-max}
 * allows are queued or running. Answered 429 with {@code Retry-After}; nothing is stored.
 */
public class ImportQueueFullException extends RuntimeException {

    private final int queueMax;
    private final long retryAfterSeconds;

    public ImportQueueFullException(int queueMax, long retryAfterSeconds) {
        super("The import queue is full (" + queueMax + " jobs)");
        this.queueMax = queueMax;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int queueMax() {
        return queueMax;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
