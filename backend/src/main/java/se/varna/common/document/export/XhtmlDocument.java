package se.varna.common.document.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The source of every exported document: an XHTML DOM with a language, a title, headings in
 * order (h1 the document, h2 its parts, h3 their items), paragraphs and real tables with header
 * cells. {@link AccessiblePdf} renders it as a tagged PDF whose structure tree follows these
 * elements; {@link WordDocument} writes the same elements as a Word document, so both formats
 * have the same headings by construction. Built as a DOM rather than as a string, so the users'
 * texts are text nodes and can never become markup.
 *
 * <p>
 * Each heading gets an id and a bookmark (openhtmltopdf's {@code <bookmarks>} in the head,
 * nested by level), so a reader can navigate the PDF by its outline.
 */
public final class XhtmlDocument {

    public static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** For {@link #table}: no column holds figures. */
    public static final int NO_FIGURES = Integer.MAX_VALUE;

    /** The page and the elements, for every document; a document's own style comes after it. */
    private static final String CSS = """
            @page {
              size: A4;
              margin: 20mm 20mm 22mm 22mm;
              @bottom-left { content: "Värna – %s"; font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #555; }
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
            table { width: 100%%; table-layout: fixed; border-collapse: collapse; font-size: 8pt;
                    margin: 2pt 0 8pt 0; -fs-table-paginate: paginate; }
            tr { page-break-inside: avoid; }
            th, td { text-align: left; vertical-align: top; padding: 2pt 3pt; border-bottom: 0.3pt solid #999; }
            thead th { font-weight: bold; border-bottom: 0.8pt solid #333; background-color: #eef2f7; }
            tbody th { font-weight: normal; }
            .num { text-align: right; }
            figure.chart { margin: 2pt 0 6pt 0; }
            figure.chart img { width: 160mm; }
            figcaption { font-size: 8pt; color: #333; margin-top: 2pt; }
            """;

    private final Document doc;
    private final Element head;
    private final Element body;
    private final Element bookmarks;
    /** The open bookmark of each heading level above the last heading, innermost last. */
    private final Deque<Element> openBookmarks = new ArrayDeque<>();
    private int headings;

    /**
     * An empty document in {@code language} (BCP 47, e.g. {@code sv}) titled {@code title};
     * {@code footer} names the document kind on every page ("lägesrapport").
     */
    public XhtmlDocument(String language, String title, String footer) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            doc = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element html = doc.createElementNS(XHTML, "html");
        html.setAttribute("lang", language);
        doc.appendChild(html);
        head = add(html, "head", null);
        body = add(html, "body", null);
        add(head, "title", title);
        add(head, "style", CSS.formatted(footer.replace("\"", "'")));
        bookmarks = add(head, "bookmarks", null);
    }

    public Document dom() {
        return doc;
    }

    public Element body() {
        return body;
    }

    /** Adds {@code <meta name content>} to the head (author, subject: the PDF's information dictionary). */
    public void meta(String name, String content) {
        meta(doc, name, content);
    }

    /** Adds {@code <meta name content>} to {@code doc}'s head. */
    public static void meta(Document doc, String name, String content) {
        Element meta = doc.createElementNS(XHTML, "meta");
        meta.setAttribute("name", name);
        meta.setAttribute("content", xmlText(content));
        doc.getElementsByTagNameNS(XHTML, "head").item(0).appendChild(meta);
    }

    /** A heading of {@code level} (1–3) with its bookmark, under the last heading of the level above. */
    public Element heading(int level, String text) {
        Element h = add(body, "h" + level, text);
        String id = "h" + (++headings);
        h.setAttribute("id", id);
        while (openBookmarks.size() >= level) {
            openBookmarks.removeLast();
        }
        Element parent = openBookmarks.isEmpty() ? bookmarks : openBookmarks.getLast();
        Element mark = add(parent, "bookmark", null);
        mark.setAttribute("name", xmlText(text));
        mark.setAttribute("href", "#" + id);
        // a skipped level (h1 then h3) still nests under the last heading above it
        while (openBookmarks.size() < level) {
            openBookmarks.addLast(mark);
        }
        return h;
    }

    /** A paragraph, with a class for its style when {@code cssClass} is not null. */
    public Element paragraph(String text, String cssClass) {
        Element p = add(body, "p", text);
        if (cssClass != null) {
            p.setAttribute("class", cssClass);
        }
        return p;
    }

    /** A user's text: one paragraph per line, "(Ingen text.)" when empty. */
    public void paragraphs(String text) {
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

    /**
     * A table whose first column names its row: column headers in {@code thead}, each row's
     * first cell a row header. Columns from {@code firstFigure} on hold figures, aligned right.
     */
    public void table(String[] headers, int[] widthPercents, int firstFigure, List<String[]> rows) {
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
     * A bar chart as a figure: {@code <figure>} holding the chart as a PNG ({@link BarChart})
     * whose {@code alt} states every figure ("Anmälda brott per år: 2023 1 234; 2024 1 301"), and
     * a {@code <figcaption>}. The PDF tags it as a Figure with that alternative text, so assistive
     * technology reads the figures, and the table after it holds them too. A null value is a
     * figure the disclosure control suppressed: no bar, "dold". A Word document leaves the chart
     * out (the table says it all).
     */
    public void figure(String caption, List<String> labels, List<Double> values) {
        if (labels.isEmpty()) {
            return;
        }
        StringBuilder alt = new StringBuilder(caption).append(": ");
        for (int i = 0; i < labels.size(); i++) {
            alt.append(i == 0 ? "" : "; ").append(labels.get(i)).append(' ')
                    .append(values.get(i) == null ? "dold" : number(values.get(i)));
        }
        alt.append('.');
        Element figure = add(body, "figure", null);
        figure.setAttribute("class", "chart");
        Element img = add(figure, "img", null);
        img.setAttribute("src", "data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(BarChart.png(labels, values)));
        img.setAttribute("alt", xmlText(alt.toString()));
        add(figure, "figcaption", "Figur: " + caption + ". Siffrorna står också i tabellen nedan.");
    }

    /** An element {@code tag} under {@code parent}, holding {@code text} as a text node when not null. */
    public Element add(Element parent, String tag, String text) {
        Element e = doc.createElementNS(XHTML, tag);
        if (text != null) {
            e.appendChild(doc.createTextNode(xmlText(text)));
        }
        parent.appendChild(e);
        return e;
    }

    /** A number as Swedish documents write it: "1 234,5"; "–" when there is none. */
    public static String number(Double value) {
        if (value == null) {
            return "–";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator(' ');
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0.##", symbols).format(value);
    }

    /**
     * The text as XML 1.0 may hold it: every character kept except those XML has no place for
     * (control characters other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF),
     * which become U+FFFD so the reader sees that something was there.
     */
    public static String xmlText(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out != null) {
                    out.append(ch).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean ok = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF)
                    || (ch >= 0xE000 && ch <= 0xFFFD);
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
