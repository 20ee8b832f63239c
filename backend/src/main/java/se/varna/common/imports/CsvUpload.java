package se.varna.common.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import se.varna.common.FieldError;
import se.varna.common.Limits;
import se.varna.common.Messages;

/**
 * An uploaded CSV file, read the way Swedish offices write them: UTF-8 (with or without
 * Excel's byte-order mark) or Excel's Windows-1252, separated by comma, semicolon or tab
 * (whichever the header uses). Problems with the file as a whole (empty, too large, not
 * text, wrong header) are thrown as {@link UploadProblemException}; problems with a row are
 * left to the caller, who knows what the columns mean.
 */
public final class CsvUpload implements Iterable<CsvUpload.Row> {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The file's text, read afresh on each iteration (from memory, or from where it is stored). */
    private final Supplier<Reader> text;
    private final Charset encoding;
    private final char delimiter;
    private final Map<String, Integer> columnIndex;
    private final int columnCount;

    private CsvUpload(Supplier<Reader> text, Charset encoding, char delimiter, Map<String, Integer> columnIndex,
            int columnCount) {
        this.text = text;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.columnIndex = columnIndex;
        this.columnCount = columnCount;
    }

    /**
     * Reads at most {@code maxBytes} of the body and checks the header: every required
     * column present, no unknown or repeated column; names match case-insensitively and in
     * any order.
     */
    public static CsvUpload read(InputStream body, long maxBytes, List<String> required, List<String> optional) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw UploadProblemException.tooLarge(maxBytes);
        }
        return parse(bytes, required, optional);
    }

    static CsvUpload parse(byte[] bytes, List<String> required, List<String> optional) {
        Decoded decoded = decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw UploadProblemException.empty();
        }
        int headerEnd = text.indexOf('\n');
        String headerLine = (headerEnd < 0 ? text : text.substring(0, headerEnd)).strip();
        if (headerEnd < 0 || text.substring(headerEnd + 1).isBlank()) {
            checkHeader(splitHeader(headerLine, delimiterOf(headerLine)), required, optional);
            throw UploadProblemException.noRows();
        }
        char delimiter = delimiterOf(headerLine);
        List<String> header = splitHeader(headerLine, delimiter);
        Map<String, Integer> index = checkHeader(header, required, optional);
        return new CsvUpload(() -> new StringReader(text), decoded.charset(), delimiter, index, header.size());
    }

    /** What {@link #copy} found in a file while copying it. */
    public record Copied(String encoding, char delimiter, long lines) {
    }

    /** Takes a file's bytes, a chunk at a time, as they arrive. */
    @FunctionalInterface
    public interface Sink {
        void write(byte[] chunk, int length) throws IOException;
    }

    /**
     * Copies at most {@code maxBytes} of the body to {@code sink} in chunks of {@code chunkSize}
     * bytes, checking on the way everything {@link #read} checks (size, encoding, header), so that
     * a large file is never held in memory: only one chunk is. A problem is thrown as
     * {@link UploadProblemException} as soon as it is known (after the last chunk for the
     * encoding and the header), and the caller discards what the sink took.
     */
    public static Copied copy(InputStream body, long maxBytes, int chunkSize, Sink sink, List<String> required,
            List<String> optional) {
        InputStream in = body == null ? InputStream.nullInputStream() : body;
        Inspection inspection = new Inspection();
        byte[] chunk = new byte[chunkSize];
        try {
            byte[] head = in.readNBytes(4);
            inspection.begin(head);
            in = new java.io.SequenceInputStream(new ByteArrayInputStream(head), in);
            int n;
            while ((n = in.readNBytes(chunk, 0, chunkSize)) > 0) {
                if (inspection.size + n > maxBytes) {
                    throw UploadProblemException.tooLarge(maxBytes);
                }
                inspection.take(chunk, n);
                sink.write(chunk, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Charset charset = inspection.charset();
        if (!inspection.anyText) {
            throw UploadProblemException.empty();
        }
        String headerLine = inspection.headerLine(charset).strip();
        if (!inspection.newline || !inspection.anyTextAfterHeader) {
            checkHeader(splitHeader(headerLine, delimiterOf(headerLine)), required, optional);
            throw UploadProblemException.noRows();
        }
        char delimiter = delimiterOf(headerLine);
        checkHeader(splitHeader(headerLine, delimiter), required, optional);
        return new Copied(charset.name(), delimiter, inspection.lines());
    }

    /**
     * A file that {@link #copy} checked and stored elsewhere, read afresh from {@code bytes} on
     * each iteration and never held whole: {@code bytes} opens a new stream of it each time.
     */
    public static CsvUpload stored(Supplier<InputStream> bytes, String encoding, List<String> required,
            List<String> optional) {
        Charset charset = Charset.forName(encoding);
        Supplier<Reader> text = () -> new InputStreamReader(withoutByteOrderMark(bytes.get(), charset), charset);
        String headerLine;
        try (BufferedReader reader = new BufferedReader(text.get())) {
            headerLine = reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        headerLine = headerLine == null ? "" : headerLine.strip();
        char delimiter = delimiterOf(headerLine);
        List<String> header = splitHeader(headerLine, delimiter);
        return new CsvUpload(text, charset, delimiter, checkHeader(header, required, optional), header.size());
    }

    private static InputStream withoutByteOrderMark(InputStream in, Charset charset) {
        if (!StandardCharsets.UTF_8.equals(charset)) {
            return in;
        }
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        try {
            buffered.mark(3);
            byte[] start = buffered.readNBytes(3);
            if (!(start.length == 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF)) {
                buffered.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffered;
    }

    /**
     * The checks {@link #decode} makes on a whole file, made a chunk at a time: the same
     * problems, in the same order where it matters (UTF-16 and ZIP by the first bytes, the
     * first NUL byte, then UTF-8 or else Windows-1252).
     */
    private static final class Inspection {
        private static final int MAX_HEADER = 1 << 20;
        long size;
        private long newlines;
        private boolean endsWithNewline = true;
        private boolean ascii = true;
        private boolean bom;
        boolean newline;
        boolean anyText;
        boolean anyTextAfterHeader;
        private final java.io.ByteArrayOutputStream header = new java.io.ByteArrayOutputStream();
        private final CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
        private final CharsetDecoder cp1252 = strict(WINDOWS_1252);
        private boolean utf8Valid = true;
        private boolean cp1252Valid = true;
        /** Bytes of a UTF-8 sequence a chunk ended in the middle of. */
        private ByteBuffer utf8Pending = ByteBuffer.allocate(0);
        private CharBuffer discard;

        /** Looks at the file's first (up to) four bytes, before any chunk. */
        void begin(byte[] head) {
            int n = head.length;
            if (n >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                    || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
                throw UploadProblemException.undecodable("upload.undecodable.utf16");
            }
            if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                throw UploadProblemException.undecodable("upload.undecodable.zip");
            }
            bom = n >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
        }

        void take(byte[] chunk, int n) {
            // the byte-order mark is not part of the text
            int start = bom && size < 3 ? (int) Math.min(n, 3 - size) : 0;
            boolean chunkAscii = true;
            int i = start;
            // The header and the first text after it, byte by byte …
            for (; i < n && !(newline && anyTextAfterHeader); i++) {
                byte b = chunk[i];
                if (b == 0) {
                    throw UploadProblemException.undecodable("upload.undecodable.nul", size + i + 1);
                }
                chunkAscii &= b > 0;
                if (!newline) {
                    if (b == '\n') {
                        newline = true;
                    } else if (header.size() < MAX_HEADER) {
                        header.write(b);
                    }
                } else if (!blank(b)) {
                    anyTextAfterHeader = true;
                }
                if (b == '\n') {
                    newlines++;
                }
                anyText |= !blank(b);
            }
            // … then, the rest of a large file, only what is still to be known: NUL bytes, ASCII, lines.
            long lineFeeds = 0;
            for (; i < n; i++) {
                byte b = chunk[i];
                if (b == 0) {
                    throw UploadProblemException.undecodable("upload.undecodable.nul", size + i + 1);
                }
                chunkAscii &= b > 0;
                lineFeeds += b == '\n' ? 1 : 0;
            }
            newlines += lineFeeds;
            if (n > 0) {
                endsWithNewline = chunk[n - 1] == '\n';
            }
            ascii &= chunkAscii;
            // Plain ASCII is valid in both encodings: only a chunk with other bytes is decoded.
            if (!chunkAscii || utf8Pending.hasRemaining()) {
                decode(chunk, start, n);
            }
            size += n;
        }

        private void decode(byte[] chunk, int start, int n) {
            if (discard == null) {
                discard = CharBuffer.allocate(1 << 16);
            }
            if (utf8Valid) {
                ByteBuffer in = ByteBuffer.allocate(utf8Pending.remaining() + n - start);
                in.put(utf8Pending).put(chunk, start, n - start).flip();
                utf8Valid = decodeAll(utf8, in, false);
                utf8Pending = in.slice();
            }
            if (cp1252Valid) {
                cp1252Valid = decodeAll(cp1252, ByteBuffer.wrap(chunk, start, n - start), false);
            }
        }

        private boolean decodeAll(CharsetDecoder decoder, ByteBuffer in, boolean end) {
            while (true) {
                discard.clear();
                CoderResult result = decoder.decode(in, discard, end);
                if (result.isError()) {
                    return false;
                }
                if (!result.isOverflow()) {
                    return true;
                }
            }
        }

        /** UTF-8 when the file is valid UTF-8, else Windows-1252 when it is that. */
        Charset charset() {
            if (ascii) {
                return StandardCharsets.UTF_8;
            }
            if (utf8Valid && discard != null) {
                utf8Valid = decodeAll(utf8, utf8Pending, true);
                discard.clear();
                utf8Valid &= !utf8.flush(discard).isError();
            }
            if (utf8Valid) {
                return StandardCharsets.UTF_8;
            }
            if (bom) {
                throw UploadProblemException.undecodable("upload.undecodable.badUtf8");
            }
            if (!cp1252Valid) {
                throw UploadProblemException.undecodable("upload.undecodable.neither");
            }
            return WINDOWS_1252;
        }

        String headerLine(Charset charset) {
            return new String(header.toByteArray(), charset);
        }

        long lines() {
            return newlines + (size > 0 && !endsWithNewline ? 1 : 0);
        }

        /** The bytes {@link String#isBlank} takes for white space. */
        private static boolean blank(byte b) {
            return b == ' ' || (b >= 9 && b <= 13) || (b >= 28 && b <= 31);
        }
    }

    /** The encoding the file was read in: {@code UTF-8} or {@code windows-1252}. */
    public String encoding() {
        return encoding.name();
    }

    public char delimiter() {
        return delimiter;
    }

    /** Column names as callers spell them, resolved once (a million rows ask for the same few). */
    private final Map<String, Integer> resolvedColumns = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The index of the named column (case-insensitive), -1 when the file has none: for
     * {@link Row#get(int)}, which a large file's reader calls instead of looking the name up on
     * every row.
     */
    public int indexOf(String column) {
        return resolvedColumns.computeIfAbsent(column,
                c -> columnIndex.getOrDefault(c.toLowerCase(Locale.ROOT), -1));
    }

    /** Whether the file has the named column (required columns always do). */
    public boolean hasColumn(String name) {
        return columnIndex.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The data rows, in file order, each with its row number as a spreadsheet shows it.
     * Blank lines are skipped. Iterating reads the text again, so it can be done more than
     * once (e.g. validate, then store).
     */
    @Override
    public Iterator<Row> iterator() {
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text.get());
        Iterator<CsvRecord> records = reader.iterator();
        records.next(); // the header, already checked
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (CsvParseException e) {
                    throw UploadProblemException.unreadable(Messages.text("upload.notCsv", e.getMessage()));
                }
            }

            @Override
            public Row next() {
                try {
                    CsvRecord record = records.next();
                    return new Row(record, CsvUpload.this);
                } catch (CsvParseException e) {
                    throw UploadProblemException.unreadable(Messages.text("upload.notCsv", e.getMessage()));
                }
            }
        };
    }

    /**
     * Parses a decimal figure as people type it: {@code 12.5}, {@code 12,5} (decimal comma),
     * {@code 1 234,5} (space or no-break space between thousands), {@code -0,3}. Empty when
     * it is not a number.
     */
    public static Optional<BigDecimal> decimal(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String cleaned = raw.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        if (cleaned.isEmpty() || (cleaned.contains(",") && cleaned.contains("."))) {
            return Optional.empty();
        }
        cleaned = cleaned.replace(',', '.').replace('\u2212', '-');
        if (!cleaned.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cleaned));
    }

    /** One data row. */
    public static final class Row {

        private final CsvRecord record;
        private final CsvUpload file;

        Row(CsvRecord record, CsvUpload file) {
            this.record = record;
            this.file = file;
        }

        /** The row as a spreadsheet numbers it: the header is row 1. */
        public long number() {
            return record.getStartingLineNumber();
        }

        /** The trimmed value of a column, or {@code ""} when the column or the field is absent. */
        public String get(String column) {
            return get(file.indexOf(column));
        }

        /** The trimmed value of the column at {@code index} ({@link CsvUpload#indexOf}), or {@code ""}. */
        public String get(int index) {
            if (index < 0 || index >= record.getFieldCount()) {
                return "";
            }
            return record.getField(index).strip();
        }

        /** An error when the row has more or fewer fields than the header has columns. */
        public Optional<FieldError> shapeError() {
            int count = record.getFieldCount();
            if (count == file.columnCount) {
                return Optional.empty();
            }
            return Optional.of(FieldError.atRow(number(), "row",
                    Messages.text("import.row.shape", count, count, file.columnCount)));
        }

        public FieldError error(String column, String message) {
            return FieldError.atRow(number(), column, message);
        }
    }

    private record Decoded(String text, Charset charset) {
    }

    private static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw UploadProblemException.undecodable("upload.undecodable.utf16");
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw UploadProblemException.undecodable("upload.undecodable.zip");
        }
        boolean ascii = true;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                throw UploadProblemException.undecodable("upload.undecodable.nul", i + 1);
            }
            ascii &= b > 0;
        }
        if (ascii) {
            // Plain ASCII is valid UTF-8 as it is: decoded without a CharsetDecoder (a large file
            // of codes and numbers, e.g. a million rows of crime statistics, is read in a tenth
            // of the time).
            return new Decoded(new String(bytes, StandardCharsets.US_ASCII), StandardCharsets.UTF_8);
        }
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        try {
            return new Decoded(strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString(), StandardCharsets.UTF_8);
        } catch (CharacterCodingException utf8) {
            if (bom) {
                throw UploadProblemException.undecodable("upload.undecodable.badUtf8");
            }
        }
        try {
            return new Decoded(strict(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString(), WINDOWS_1252);
        } catch (CharacterCodingException cp1252) {
            throw UploadProblemException.undecodable("upload.undecodable.neither");
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The separator the header uses most: semicolon (Swedish Excel), comma or tab. */
    private static char delimiterOf(String headerLine) {
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] { ',', ';', '\t' }) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static List<String> splitHeader(String headerLine, char delimiter) {
        CsvRecord record = CsvReader.builder().fieldSeparator(delimiter).ofSingleCsvRecord(headerLine);
        return record.getFields().stream().map(String::strip).toList();
    }

    private static Map<String, Integer> checkHeader(List<String> header, List<String> required, List<String> optional) {
        Map<String, String> known = new HashMap<>();
        required.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        optional.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        Map<String, Integer> index = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String key = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                errors.add(FieldError.atRow(1, "header", Messages.text("upload.header.noName", i + 1)));
            } else if (!known.containsKey(key)) {
                errors.add(FieldError.atRow(1, Limits.cut(name, Limits.CODE), Messages.text("upload.header.unknown")));
            } else if (index.putIfAbsent(key, i) != null) {
                errors.add(FieldError.atRow(1, Limits.cut(name, Limits.CODE), Messages.text("upload.header.twice")));
            }
        }
        Set<String> missing = new LinkedHashSet<>();
        for (String column : required) {
            if (!index.containsKey(column.toLowerCase(Locale.ROOT))) {
                missing.add(column);
            }
        }
        missing.forEach(column -> errors.add(FieldError.atRow(1, column, Messages.text("upload.header.missing"))));
        if (!errors.isEmpty()) {
            throw UploadProblemException.badHeader(errors, required, optional);
        }
        return index;
    }

    @Override
    public String toString() {
        return "CsvUpload[" + encoding + ", '" + delimiter + "', columns "
                + columnIndex.keySet().stream().sorted().collect(Collectors.joining(",")) + "]";
    }
}
