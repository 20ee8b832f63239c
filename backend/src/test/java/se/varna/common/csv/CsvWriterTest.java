package se.varna.common.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

/**
 * The one CSV writer of the API: RFC 4180 quoting and CRLF, UTF-8 with a byte-order mark, the
 * formula guard, and the two dialects.
 */
class CsvWriterTest {

    private static byte[] bytes(CsvDialect dialect, List<String> header, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(out, dialect, header, rows);
        return out.toByteArray();
    }

    private static String text(CsvDialect dialect, List<String> header, List<List<Object>> rows) throws IOException {
        byte[] bytes = bytes(dialect, header, rows);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void theFileIsUtf8WithAByteOrderMarkSoExcelReadsSwedishLetters() throws IOException {
        byte[] file = bytes(CsvDialect.COMMA, List.of("area"), List.of(row("Bäckby")));

        assertThat(Arrays.copyOf(file, 3)).as("Excel needs the UTF-8 byte-order mark to read å, ä, ö")
                .containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)).isEqualTo("area\r\nBäckby\r\n");
    }

    @Test
    void linesEndInCrlfAndFieldsHoldingTheSeparatorAQuoteOrALineBreakAreQuoted() throws IOException {
        assertThat(text(CsvDialect.COMMA, List.of("name", "note"), List.of(
                row("Centrum, norra", "the \"old\" town"),
                row("two\nlines", "Centrum; norra"))))
                .isEqualTo("name,note\r\n\"Centrum, norra\",\"the \"\"old\"\" town\"\r\n\"two\nlines\",Centrum; norra\r\n");
        assertThat(text(CsvDialect.SEMICOLON, List.of("name"), List.of(row("Centrum; norra"), row("Centrum, norra"))))
                .isEqualTo("name\r\n\"Centrum; norra\"\r\nCentrum, norra\r\n");
    }

    @Test
    void textThatStartsLikeAFormulaIsPrefixedSoASpreadsheetShowsItInsteadOfRunningIt() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+46 21 39 00 00", "-2+3", "@SUM(A1)", "\tcmd",
                "\rcmd")) {
            assertThat(CsvWriter.cell(formula, CsvDialect.COMMA)).as(formula).isEqualTo("'" + formula);
        }
        assertThat(CsvWriter.cell("Västerås = trygg", CsvDialect.COMMA)).isEqualTo("Västerås = trygg");
        assertThat(CsvWriter.cell("", CsvDialect.COMMA)).isEmpty();
    }

    @Test
    void aGuardedCellIsStillQuotedWhenItHoldsAQuote() throws IOException {
        assertThat(text(CsvDialect.COMMA, List.of("source"), List.of(row("=HYPERLINK(\"x\")"))))
                .isEqualTo("source\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }

    @Test
    void numbersAreWrittenPlainlyWithTheDialectsDecimalMarkAndNeverGuarded() {
        assertThat(CsvWriter.cell(12.345, CsvDialect.COMMA)).isEqualTo("12.345");
        assertThat(CsvWriter.cell(12.345, CsvDialect.SEMICOLON)).isEqualTo("12,345");
        assertThat(CsvWriter.cell(-4.5, CsvDialect.SEMICOLON)).as("a negative number is a number, not a formula")
                .isEqualTo("-4,5");
        assertThat(CsvWriter.cell(1200.0, CsvDialect.SEMICOLON)).isEqualTo("1200");
        assertThat(CsvWriter.cell(0.0001, CsvDialect.COMMA)).as("no exponent").isEqualTo("0.0001");
        assertThat(CsvWriter.cell(new BigDecimal("63.50"), CsvDialect.COMMA)).isEqualTo("63.5");
        assertThat(CsvWriter.cell(0.0, CsvDialect.COMMA)).isEqualTo("0");
        assertThat(CsvWriter.cell(1234567L, CsvDialect.SEMICOLON)).as("no thousands separator").isEqualTo("1234567");
        assertThat(CsvWriter.cell(null, CsvDialect.COMMA)).isEmpty();
        assertThat(CsvWriter.cell(true, CsvDialect.COMMA)).isEqualTo("true");
    }

    @Test
    void theSwedishDialectSeparatesBySemicolonAndWritesTheDecimalComma() throws IOException {
        assertThat(text(CsvDialect.SEMICOLON, List.of("Område", "Värde"), List.of(row("Bäckby", 1.5), row("Råby", null))))
                .isEqualTo("Område;Värde\r\nBäckby;1,5\r\nRåby;\r\n");
        assertThat(text(CsvDialect.COMMA, List.of("Område", "Värde"), List.of(row("Bäckby", 1.5), row("Råby", null))))
                .isEqualTo("Område,Värde\r\nBäckby,1.5\r\nRåby,\r\n");
    }

    @Test
    void theDialectIsTheDelimiterParameterOfTheAcceptedTextCsv() {
        assertThat(CsvDialect.negotiate(List.of(MediaType.valueOf("text/csv")))).isEqualTo(CsvDialect.COMMA);
        assertThat(CsvDialect.negotiate(List.of(MediaType.valueOf("text/csv;delimiter=comma"))))
                .isEqualTo(CsvDialect.COMMA);
        assertThat(CsvDialect.negotiate(List.of(MediaType.valueOf("text/csv; delimiter=semicolon"))))
                .isEqualTo(CsvDialect.SEMICOLON);
        assertThat(CsvDialect.negotiate(List.of(MediaType.valueOf("application/json"),
                MediaType.valueOf("text/csv;delimiter=semicolon")))).isEqualTo(CsvDialect.SEMICOLON);
        assertThat(CsvDialect.negotiate(List.of(MediaType.valueOf("text/*")))).isEqualTo(CsvDialect.COMMA);
        assertThat(CsvDialect.SEMICOLON.contentType()).isEqualTo("text/csv;charset=UTF-8;delimiter=semicolon");
        assertThatThrownBy(() -> CsvDialect.negotiate(List.of(MediaType.valueOf("text/csv;delimiter=tab"))))
                .isInstanceOf(NotAcceptableException.class);
    }

    @Test
    void aFileNameOffersNothingThatCouldBreakOutOfTheHeader() {
        assertThat(CsvBodyWriter.safe("indicator-TILLIT.csv")).isEqualTo("indicator-TILLIT.csv");
        assertThat(CsvBodyWriter.safe("a\"; filename=evil.exe")).isEqualTo("a-filename-evil.exe");
        assertThat(CsvBodyWriter.safe("åäö.csv")).isEqualTo("-.csv");
    }
}
