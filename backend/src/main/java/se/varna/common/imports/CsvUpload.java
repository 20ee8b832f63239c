package se.varna.common.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
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

    private final String text;
    private final Charset encoding;
    private final char delimiter;
    private final Map<String, Integer> columnIndex;
    private final int columnCount;

    private CsvUpload(String text, Charset encoding, char delimiter, Map<String, Integer> columnIndex,
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
        return new CsvUpload(text, decoded.charset(), delimiter, index, header.size());
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

    /** The index of the named column (case-insensitive), -1 when the file has none. */
    private int indexOf(String column) {
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
                .ofCsvRecord(new StringReader(text));
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
            int i = file.indexOf(column);
            if (i < 0 || i >= record.getFieldCount()) {
                return "";
            }
            return record.getField(i).strip();
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
