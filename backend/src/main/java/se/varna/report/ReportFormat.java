package se.varna.report;

import java.util.Locale;
import java.util.function.Function;

import se.varna.common.InvalidParameterException;
import se.varna.common.document.export.DocumentFormat;
import se.varna.common.document.export.WordDocument;
import se.varna.report.ReportDtos.ReportView;

/** The documents a report exports to, as the export's {@code format} parameter names them (in any case). */
enum ReportFormat {
    pdf(ReportResource.PDF, ReportPdf::write),
    xlsx(ReportResource.XLSX, ReportXlsx::write),
    docx(DocumentFormat.DOCX, ReportFormat::word);

    final String mediaType;
    private final Function<ReportView, byte[]> writer;

    ReportFormat(String mediaType, Function<ReportView, byte[]> writer) {
        this.mediaType = mediaType;
        this.writer = writer;
    }

    byte[] write(ReportView report) {
        return writer.apply(report);
    }

    /** The format {@code raw} names; anything else is 400 naming {@code format}. Its presence is a constraint. */
    static ReportFormat of(String raw) {
        String name = raw.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        throw new InvalidParameterException("format", "must be pdf, xlsx or docx");
    }

    /** This format for {@code report}: an evaluation has no workbook (its tables are the PDF's), 400 naming {@code format}. */
    ReportFormat of(ReportView report) {
        if (report.kind() == ReportKind.evaluation && this == xlsx) {
            throw new InvalidParameterException("format", "an evaluation exports as pdf or docx");
        }
        return this;
    }

    /** The report as a Word document: the PDF's XHTML, so the same headings and tables. */
    private static byte[] word(ReportView report) {
        return WordDocument.write(ReportPdf.xhtml(report), ReportPdf.stamp(report));
    }
}
