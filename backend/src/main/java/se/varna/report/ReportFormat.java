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
    xlsx(ReportResource.XLSX, ReportFormat::workbook),
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

    /** The report as a workbook: a half-year's tables, or an evaluation's sections, one sheet each. */
    private static byte[] workbook(ReportView report) {
        return report.kind() == ReportKind.evaluation ? EvaluationXlsx.write(report) : ReportXlsx.write(report);
    }

    /** The report as a Word document: the PDF's XHTML, so the same headings and tables. */
    private static byte[] word(ReportView report) {
        return WordDocument.write(ReportPdf.xhtml(report), ReportPdf.stamp(report));
    }
}
