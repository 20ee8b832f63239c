package se.varna.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.measure.MeasureDtos.MeasureSummary;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisSummary;
import se.varna.report.ReportDtos.ReportAgreement;
import se.varna.report.ReportDtos.ReportCommitment;
import se.varna.report.ReportDtos.ReportContent;
import se.varna.report.ReportDtos.ReportCount;
import se.varna.report.ReportDtos.ReportGoal;
import se.varna.report.ReportDtos.ReportIndicator;
import se.varna.report.ReportDtos.ReportView;

/**
 * Writes a report as a printable A4 PDF with PDFBox: sections, tables and bar charts drawn as
 * vectors. Helvetica with WinAnsi encoding covers å, ä and ö. Deterministic: the document's
 * dates are the approval time (a draft's: when its content was built), its ID is derived from
 * the report, and nothing random is written, so an approved report exports byte-identically.
 */
final class ReportPdf {

    private static final float MARGIN = 50;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

    private final PDDocument doc = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream cs;
    private float y;
    private int pageNumber;

    private ReportPdf() {
    }

    static byte[] write(ReportView report) {
        ReportPdf pdf = new ReportPdf();
        try {
            pdf.render(report);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.doc.save(out);
            pdf.doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(ReportView report) throws IOException {
        ReportContent c = report.content();
        var stamp = report.approvedAt() != null ? report.approvedAt() : c.builtAt();
        Calendar when = GregorianCalendar.from(stamp.atZoneSameInstant(ReportText.STOCKHOLM));
        when.setTimeZone(TimeZone.getTimeZone(ReportText.STOCKHOLM));
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Lägesrapport " + report.period());
        info.setSubject("Trygghetsskapande och brottsförebyggande arbete, Västerås stad");
        info.setCreator("Värna");
        info.setProducer("Värna");
        info.setCreationDate(when);
        info.setModificationDate(when);
        byte[] id = documentId(report.id() + "|" + report.period() + "|" + report.version() + "|" + stamp);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);

        newPage();
        text("Lägesrapport " + report.period(), bold, 20);
        text("Trygghetsskapande och brottsförebyggande arbete, Västerås stad", regular, 12);
        text("Period: " + c.from() + " – " + c.to(), regular, 10);
        text(report.approvedAt() != null
                ? "Godkänd " + ReportText.dateTime(report.approvedAt()) + " av " + report.approvedBy()
                : "UTKAST – byggd av aktuella data " + ReportText.dateTime(c.builtAt()) + ", inte godkänd", bold, 10);
        if (!report.exact()) {
            text("Siffror för allmänheten: brottssiffror är avrundade med en liten avvikelse och visas som "
                    + "\"dold\" under 3; indikatorvärden av för få svarande är dolda, andelar avrundade.", regular, 9);
        }
        gap(8);
        heading("Samordnarens berättelse");
        paragraph(report.sections().narrative());
        heading("Lägesbild");
        paragraph(report.sections().situation());
        heading("Åtgärdsplan");
        paragraph(report.sections().actionPlan());

        heading("Mål och indikatorer");
        for (ReportGoal goal : c.goals()) {
            subheading("Mål " + goal.goal().number() + ": " + goal.goal().title().sv());
            if (goal.indicators().isEmpty()) {
                paragraph("Målet har inga indikatorer.");
                continue;
            }
            List<String[]> rows = new ArrayList<>();
            for (ReportIndicator i : goal.indicators()) {
                var s = i.series();
                rows.add(new String[] { i.indicator().name().sv(),
                        s == null ? "–" : ReportText.observation(s.latest()) + " (" + s.latest().period() + ")",
                        i.baseline() == null ? "–"
                                : ReportText.number(i.baseline().value()) + " (" + i.baseline().period() + ")",
                        s == null || s.target() == null ? "–"
                                : ReportText.number(s.target().value()) + " (" + s.target().year() + ")",
                        ReportText.trend(i.trend()), s == null ? "Inget värde" : ReportText.status(s.status()) });
            }
            table(new String[] { "Indikator", "Senaste", "Baslinje", "Målvärde", "Trend", "Status" },
                    new float[] { 175, 70, 65, 60, 60, 65 }, rows);
        }

        heading("Brottsstatistik " + c.from() + " – " + c.to());
        CrimeStatistics byArea = c.crime().byDistrict();
        if (byArea.demo()) {
            text("Siffrorna är demodata, inte polisens statistik.", regular, 9);
        }
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (CrimeStatisticsCell cell : byArea.cells()) {
            if (!"1980".equals(cell.area()) && cell.count() != null) {
                labels.add(ReportText.areaName(byArea, cell.area()));
                values.add(cell.count().doubleValue());
            }
        }
        bars("Anmälda brott per område", labels, values);
        table(new String[] { "Område", "Antal", "Föregående halvår", "Samma halvår året innan" },
                new float[] { 200, 80, 105, 110 }, crimeRows(byArea, cell -> ReportText.areaName(byArea, cell.area())));
        subheading("Per kön");
        table(new String[] { "Kön", "Antal", "Föregående halvår", "Samma halvår året innan" },
                new float[] { 200, 80, 105, 110 }, crimeRows(c.crime().bySex(), cell -> ReportText.sex(cell.sex())));
        subheading("Per åldersgrupp");
        table(new String[] { "Åldersgrupp", "Antal", "Föregående halvår", "Samma halvår året innan" },
                new float[] { 200, 80, 105, 110 },
                crimeRows(c.crime().byAgeGroup(), cell -> ReportText.ageGroup(cell.ageGroup())));

        heading("Insatser");
        text("Registrerade insatser: " + c.measures().total(), regular, 10);
        bars("Insatser per status", c.measures().byStatus().stream().map(x -> x.label().sv()).toList(),
                c.measures().byStatus().stream().map(x -> (double) x.count()).toList());
        countTable("Status", c.measures().byStatus(), false);
        subheading("Per mål");
        countTable("Mål", c.measures().byGoal(), true);
        subheading("Per preventionstyp");
        countTable("Preventionstyp", c.measures().byPreventionType(), false);
        subheading("Per preventionsnivå");
        countTable("Preventionsnivå", c.measures().byPreventionLevel(), false);
        subheading("Insatser utan uppföljning på mer än sex månader");
        if (c.measures().lackingUpdates().isEmpty()) {
            paragraph("Inga.");
        } else {
            List<String[]> rows = new ArrayList<>();
            for (MeasureSummary m : c.measures().lackingUpdates()) {
                rows.add(new String[] { m.title(), m.responsibleOrganisation().name().sv(),
                        m.lastUpdate() == null ? "Ingen" : m.lastUpdate().date().toString() });
            }
            table(new String[] { "Insats", "Ansvarig", "Senaste uppföljning" }, new float[] { 230, 170, 95 }, rows);
        }

        heading("Medborgarlöften och samverkansöverenskommelser");
        if (c.agreements() == null || c.agreements().items().isEmpty()) {
            paragraph("Inga överenskommelser gällde under halvåret.");
        } else {
            text("Åtaganden: " + ReportText.commitmentCounts(c.agreements().commitmentCounts()), regular, 10);
            for (ReportAgreement a : c.agreements().items()) {
                subheading(ReportText.agreementType(a.agreement().type()) + ": " + a.agreement().title() + " ("
                        + a.agreement().area().name() + ", från " + a.agreement().startDate()
                        + (a.agreement().endDate() == null ? "" : " till " + a.agreement().endDate()) + ")");
                List<String[]> rows = new ArrayList<>();
                for (ReportCommitment commitment : a.commitments()) {
                    rows.add(new String[] { commitment.text(), commitment.responsibleOrganisation().name().sv(),
                            ReportText.commitmentStatus(commitment.status()),
                            commitment.statusComment() == null ? "" : commitment.statusComment() });
                }
                if (rows.isEmpty()) {
                    paragraph("Inga åtaganden.");
                } else {
                    table(new String[] { "Åtagande", "Ansvarig", "Status", "Kommentar" },
                            new float[] { 190, 110, 70, 125 }, rows);
                }
            }
        }

        heading("Trygghetsanalyser");
        if (c.safetyAnalyses() == null || c.safetyAnalyses().isEmpty()) {
            paragraph("Det finns ingen trygghetsanalys daterad till och med halvårets slut.");
        } else {
            text("Den senaste trygghetsanalysen per stadsdel.", regular, 10);
            List<String[]> rows = new ArrayList<>();
            for (SafetyAnalysisSummary a : c.safetyAnalyses()) {
                rows.add(new String[] { a.area().name(), a.date().toString(), a.title(),
                        String.valueOf(a.factorCount()), String.valueOf(a.highRiskCount()),
                        String.valueOf(a.placeCount()), String.valueOf(a.measureCount()) });
            }
            table(new String[] { "Stadsdel", "Datum", "Titel", "Bedömda faktorer", "Höga risker", "Platser",
                    "Insatser" }, new float[] { 80, 62, 153, 55, 50, 45, 50 }, rows);
        }
        cs.close();
    }

    private List<String[]> crimeRows(CrimeStatistics statistics,
            java.util.function.Function<CrimeStatisticsCell, String> label) {
        List<String[]> rows = new ArrayList<>();
        for (CrimeStatisticsCell cell : statistics.cells()) {
            rows.add(new String[] { label.apply(cell), ReportText.cellCount(cell.count(), cell.suppressed()),
                    ReportText.figure(cell.previous()), ReportText.figure(cell.yearEarlier()) });
        }
        return rows;
    }

    private void countTable(String what, List<ReportCount> counts, boolean numbered) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (ReportCount x : counts) {
            rows.add(new String[] { (numbered ? x.key() + ". " : "") + x.label().sv(), String.valueOf(x.count()) });
        }
        table(new String[] { what, "Antal" }, new float[] { 395, 100 }, rows);
    }

