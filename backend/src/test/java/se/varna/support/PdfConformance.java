package se.varna.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on an exported PDF: PDF/UA-1 (accessible) and PDF/A-2u (archivable), rule by rule. */
public final class PdfConformance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfConformance() {
    }

    /** Fails naming every rule {@code pdf} breaks of PDF/UA-1 and of PDF/A-2u. */
    public static void assertPdfUaAndPdfA(byte[] pdf) {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U)) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                    PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failed = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                                + a.getMessage())
                        .distinct().toList();
                assertThat(failed).as(flavour.toString()).isEmpty();
                assertThat(result.isCompliant()).as(flavour.toString()).isTrue();
            } catch (Exception e) {
                throw new AssertionError("veraPDF could not check the PDF as " + flavour, e);
            }
        }
    }
}
