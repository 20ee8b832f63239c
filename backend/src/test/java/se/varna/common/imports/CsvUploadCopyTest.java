package se.varna.common.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A file copied chunk by chunk ({@link CsvUpload#copy}, as the crime import stores it) and read
 * back as a stream ({@link CsvUpload#stored}) is accepted or refused exactly as the same file
 * read whole ({@link CsvUpload#read}), whatever the chunk size: also when a chunk ends in the
 * middle of a UTF-8 character, the byte-order mark or the header.
 */
class CsvUploadCopyTest {

    private static final List<String> REQUIRED = List.of("indicator", "period", "value");
    private static final List<String> OPTIONAL = List.of("source");
    private static final int MAX = 1024;

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private static List<byte[]> files() {
        List<byte[]> files = new ArrayList<>();
        for (String text : List.of("indicator,period,value\nTILLIT,2024,61.5\n\nTILLIT,2025,62\n",
                "indicator,period,value,source\nTILLIT,2024,1,Trygghetsmätning Västerås – år ½\n",
                "indicator,period,value\nTILLIT,2024\nTILLIT,2024,1,2\n", "indicator,period,value\r\nA,1,2",
                "", " \n\n", "indicator,period,value\n\n", "indicator,period,value", "indicator,periode,value\nA,1,2\n",
                "indicator;period;value\nA;1;\"x\ny\"\n", "indicator,period,value\nA,1,\"unterminated\n")) {
            files.add(text.getBytes(StandardCharsets.UTF_8));
        }
        files.add("Indicator;Period;Value;Source\r\nTILLIT;2024;61,5;Trygghetsmätning Västerås\r\n"
                .getBytes(CsvUpload.WINDOWS_1252));
        files.add(concat(BOM, "indicator\tperiod\tvalue\nÖ\t2024\t88\n".getBytes(StandardCharsets.UTF_8)));
        files.add(concat(BOM, "indicator,period,value\nA,1,\u00e4\n".getBytes(CsvUpload.WINDOWS_1252)));
        files.add("indicator,period,value\nA,1,x\n".getBytes(StandardCharsets.UTF_16));
        files.add(new byte[] { 'P', 'K', 3, 4, 20, 0 });
        files.add(new byte[] { 'i', 'n', 'd', 0, 'b' });
        // a NUL byte after the first rows, where the copy checks less per byte than in the header
        files.add(concat("indicator,period,value\nA,1,2\nB,1,".getBytes(StandardCharsets.US_ASCII), new byte[] { 0, '\n' }));
        // 0x81 is neither UTF-8 nor Windows-1252
        files.add(concat("indicator,period,value\nA,1,".getBytes(StandardCharsets.US_ASCII), new byte[] { (byte) 0x81, '\n' }));
        files.add(("indicator,period,value\n" + "TILLIT,2024,1\n".repeat(100)).getBytes(StandardCharsets.US_ASCII));
        return files;
    }

    @Test
    void aFileCopiedInChunksIsReadAsTheWholeFileIs() {
        int n = 0;
        for (byte[] file : files()) {
            String whole = outcome(() -> CsvUpload.read(new ByteArrayInputStream(file), MAX, REQUIRED, OPTIONAL));
            for (int chunkSize : new int[] { 1, 2, 3, 5, 8, 64, 4096 }) {
                ByteArrayOutputStream stored = new ByteArrayOutputStream();
                String copied = outcome(() -> {
                    CsvUpload.Copied copy = CsvUpload.copy(new ByteArrayInputStream(file), MAX, chunkSize,
                            (chunk, length) -> stored.write(chunk, 0, length), REQUIRED, OPTIONAL);
                    assertThat(stored.toByteArray()).isEqualTo(file);
                    CsvUpload upload = CsvUpload.stored(() -> new ByteArrayInputStream(stored.toByteArray()),
                            copy.encoding(), REQUIRED, OPTIONAL);
                    assertThat(copy.delimiter()).isEqualTo(upload.delimiter());
                    return upload;
                });
                assertThat(copied).as("file %d (%s) copied in chunks of %d", n,
                        new String(file, StandardCharsets.ISO_8859_1), chunkSize).isEqualTo(whole);
            }
            n++;
        }
    }

    @Test
    void theLinesOfACopiedFileAreCountedAsTheJobReportsThem() {
        for (String text : List.of("indicator,period,value\nA,1,2\nB,1,2\n", "indicator,period,value\nA,1,2\nB,1,2")) {
            CsvUpload.Copied copy = CsvUpload.copy(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), MAX,
                    4, (chunk, length) -> { }, REQUIRED, OPTIONAL);
            assertThat(copy.lines()).isEqualTo(3);
        }
    }

    /** What a reader sees of an upload: its encoding, delimiter and every row, or the problem. */
    private static String outcome(java.util.function.Supplier<CsvUpload> upload) {
        try {
            CsvUpload file = upload.get();
            StringBuilder seen = new StringBuilder(file.encoding() + " '" + file.delimiter() + "'");
            for (CsvUpload.Row row : file) {
                seen.append(" | ").append(row.number()).append(':').append(row.shapeError().isPresent());
                for (String column : List.of("indicator", "period", "value", "source")) {
                    seen.append(',').append(row.get(column));
                }
            }
            return seen.toString();
        } catch (UploadProblemException e) {
            return e.status() + " " + e.title() + ": " + e.getMessage() + " " + e.errors();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