    // ---- drawing ---------------------------------------------------------------------------

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pageNumber++;
        y = PAGE.getHeight() - MARGIN;
        cs.beginText();
        cs.setFont(regular, 8);
        cs.newLineAtOffset(MARGIN, MARGIN / 2);
        cs.showText(clean("Värna – lägesrapport, sida " + pageNumber, regular));
        cs.endText();
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void gap(float h) {
        y -= h;
    }

    private void heading(String s) throws IOException {
        gap(10);
        ensure(60);
        text(s, bold, 15);
        gap(2);
    }

    private void subheading(String s) throws IOException {
        gap(6);
        ensure(50);
        for (String line : wrap(s, bold, 11, WIDTH)) {
            text(line, bold, 11);
        }
    }

    private void paragraph(String s) throws IOException {
        if (s == null || s.isBlank()) {
            text("(Ingen text.)", regular, 10);
            return;
        }
        for (String para : s.split("\\R")) {
            for (String line : wrap(para, regular, 10, WIDTH)) {
                text(line, regular, 10);
            }
        }
    }

    private void text(String s, PDFont font, float size) throws IOException {
        ensure(size * 1.4f);
        y -= size * 1.4f;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(MARGIN, y);
        cs.showText(clean(s, font));
        cs.endText();
    }

