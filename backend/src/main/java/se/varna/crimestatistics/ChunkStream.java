package se.varna.crimestatistics;

import java.io.IOException;
import java.io.InputStream;

/**
 * An upload read as one stream from its 1 MiB chunks, wherever they come from: the stored file's
 * rows ({@link CrimeImportJobs#file}) or the chunks handed over while the upload arrives
 * ({@link CrimeImportPipeline}).
 */
abstract class ChunkStream extends InputStream {

    private byte[] chunk = new byte[0];
    private int position;
    private boolean end;

    /** The next chunk, or null after the last. */
    protected abstract byte[] nextChunk() throws IOException;

    private boolean fill() throws IOException {
        while (!end && position >= chunk.length) {
            byte[] next = nextChunk();
            if (next == null) {
                end = true;
            } else {
                chunk = next;
                position = 0;
            }
        }
        return position < chunk.length;
    }

    @Override
    public int read() throws IOException {
        return fill() ? chunk[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        return n;
    }
}
