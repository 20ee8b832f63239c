package se.varna.common.document.export;

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
import java.time.ZoneId;
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

/**
 * Renders an {@link XhtmlDocument} as an accessible, archivable A4 PDF: openhtmltopdf in its
 * PDF/UA-1 mode (tagged: the structure tree follows the XHTML's headings, paragraphs and tables;
 * the document's language and title; bookmarks from the headings) and its PDF/A-2u mode, in
 * DejaVu Sans embedded as subsets, so every character a user wrote is kept (DejaVu has Latin
 * with its extensions — å ä ö, Sámi ŋ đ ŧ ž, Đorđević —, Greek and Cyrillic and signs like ≈
 * and −; a character it lacks becomes "#"). Page numbers are in the footer.
 *
 * <p>
 * Deterministic: the document's dates (information dictionary and XMP) are the stamp the caller
 * gives (an approval or adoption time), its ID is derived from the caller's seed, and nothing
 * random is written, so a frozen document exports byte-identically.
 */
public final class AccessiblePdf {

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

    private AccessiblePdf() {
    }

    /** The time zone a document's dates are written in. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    /**
     * The PDF of {@code xhtml}, dated {@code stamp}, its ID derived from {@code idSeed} (what
     * identifies the document's content: its id, version and stamp).
     */
    public static byte[] write(Document xhtml, OffsetDateTime stamp, String idSeed) {
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
            byte[] id = documentId(idSeed);
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
        Calendar when = GregorianCalendar.from(stamp.atZoneSameInstant(ZONE));
        when.setTimeZone(TimeZone.getTimeZone(ZONE));
        XhtmlDocument.meta(xhtml, "Creator", CREATOR);
        XhtmlDocument.meta(xhtml, "CreationDate", DateConverter.toString(when));
        XhtmlDocument.meta(xhtml, "ModDate", DateConverter.toString(when));
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
        try (InputStream in = AccessiblePdf.class.getResourceAsStream(path)) {
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