    private void table(String[] headers, float[] widths, List<String[]> rows) throws IOException {
        float size = 8.5f;
        float line = size * 1.3f;
        row(headers, widths, bold, size, line, true);
        for (String[] r : rows) {
            row(r, widths, regular, size, line, false);
        }
        gap(4);
    }

    private void row(String[] cells, float[] widths, PDFont font, float size, float line, boolean header)
            throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> w = wrap(cells[i] == null ? "" : cells[i], font, size, widths[i] - 4);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float height = lines * line + 3;
        ensure(height);
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            float ty = y;
            for (String l : wrapped.get(i)) {
                ty -= line;
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(x + 2, ty + 2);
                cs.showText(l);
                cs.endText();
            }
            x += widths[i];
        }
        y -= height;
        cs.setLineWidth(header ? 0.8f : 0.3f);
        cs.moveTo(MARGIN, y + 1);
        cs.lineTo(MARGIN + sum(widths), y + 1);
        cs.stroke();
    }

    /** A horizontal bar chart: label, bar and value on each line (the value in figures, not colour alone). */
    private void bars(String title, List<String> labels, List<Double> values) throws IOException {
        if (labels.isEmpty()) {
            return;
        }
        subheading(title);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (max <= 0) {
            max = 1;
        }
        float labelWidth = 150;
        float barMax = WIDTH - labelWidth - 50;
        float h = 11;
        for (int i = 0; i < labels.size(); i++) {
            ensure(h + 2);
            y -= h + 2;
            cs.beginText();
            cs.setFont(regular, 8);
            cs.newLineAtOffset(MARGIN, y + 2);
            cs.showText(fit(labels.get(i), regular, 8, labelWidth - 4));
            cs.endText();
            float w = (float) (values.get(i) / max * barMax);
            cs.setNonStrokingColor(0.16f, 0.38f, 0.62f);
            cs.addRect(MARGIN + labelWidth, y, Math.max(w, 0.5f), h - 2);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            cs.beginText();
            cs.setFont(regular, 8);
            cs.newLineAtOffset(MARGIN + labelWidth + w + 4, y + 2);
            cs.showText(clean(ReportText.number(values.get(i)), regular));
            cs.endText();
        }
        gap(6);
    }

    private static float sum(float[] widths) {
        float s = 0;
        for (float w : widths) {
            s += w;
        }
        return s;
    }

    private List<String> wrap(String s, PDFont font, float size, float width) throws IOException {
        String text = clean(s, font);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, font, size) <= width || current.isEmpty()) {
                current = new StringBuilder(candidate);
                while (width(current.toString(), font, size) > width && current.length() > 1) {
                    // a single word longer than the line: break it
                    int cut = current.length() - 1;
                    while (cut > 1 && width(current.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(current.substring(0, cut));
                    current = new StringBuilder(current.substring(cut));
                }
            } else {
                lines.add(current.toString());
                current = new StringBuilder(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private String fit(String s, PDFont font, float size, float width) throws IOException {
        String text = clean(s, font);
        if (width(text, font, size) <= width) {
            return text;
        }
        while (text.length() > 1 && width(text + "…", font, size) > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "…";
    }

    private static float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Only characters the font's WinAnsi encoding has; others become '?'. */
    private static String clean(String s, PDFont font) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\u2212' -> ch = '-';
                case '\u00A0', '\u202F', '\u2009', '\t', '\r', '\n' -> ch = ' ';
                default -> {
                }
            }
            try {
                font.encode(String.valueOf(ch));
                out.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        }
        return out.toString();
    }

    private static byte[] documentId(String seed) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)),
                    16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
