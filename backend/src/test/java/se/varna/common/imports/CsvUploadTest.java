package se.varna.common.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.varna.common.FieldError;

/**
 * How an uploaded CSV is read: what is accepted (UTF-8 with or without BOM, Excel's
 * Windows-1252, comma/semicolon/tab) and what each kind of unreadable file answers.
 */
class CsvUploadTest {

    private static final List<String> REQUIRED = List.of("indicator", "period", "value");
    private static final List<String> OPTIONAL = List.of("source");

    private static CsvUpload read(byte[] bytes) {
        return CsvUpload.read(new ByteArrayInputStream(bytes), 1024, REQUIRED, OPTIONAL);
    }

    private static CsvUpload read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> values(CsvUpload upload, String column) {
        List<String> values = new ArrayList<>();
        upload.forEach(row -> values.add(row.number() + ":" + row.get(column)));
        return values;
    }

    @Test
    void readsCommaSeparatedUtf8WithRowNumbersAsASpreadsheetShowsThem() {
        CsvUpload upload = read("indicator,period,value\nTILLIT,2024,61.5\n\nTILLIT,2025,62\n");
        assertThat(upload.encoding()).isEqualTo("UTF-8");
        assertThat(upload.delimiter()).isEqualTo(',');
        assertThat(values(upload, "value")).containsExactly("2:61.5", "4:62");
    }

    @Test
    void readsExcelSemicolonFileInWindows1252WithBomlessSwedishText() {
        byte[] bytes = "Indicator;Period;Value;Source\r\nTILLIT;2024;61,5;Trygghetsmätning Västerås\r\n"
                .getBytes(CsvUpload.WINDOWS_1252);
        CsvUpload upload = read(bytes);
        assertThat(upload.encoding()).isEqualTo("windows-1252");
        assertThat(upload.delimiter()).isEqualTo(';');
        assertThat(values(upload, "source")).containsExactly("2:Trygghetsmätning Västerås");
        assertThat(values(upload, "value")).containsExactly("2:61,5");
    }

    @Test
    void readsUtf8WithExcelByteOrderMark() {
        byte[] body = "indicator\tperiod\tvalue\nTRYGGHET_SKOLA\t2024\t88\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        CsvUpload upload = read(withBom);
        assertThat(upload.delimiter()).isEqualTo('\t');
        assertThat(values(upload, "indicator")).containsExactly("2:TRYGGHET_SKOLA");
    }

    @Test
    void emptyFileIsItsOwnProblem() {
        assertThatThrownBy(() -> read("")).isInstanceOfSatisfying(UploadProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.title()).isEqualTo("Empty file");
        });
        assertThatThrownBy(() -> read(" \n\n")).isInstanceOf(UploadProblemException.class);
    }

    @Test
    void headerWithoutRowsIsItsOwnProblem() {
        assertThatThrownBy(() -> read("indicator,period,value\n\n")).isInstanceOfSatisfying(
                UploadProblemException.class, e -> assertThat(e.title()).isEqualTo("No rows"));
    }

    @Test
    void wrongHeaderNamesEveryMissingAndUnknownColumnInRowOne() {
        assertThatThrownBy(() -> read("indicator,periode,value,extra\nTILLIT,2024,1,x\n"))
                .isInstanceOfSatisfying(UploadProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.title()).isEqualTo("Wrong header");
                    assertThat(e.errors()).containsExactly(
                            new FieldError("periode", "is not a column of this import", 1),
                            new FieldError("extra", "is not a column of this import", 1),
                            new FieldError("period", "is missing from the header", 1));
                });
    }

    @Test
    void oversizedFileIs413NamingTheLimit() {
        String big = "indicator,period,value\n" + "TILLIT,2024,1\n".repeat(100);
        assertThatThrownBy(() -> read(big)).isInstanceOfSatisfying(UploadProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(413);
            assertThat(e.getMessage()).contains("1 kB");
        });
    }

    @Test
    void utf16AndBinaryAndWorkbooksAreRefusedAsUnreadable() {
        byte[] utf16 = "\uFEFFindicator,period,value\n".getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> read(utf16)).isInstanceOfSatisfying(UploadProblemException.class,
                e -> assertThat(e.getMessage()).contains("UTF-16"));
        assertThatThrownBy(() -> read(new byte[] { 'P', 'K', 3, 4, 20, 0 })).isInstanceOfSatisfying(
                UploadProblemException.class, e -> assertThat(e.getMessage()).contains("Excel workbook"));
        assertThatThrownBy(() -> read(new byte[] { 'a', 0, 'b' })).isInstanceOfSatisfying(
                UploadProblemException.class, e -> assertThat(e.getMessage()).contains("NUL"));
    }

    @Test
    void rowWithTooFewOrTooManyFieldsHasAShapeError() {
        CsvUpload upload = read("indicator,period,value\nTILLIT,2024\nTILLIT,2024,1,2\nTILLIT,2024,3\n");
        List<String> errors = new ArrayList<>();
        upload.forEach(row -> row.shapeError().ifPresent(e -> errors.add(e.row() + " " + e.message())));
        assertThat(errors).containsExactly("2 has 2 fields but the header has 3 columns",
                "3 has 4 fields but the header has 3 columns");
    }

    @Test
    void decimalsAcceptCommaPointAndThousandSpaces() {
        assertThat(CsvUpload.decimal("61,5")).contains(new BigDecimal("61.5"));
        assertThat(CsvUpload.decimal("61.5")).contains(new BigDecimal("61.5"));
        assertThat(CsvUpload.decimal("1 234,5")).contains(new BigDecimal("1234.5"));
        assertThat(CsvUpload.decimal("1\u00a0234")).contains(new BigDecimal("1234"));
        assertThat(CsvUpload.decimal("-0,3")).contains(new BigDecimal("-0.3"));
        assertThat(CsvUpload.decimal("1.234,5")).isEmpty();
        assertThat(CsvUpload.decimal("sextio")).isEmpty();
        assertThat(CsvUpload.decimal("")).isEmpty();
        assertThat(CsvUpload.decimal("1e3")).isEmpty();
    }
}
