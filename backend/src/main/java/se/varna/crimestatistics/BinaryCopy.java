package se.varna.crimestatistics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, buffered and handed to the driver in large
 * chunks. Binary rather than text because PostgreSQL then reads each value as it is (a date in
 * text goes through the date parser, a million times an import) and there is no number
 * formatting here either. The fields' types must be the columns' own: {@code int4} for integer,
 * {@code int8} for bigint, a day number for date, the bytes for char(1), text and bytea.
 *
 * <p>
 * A {@code COPY} does not wait for the server row by row: the driver writes on while PostgreSQL
 * stores what came before, which is why an upload's chunks are stored this way too (an
 * {@code insert} a chunk waited for each chunk to be stored before the next was read).
 */
final class BinaryCopy implements AutoCloseable {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    /** The signature, the flags (none) and the header extension's length (none). */
    private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0 };
    /** PostgreSQL's dates count days from 2000-01-01. */
    private static final long EPOCH_2000 = java.time.LocalDate.of(2000, 1, 1).toEpochDay();
    /** A row's fixed-size fields at most: 9 of 8 bytes and their lengths, and the field count. */
    private static final int MAX_ROW = 2 + 9 * 12;
    /** Longer values than this go to the driver as they are, not through the buffer. */
    private static final int BUFFERED_VALUE = 1 << 12;
    private final CopyIn copyIn;
    private final byte[] buffer = new byte[1 << 18];
    private int length;
    private int lastMonth = Integer.MIN_VALUE;
    private int lastDay;

    private BinaryCopy(CopyIn copyIn) {
        this.copyIn = copyIn;
        System.arraycopy(HEADER, 0, buffer, 0, HEADER.length);
        length = HEADER.length;
    }

    /** Starts {@code copy} (… {@code from stdin with (format binary)}) on the connection. */
    static BinaryCopy into(Connection c, String copy) throws SQLException {
        return new BinaryCopy(c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy));
    }

    /** Starts a row of {@code fields} fields (at most 9 of the fixed-size kinds). */
    BinaryCopy row(int fields) throws SQLException {
        if (length + MAX_ROW > buffer.length) {
            flush();
        }
        SHORT.set(buffer, length, (short) fields);
        length += 2;
        return this;
    }

    BinaryCopy int4(int value) {
        INT.set(buffer, length, 4);
        INT.set(buffer, length + 4, value);
        length += 8;
        return this;
    }

    BinaryCopy int8(long value) {
        INT.set(buffer, length, 8);
        LONG.set(buffer, length + 4, value);
        length += 12;
        return this;
    }

    /** The first day of {@code month} (as {@link Months} counts them). */
    BinaryCopy date(int month) {
        if (month != lastMonth) {
            lastMonth = month;
            lastDay = (int) (Months.firstDay(month).toEpochDay() - EPOCH_2000);
        }
        return int4(lastDay);
    }

    BinaryCopy char1(byte value) {
        INT.set(buffer, length, 1);
        buffer[length + 4] = value;
        length += 5;
        return this;
    }

    /** A text (or varchar) value: its UTF-8 bytes. */
    BinaryCopy text(String value) throws SQLException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return bytes(utf8, 0, utf8.length);
    }

    /** A bytea value; a long one goes to the driver as it is, not through the buffer. */
    BinaryCopy bytes(byte[] value, int offset, int n) throws SQLException {
        if (this.length + 4 + Math.min(n, BUFFERED_VALUE) > buffer.length) {
            flush();
        }
        INT.set(buffer, this.length, n);
        this.length += 4;
        if (n <= BUFFERED_VALUE) {
            System.arraycopy(value, offset, buffer, this.length, n);
            this.length += n;
        } else {
            flush();
            copyIn.writeToCopy(value, offset, n);
        }
        return this;
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copyIn.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }

    /** Ends the copy without storing anything of it (the caller's transaction is rolled back anyway). */
    void cancel() throws SQLException {
        if (copyIn.isActive()) {
            copyIn.cancelCopy();
        }
    }

    /** Ends the copy: the rows are stored (in the caller's transaction) once this returns. */
    @Override
    public void close() throws SQLException {
        try {
            if (length + 2 > buffer.length) {
                flush();
            }
            SHORT.set(buffer, length, (short) -1); // the trailer
            length += 2;
            flush();
            copyIn.endCopy();
        } finally {
            cancel();
        }
    }
}
