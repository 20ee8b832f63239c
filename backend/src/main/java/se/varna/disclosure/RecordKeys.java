package se.varna.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Record keys: HMAC-SHA256 (RFC 2104) under the configured secret of a record's identity,
 * the first 32 bits as a signed int standing for the fraction {@code key / 2^32} (unsigned).
 * A cell's key is the sum of its records' keys modulo 2^32, so it is computed in SQL with
 * {@code sum()} and the 32 low bits: no floating point, and the same in Java and SQL.
 *
 * <p>
 * The SQL function {@code disclosure_record_key(inner_pad, outer_pad, …)} (migration
 * V11_1) computes the same HMAC from {@link #innerPad()} and {@link #outerPad()}, for rows
 * stored by SQL (demo figures, the benchmark). The two pads are the secret in another form:
 * never logged, never answered.
 */
public final class RecordKeys {

    private static final int BLOCK = 64;
    private final byte[] innerPad = new byte[BLOCK];
    private final byte[] outerPad = new byte[BLOCK];
    /**
     * One digest for every key, fed the pad and the message each time: four compressions a key
     * instead of the two that cloning a digest after its pad block takes, but nothing allocated.
     * The clones' garbage (some 500 bytes a key: half a gigabyte a million-fact import) made the
     * collector pause every thread of the import again and again; with SHA instructions the two
     * compressions cost about what the clones did (a micro-benchmark, 1 M keys each way).
     */
    private final MessageDigest digest = sha256();
    /** {@link #ofCrimeFact}'s message, and the hash of every key. */
    private final byte[] crimeFact = new byte[25];
    private final byte[] hash = new byte[32];

    public RecordKeys(String secret) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length > BLOCK) {
            key = sha256().digest(key);
        }
        for (int i = 0; i < BLOCK; i++) {
            byte k = i < key.length ? key[i] : 0;
            innerPad[i] = (byte) (k ^ 0x36);
            outerPad[i] = (byte) (k ^ 0x5c);
        }
    }

    public byte[] innerPad() {
        return innerPad.clone();
    }

    public byte[] outerPad() {
        return outerPad.clone();
    }

    /** The key of a message; not thread-safe (one instance per import or request). */
    public int of(byte[] message) {
        try {
            digest.update(innerPad);
            digest.update(message);
            digest.digest(hash, 0, hash.length);
            digest.update(outerPad);
            digest.update(hash);
            digest.digest(hash, 0, hash.length);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException(e);
        }
        return ((hash[0] & 0xff) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8) | (hash[3] & 0xff);
    }

    /**
     * The key of a crime figure as delivered: month ({@code year * 12 + month - 1}), source,
     * area, category, sex ({@code f}, {@code m} or {@code t}), age group and count, each a
     * big-endian int (sex one byte), as the SQL function builds it.
     */
    public int ofCrimeFact(int month, long sourceId, long areaId, long categoryId, byte sex, long ageGroupId,
            int count) {
        byte[] m = crimeFact;
        put(m, 0, month);
        put(m, 4, (int) sourceId);
        put(m, 8, (int) areaId);
        put(m, 12, (int) categoryId);
        m[16] = sex;
        put(m, 17, (int) ageGroupId);
        put(m, 21, count);
        return of(m);
    }

    /** A key for a figure that has no records to sum (see {@code ReportDisclosure}): from its description. */
    public int ofText(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void put(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
