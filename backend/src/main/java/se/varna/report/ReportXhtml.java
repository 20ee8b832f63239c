package se.varna.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.measure.MeasureDtos.MeasureSummary;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisSummary;
import se.varna.report.ReportDtos.ReportAgreement;
import se.varna.report.ReportDtos.ReportCommitment;
import se.varna.report.ReportDtos.ReportContent;
import se.varna.report.ReportDtos.ReportEvaluation;
import se.varna.report.ReportDtos.ReportCount;
import se.varna.report.ReportDtos.ReportGoal;
import se.varna.report.ReportDtos.ReportIndicator;
import se.varna.report.ReportDtos.ReportView;

/**
 * The status report as an XHTML document, the source {@link ReportPdf} renders: Swedish
 * ({@code lang="sv"}), a title, headings in order (h1 the report, h2 its parts, h3 goals and
 * sub-tables) and real tables with header cells, so the PDF's structure tree says what the page
 * shows. Built as a DOM rather than as a string, so the users' texts are text nodes and can
 * never become markup.
 */
final class ReportXhtml {

    static final String TITLE_PREFIX = "Lägesrapport ";
    /** The subject line, before the municipality's name. */
    static final String SUBJECT = "Trygghetsskapande och brottsförebyggande arbete, ";

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String[] CRIME_COLUMNS = { "Antal", "Föregående halvår", "Samma halvår året innan" };
    private static final int[] CRIME_WIDTHS = { 40, 16, 22, 22 };
    /** For {@link #table}: no column holds figures. */
    static final int NO_FIGURES = Integer.MAX_VALUE;

    static final String CSS = """
            @page {
              size: A4;
              margin: 20mm 20mm 22mm 22mm;
              @bottom-left { content: "Värna – lägesrapport"; font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #555; }
              @bottom-right { content: "Sida " counter(page) " av " counter(pages); font-family: 'DejaVu Sans';
                              font-size: 7.5pt; color: #555; }
            }
            body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; color: #1a1a1a; }
            h1 { font-size: 20pt; margin: 0 0 2pt 0; color: #1f4e79; }
            h2 { font-size: 13.5pt; margin: 16pt 0 5pt 0; padding-bottom: 2pt; color: #1f4e79;
                 border-bottom: 0.75pt solid #1f4e79; page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 10pt 0 3pt 0; page-break-after: avoid; }
            p { margin: 0 0 4pt 0; }
            .subtitle { font-size: 12pt; margin-bottom: 6pt; }
            .state { font-weight: bold; }
            .note { font-size: 8.5pt; color: #333; }
            table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8pt;
                    margin: 2pt 0 8pt 0; -fs-table-paginate: paginate; }
            tr { page-break-inside: avoid; }
            th, td { text-align: left; vertical-align: top; padding: 2pt 3pt; border-bottom: 0.3pt solid #999; }
            thead th { font-weight: bold; border-bottom: 0.8pt solid #333; background-color: #eef2f7; }
            tbody th { font-weight: normal; }
            .num { text-align: right; }
            .chart { margin: 2pt 0 6pt 0; font-size: 8pt; }
            .bar-row { margin: 0 0 2pt 0; }
            .bar-label { display: inline-block; width: 30%; }
            .bar { display: inline-block; height: 7pt; background-color: #2a6199; }
            .bar-value { padding-left: 3pt; }
            """;

    final Document doc;
    final Element head;
    final Element body;

