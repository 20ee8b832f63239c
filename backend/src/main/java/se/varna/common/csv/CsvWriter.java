package se.varna.common.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Writes every CSV file the API answers. FastCSV does the RFC 4180 part (a field holding the
 * separator, a quote or a line break is quoted, quotes doubled; CRLF line ends); this class
 * adds what a spreadsheet reader needs:
 * <ul>
 * <li>UTF-8 with a byte-order mark, so Excel reads å, ä and ö;</li>
 * <li>numbers in the dialect's decimal mark, plainly (no exponent, no thousands separator, no
 * trailing zeros);</li>
 * <li>a formula guard: a text cell that starts with {@code = + - @}, a tab or a carriage return
 * would be run as a formula by a spreadsheet, so it is written with a leading {@code '}
 * (OWASP's advice for CSV injection). Numbers are not text and are never prefixed.</li>
 * </ul>
 * A null cell is written empty; booleans as {@code true}/{@code false}; anything else (enums,
 * codes) by its {@code toString()}, as the JSON answer names it.
 */
public final class CsvWriter {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private CsvWriter() {
    }

    /** Writes the header line and the rows to {@code out}, which is left open. */
    public static void write(OutputStream out, CsvDialect dialect, List<String> header,
            Iterable<? extends List<?>> rows) throws IOException {
        out.write(BOM);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        de.siegmar.fastcsv.writer.CsvWriter csv = de.siegmar.fastcsv.writer.CsvWriter.builder()
                .fieldSeparator(dialect.separator())
                .lineDelimiter(LineDelimiter.CRLF)
                .build(text);
        csv.writeRecord(header.stream().map(name -> cell(name, dialect)).toList());
        for (List<?> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object value : row) {
                cells.add(cell(value, dialect));
            }
            csv.writeRecord(cells);
        }
        csv.flush();
        text.flush();
    }

    /** One cell as text, before RFC 4180 quoting. */
    static String cell(Object value, CsvDialect dialect) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number(number, dialect);
        }
        String text = value.toString();
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    private static String number(Number number, CsvDialect dialect) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return number.toString();
        }
        double d = number.doubleValue();
        if (!(number instanceof BigDecimal) && (Double.isNaN(d) || Double.isInfinite(d))) {
            return "";
        }
        BigDecimal decimal = number instanceof BigDecimal big ? big : BigDecimal.valueOf(d);
        String plain = decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        return dialect.decimalMark() == '.' ? plain : plain.replace('.', dialect.decimalMark());
    }

    private static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
