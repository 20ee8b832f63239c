package se.varna.common.document.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An {@link XhtmlDocument} as a Word document (DOCX, Apache POI), for the municipality's
 * political documents that are edited in Word before they go to the committee: h1–h3 become
 * Word's own "Heading 1"–"Heading 3" styles (so Word's navigation pane and table of contents
 * see them), paragraphs stay paragraphs, tables become Word tables with a repeated header row;
 * the language is sv-SE. Charts are left out: their tables hold the same figures.
 */
public final class WordDocument {

    private static final String LANGUAGE = "sv-SE";

    private WordDocument() {
    }

    public static byte[] write(Document xhtml, OffsetDateTime stamp) {
        try (XWPFDocument docx = new XWPFDocument()) {
            XWPFStyles styles = docx.createStyles();
            for (int level = 1; level <= 3; level++) {
                styles.addStyle(heading(level));
            }
            String title = text(xhtml.getElementsByTagNameNS(XhtmlDocument.XHTML, "title").item(0));
            docx.getProperties().getCoreProperties().setTitle(title);
            docx.getProperties().getCoreProperties().setCreator("Värna");
            docx.getProperties().getCoreProperties().setCreated(Optional.of(java.util.Date.from(stamp.toInstant())));
            Element body = (Element) xhtml.getElementsByTagNameNS(XhtmlDocument.XHTML, "body").item(0);
            for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    block(docx, e);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(XWPFDocument docx, Element e) {
        switch (e.getLocalName()) {
            case "h1", "h2", "h3" -> {
                XWPFParagraph p = paragraph(docx, text(e));
                p.setStyle("Heading" + e.getLocalName().charAt(1));
            }
            case "p" -> paragraph(docx, text(e));
            case "table" -> table(docx, e);
            default -> {
                // a chart (its table follows) or an element without text of its own
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String text) {
        XWPFParagraph p = docx.createParagraph();
        var run = p.createRun();
        run.setText(text);
        run.setLang(LANGUAGE);
        return p;
    }

    private static void table(XWPFDocument docx, Element table) {
        List<List<String>> rows = new ArrayList<>();
        var trs = table.getElementsByTagNameNS(XhtmlDocument.XHTML, "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            List<String> cells = new ArrayList<>();
            for (Node c = trs.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                cells.add(text(c));
            }
            rows.add(cells);
        }
        int columns = rows.isEmpty() ? 1 : rows.get(0).size();
        XWPFTable t = docx.createTable(rows.size(), columns);
        t.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < columns && c < rows.get(r).size(); c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                var run = p.createRun();
                run.setText(rows.get(r).get(c));
                run.setLang(LANGUAGE);
                run.setBold(r == 0);
            }
        }
    }

    /** Word's built-in "heading N" style: its style id and name are what Word recognises as a heading. */
    private static XWPFStyle heading(int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading " + level);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(switch (level) {
            case 1 -> 40;
            case 2 -> 28;
            default -> 22;
        }));
        run.addNewColor().setVal("1F4E79");
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii("DejaVu Sans");
        fonts.setHAnsi("DejaVu Sans");
        return new XWPFStyle(style);
    }

    private static String text(Node n) {
        return n == null ? "" : n.getTextContent();
    }
}