    ReportXhtml() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            doc = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element html = doc.createElementNS(XHTML, "html");
        html.setAttribute("lang", "sv");
        doc.appendChild(html);
        head = add(html, "head", null);
        body = add(html, "body", null);
    }

    static Document of(ReportView report) {
        ReportXhtml x = new ReportXhtml();
        x.head(report);
        x.front(report);
        x.texts(report);
        x.goals(report.content());
        x.crime(report.content());
        x.measures(report.content());
        x.evaluations(report.content());
        x.agreements(report.content());
        x.safetyAnalyses(report.content());
        return x.doc;
    }

    /**
     * The municipality the report is of: the root of the areas its crime figures are given for
     * (the data names it, so the report names no municipality of its own).
     */
    static se.varna.crimestatistics.CrimeDtos.CrimeStatisticsArea municipality(CrimeStatistics byArea) {
        return byArea.areas().stream().filter(a -> a.parentCode() == null).findFirst()
                .orElse(new se.varna.crimestatistics.CrimeDtos.CrimeStatisticsArea("", "", null));
    }

    // ---- the report's parts, in the order the PDF has them ------------------------------------

    private void head(ReportView report) {
        add(head, "title", TITLE_PREFIX + report.period());
        String municipality = municipality(report.content().crime().byDistrict()).name();
        meta("author", municipality);
        meta("subject", SUBJECT + municipality);
        add(head, "style", CSS);
    }

    private void front(ReportView report) {
        ReportContent c = report.content();
        add(body, "h1", TITLE_PREFIX + report.period());
        add(body, "p", SUBJECT + municipality(c.crime().byDistrict()).name()).setAttribute("class", "subtitle");
        add(body, "p", "Period: " + c.from() + " – " + c.to());
        add(body, "p", report.approvedAt() != null
                ? "Godkänd " + ReportText.dateTime(report.approvedAt()) + " av " + report.approvedBy()
                : "UTKAST – byggd av aktuella data " + ReportText.dateTime(c.builtAt()) + ", inte godkänd")
                .setAttribute("class", "state");
        if (!report.exact()) {
            add(body, "p", "Siffror för allmänheten: brottssiffror är avrundade med en liten avvikelse och visas som "
                    + "\"dold\" under 3; indikatorvärden av för få svarande är dolda, andelar avrundade.")
                    .setAttribute("class", "note");
        }
    }

    private void texts(ReportView report) {
        add(body, "h2", "Samordnarens berättelse");
        paragraphs(report.sections().narrative());
        add(body, "h2", "Lägesbild");
        paragraphs(report.sections().situation());
        add(body, "h2", "Åtgärdsplan");
        paragraphs(report.sections().actionPlan());
    }

    private void goals(ReportContent c) {
        add(body, "h2", "Mål och indikatorer");
        for (ReportGoal goal : c.goals()) {
            add(body, "h3", "Mål " + goal.goal().number() + ": " + goal.goal().title().sv());
            if (goal.indicators().isEmpty()) {
                add(body, "p", "Målet har inga indikatorer.");
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
                    new int[] { 34, 14, 13, 12, 12, 15 }, NO_FIGURES, rows);
        }
    }

    private void crime(ReportContent c) {
        add(body, "h2", "Brottsstatistik " + c.from() + " – " + c.to());
        CrimeStatistics byArea = c.crime().byDistrict();
        if (byArea.demo()) {
            add(body, "p", "Siffrorna är demodata, inte polisens statistik.").setAttribute("class", "note");
        }
        add(body, "h3", "Anmälda brott per område");
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        String whole = municipality(byArea).code();
        for (CrimeStatisticsCell cell : byArea.cells()) {
            if (!whole.equals(cell.area()) && cell.count() != null) {
                labels.add(ReportText.areaName(byArea, cell.area()));
                values.add(cell.count().doubleValue());
            }
        }
        bars(labels, values);
        crimeTable("Område", byArea, cell -> ReportText.areaName(byArea, cell.area()));
        add(body, "h3", "Per kön");
        crimeTable("Kön", c.crime().bySex(), cell -> ReportText.sex(cell.sex()));
        add(body, "h3", "Per åldersgrupp");
        crimeTable("Åldersgrupp", c.crime().byAgeGroup(), cell -> ReportText.ageGroup(cell.ageGroup()));
    }

    private void measures(ReportContent c) {
        add(body, "h2", "Insatser");
        add(body, "p", "Registrerade insatser: " + c.measures().total() + " (varje insats räknas en gång)");
        add(body, "h3", "Insatser per status");
        bars(c.measures().byStatus().stream().map(x -> x.label().sv()).toList(),
                c.measures().byStatus().stream().map(x -> (double) x.count()).toList());
        countTable("Status", c.measures().byStatus(), false);
        add(body, "h3", "Per mål");
        add(body, "p", "En insats som hör till flera mål räknas under vart och ett av dem. En insats som är kopplad "
                + "till ett mål i en tidigare policy räknas under de mål som målöversättningen anger, en gång per mål.");
        countTable("Mål", c.measures().byGoal(), true);
        add(body, "h3", "Per preventionstyp");
        countTable("Preventionstyp", c.measures().byPreventionType(), false);
        add(body, "h3", "Per preventionsnivå");
        countTable("Preventionsnivå", c.measures().byPreventionLevel(), false);
        add(body, "h3", "Insatser utan uppföljning på mer än sex månader");
        if (c.measures().lackingUpdates().isEmpty()) {
            add(body, "p", "Inga.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (MeasureSummary m : c.measures().lackingUpdates()) {
            rows.add(new String[] { m.title(), m.responsibleOrganisation().name().sv(),
                    m.lastUpdate() == null ? "Ingen" : m.lastUpdate().date().toString() });
        }
        table(new String[] { "Insats", "Ansvarig", "Senaste uppföljning" }, new int[] { 46, 34, 20 }, NO_FIGURES,
                rows);
    }

    /** Each evaluated measure's estimate in words; a retrospective assessment says so. */
    private void evaluations(ReportContent c) {
        if (c.evaluations() == null) {
            return;
        }
        add(body, "h2", "Effektuppföljning av insatser");
        if (c.evaluations().isEmpty()) {
            add(body, "p", "Ingen insats har en effektuppföljning som började senast halvårets slut.");
            return;
        }
        add(body, "p", "Förändringen i målområdena jämfört med jämförelseområdena, skattad med en "
                + "Poisson-modell för skillnad i skillnader. En efterhandsbedömning registrerades efter att "
                + "insatsen startat.");
        List<String[]> rows = new ArrayList<>();
        for (ReportEvaluation e : c.evaluations()) {
            rows.add(new String[] { e.measureTitle(), e.outcome().sv(),
                    e.retrospective() ? "Efterhandsbedömning" : "Förhandsregistrerad", e.sentence().sv() });
        }
        table(new String[] { "Insats", "Utfall", "Upplägg", "Skattning" }, new int[] { 26, 20, 16, 38 }, NO_FIGURES,
                rows);
    }

    private void agreements(ReportContent c) {
        add(body, "h2", "Medborgarlöften och samverkansöverenskommelser");
        if (c.agreements() == null || c.agreements().items().isEmpty()) {
            add(body, "p", "Inga överenskommelser gällde under halvåret.");
            return;
        }
        add(body, "p", "Åtaganden: " + ReportText.commitmentCounts(c.agreements().commitmentCounts()));
        for (ReportAgreement a : c.agreements().items()) {
            add(body, "h3", ReportText.agreementType(a.agreement().type()) + ": " + a.agreement().title() + " ("
                    + a.agreement().area().name() + ", från " + a.agreement().startDate()
                    + (a.agreement().endDate() == null ? "" : " till " + a.agreement().endDate()) + ")");
            List<String[]> rows = new ArrayList<>();
            for (ReportCommitment commitment : a.commitments()) {
                rows.add(new String[] { commitment.text(), commitment.responsibleOrganisation().name().sv(),
                        ReportText.commitmentStatus(commitment.status()),
                        commitment.statusComment() == null ? "" : commitment.statusComment() });
            }
            if (rows.isEmpty()) {
                add(body, "p", "Inga åtaganden.");
            } else {
                table(new String[] { "Åtagande", "Ansvarig", "Status", "Kommentar" }, new int[] { 38, 22, 14, 26 },
                        NO_FIGURES, rows);
            }
        }
    }

    private void safetyAnalyses(ReportContent c) {
        add(body, "h2", "Trygghetsanalyser");
        if (c.safetyAnalyses() == null || c.safetyAnalyses().isEmpty()) {
            add(body, "p", "Det finns ingen trygghetsanalys daterad till och med halvårets slut.");
            return;
        }
        add(body, "p", "Den senaste trygghetsanalysen per stadsdel.");
        List<String[]> rows = new ArrayList<>();
        for (SafetyAnalysisSummary a : c.safetyAnalyses()) {
            rows.add(new String[] { a.area().name(), a.date().toString(), a.title(),
                    String.valueOf(a.factorCount()), String.valueOf(a.highRiskCount()),
                    String.valueOf(a.placeCount()), String.valueOf(a.measureCount()) });
        }
        table(new String[] { "Stadsdel", "Datum", "Titel", "Bedömda faktorer", "Höga risker", "Platser",
                "Insatser" }, new int[] { 16, 13, 29, 12, 10, 10, 10 }, 3, rows);
    }

    private void crimeTable(String what, CrimeStatistics statistics, Function<CrimeStatisticsCell, String> label) {
        List<String[]> rows = new ArrayList<>();
        for (CrimeStatisticsCell cell : statistics.cells()) {
            rows.add(new String[] { label.apply(cell), ReportText.cellCount(cell.count(), cell.suppressed()),
                    ReportText.figure(cell.previous()), ReportText.figure(cell.yearEarlier()) });
        }
        String[] headers = { what, CRIME_COLUMNS[0], CRIME_COLUMNS[1], CRIME_COLUMNS[2] };
        table(headers, CRIME_WIDTHS, 1, rows);
    }

    void countTable(String what, List<ReportCount> counts, boolean numbered) {
        List<String[]> rows = new ArrayList<>();
        for (ReportCount x : counts) {
            rows.add(new String[] { (numbered ? x.key() + ". " : "") + x.label().sv(), String.valueOf(x.count()) });
        }
        table(new String[] { what, "Antal" }, new int[] { 80, 20 }, 1, rows);
    }

    // ---- elements -----------------------------------------------------------------------------

    /**
     * A table whose first column names its row: column headers in {@code thead}, each row's
     * first cell a row header. Columns from {@code firstFigure} on hold figures, aligned right.
     */
    void table(String[] headers, int[] widthPercents, int firstFigure, List<String[]> rows) {
        Element table = add(body, "table", null);
        Element colgroup = add(table, "colgroup", null);
        for (int w : widthPercents) {
            add(colgroup, "col", null).setAttribute("style", "width: " + w + "%");
        }
        Element headerRow = add(add(table, "thead", null), "tr", null);
        for (int i = 0; i < headers.length; i++) {
            cell(headerRow, "th", headers[i], i >= firstFigure).setAttribute("scope", "col");
        }
        Element tbody = add(table, "tbody", null);
        for (String[] r : rows) {
            Element tr = add(tbody, "tr", null);
            cell(tr, "th", r[0], false).setAttribute("scope", "row");
            for (int i = 1; i < r.length; i++) {
                cell(tr, "td", r[i], i >= firstFigure);
            }
        }
    }

    private Element cell(Element row, String tag, String text, boolean figure) {
        Element cell = add(row, tag, text == null ? "" : text);
        if (figure) {
            cell.setAttribute("class", "num");
        }
        return cell;
    }

    /**
     * A horizontal bar chart: label, bar and value on each line, the value in figures (not the
     * bar alone); the table after it holds the same figures. The bars are backgrounds, which
     * the PDF marks as artifacts, so assistive technology reads label and value only.
     */
    void bars(List<String> labels, List<Double> values) {
        if (labels.isEmpty()) {
            return;
        }
        double max = Math.max(values.stream().mapToDouble(Double::doubleValue).max().orElse(1), 0);
        Element chart = add(body, "div", null);
        chart.setAttribute("class", "chart");
        for (int i = 0; i < labels.size(); i++) {
            Element row = add(chart, "div", null);
            row.setAttribute("class", "bar-row");
            add(row, "span", labels.get(i)).setAttribute("class", "bar-label");
            double share = max <= 0 ? 0 : values.get(i) / max;
            Element bar = add(row, "span", null);
            bar.setAttribute("class", "bar");
            // 60 % of the line at most, at least a sliver so a zero still shows where its bar starts
            bar.setAttribute("style", String.format(Locale.ROOT, "width: %.2f%%", Math.max(share * 60, 0.3)));
            add(row, "span", ReportText.number(values.get(i))).setAttribute("class", "bar-value");
        }
    }

    /** A user's text: one paragraph per line, "(Ingen text.)" when empty. */
    void paragraphs(String text) {
        if (text == null || text.isBlank()) {
            add(body, "p", "(Ingen text.)");
            return;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                add(body, "p", line);
            }
        }
    }

    void meta(String name, String content) {
        meta(doc, name, content);
    }

    /** Adds {@code <meta name content>} to the document's head. */
    static void meta(Document doc, String name, String content) {
        Element meta = doc.createElementNS(XHTML, "meta");
        meta.setAttribute("name", name);
        meta.setAttribute("content", xmlText(content));
        doc.getElementsByTagNameNS(XHTML, "head").item(0).appendChild(meta);
    }

    Element add(Element parent, String tag, String text) {
        Element e = doc.createElementNS(XHTML, tag);
        if (text != null) {
            e.appendChild(doc.createTextNode(xmlText(text)));
        }
        parent.appendChild(e);
        return e;
    }

    /**
     * The text as XML 1.0 may hold it: every character kept except those XML has no place for
     * (control characters other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF),
     * which become U+FFFD so the reader sees that something was there.
     */
    static String xmlText(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out != null) {
                    out.append(ch).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(ok ? ch : '\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }
}
