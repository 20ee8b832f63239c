package se.varna.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.DateConverter;
import org.w3c.dom.Document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import se.varna.report.ReportDtos.ReportView;

/**
 * Writes a report as an accessible A4 PDF: {@link ReportXhtml}'s document rendered by
 * openhtmltopdf in its PDF/UA-1 mode (tagged: the structure tree follows the XHTML's headings,
 * paragraphs and tables; Swedish; titled) and its PDF/A-2u mode, in DejaVu Sans embedded as
 * subsets, so every character a user wrote is kept (DejaVu has Latin, Greek and Cyrillic and
 * signs like ≈ and −; a character it lacks becomes "#"). Page numbers are in the footer.
 *
 * <p>
 * Deterministic: the document's dates (information dictionary and XMP) are the approval time
 * (a draft's: when its content was built), its ID is derived from the report, and nothing
 * random is written, so an approved report exports byte-identically.
 */
final class ReportPdf {

    private static final String FAMILY = "DejaVu Sans";
    private static final String CREATOR = "Värna";
    private static final String PRODUCER = "Värna (openhtmltopdf, Apache PDFBox)";
    private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");
    /** PDF/A's output intent: the colours on the page are sRGB. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf's default logger installs its own console handler at INFO (a few lines
        // per export); through java.util.logging its messages follow the application's log config.
        XRLog.setLoggerImpl(new JulLogger());
    }

    private ReportPdf() {
    }

    static byte[] write(ReportView report) {
        boolean evaluation = report.kind() == ReportKind.evaluation;
        OffsetDateTime stamp = report.approvedAt() != null ? report.approvedAt()
                : evaluation ? report.evaluation().builtAt() : report.content().builtAt();
        Document xhtml = evaluation ? EvaluationXhtml.of(report) : ReportXhtml.of(report);
        documentInformation(xhtml, stamp);
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(doc)
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfAConformance.PDFA_2_U)
                    .usePdfVersion(PdfAConformance.PDFA_2_U.getPdfVersion())
                    .useColorProfile(SRGB)
                    .useFont(new PDFontSupplier(dejaVu(doc, REGULAR)), FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(new PDFontSupplier(dejaVu(doc, BOLD)), FAMILY, 700, FontStyle.NORMAL, true)
                    .withProducer(PRODUCER)
                    .withW3cDocument(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            // the ID PDFBox would otherwise make from the clock when saving
            byte[] id = documentId(report.id() + "|" + report.period() + "|" + report.version() + "|" + stamp);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * DejaVu for the document, embedded as a subset on saving, without the font's glyph
     * substitutions: PDFBox would otherwise set "ff", "fi" and "fl" as ligatures, which a
     * reader's search and copy see as U+FB00–U+FB02 rather than the letters written.
     */
    private static PDType0Font dejaVu(PDDocument doc, byte[] file) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
        doc.registerTrueTypeFontForClosing(ttf);
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
    }

    /**
     * The document's creator and dates, as {@code <meta>} elements: openhtmltopdf copies a
     * head's meta elements into the information dictionary (over the clock's creation date it
     * sets first) before it writes the XMP metadata from that dictionary, so both say the same,
     * as PDF/A requires, and neither says when the export ran.
     */
    private static void documentInformation(Document xhtml, OffsetDateTime stamp) {
        Calendar when = GregorianCalendar.from(stamp.atZoneSameInstant(ReportText.STOCKHOLM));
        when.setTimeZone(TimeZone.getTimeZone(ReportText.STOCKHOLM));
        ReportXhtml.meta(xhtml, "Creator", CREATOR);
        ReportXhtml.meta(xhtml, "CreationDate", DateConverter.toString(when));
        ReportXhtml.meta(xhtml, "ModDate", DateConverter.toString(when));
    }

    private static byte[] documentId(String seed) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)),
                    16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = ReportPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** openhtmltopdf's log messages as java.util.logging records, named by its categories. */
    private static final class JulLogger implements XRLogger {

        @Override
        public void log(String where, Level level, String msg) {
            Logger.getLogger(where).log(level, msg);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            Logger.getLogger(where).log(level, msg, th);
        }

        @Override
        public void setLevel(String logger, Level level) {
            Logger.getLogger(logger).setLevel(level);
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(diagnostic.getLevel());
        }
    }
}
