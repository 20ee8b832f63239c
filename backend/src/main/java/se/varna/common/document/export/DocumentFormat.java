package se.varna.common.document.export;

import java.util.Locale;

import se.varna.common.InvalidParameterException;

/** The formats a lägesbild or an åtgärdsplan exports to, as the export's {@code format} parameter names them (in any case). */
public enum DocumentFormat {
    pdf(DocumentFormat.PDF),
    docx(DocumentFormat.DOCX);

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The document in this format: {@code stamp} and {@code idSeed} as {@link AccessiblePdf#write} takes them. */
    public byte[] write(XhtmlDocument document, java.time.OffsetDateTime stamp, String idSeed) {
        return switch (this) {
            case pdf -> AccessiblePdf.write(document.dom(), stamp, idSeed);
            case docx -> WordDocument.write(document.dom(), stamp);
        };
    }

    /** The format {@code raw} names; anything else is 400 naming {@code format}. */
    public static DocumentFormat of(String raw) {
        String name = raw.trim().toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        throw new InvalidParameterException("format", "must be pdf or docx");
    }
}
