package se.varna.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** What a tagged PDF's structure tree holds, as assistive technology reads it. */
public final class PdfStructure {

    private PdfStructure() {
    }

    /** The structure elements' types, depth first ("H1", "P", "Table", "Figure", …). */
    public static List<String> types(PDDocument doc) {
        List<PDStructureElement> elements = new ArrayList<>();
        walk(doc.getDocumentCatalog().getStructureTreeRoot(), elements);
        return elements.stream().map(PDStructureElement::getStructureType).toList();
    }

    /** The text alternative (/Alt) of every Figure element, in reading order; null for one without. */
    public static List<String> figureAlternatives(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDStructureElement> elements = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), elements);
            return elements.stream().filter(e -> "Figure".equals(e.getStructureType()))
                    .map(PDStructureElement::getAlternateDescription).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(PDStructureNode node, List<PDStructureElement> elements) {
        if (node == null) {
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                elements.add(e);
                walk(e, elements);
            }
        }
    }
}
