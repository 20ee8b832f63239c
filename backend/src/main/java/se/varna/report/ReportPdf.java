package se.varna.report;

import java.time.OffsetDateTime;

import org.w3c.dom.Document;

import se.varna.common.document.export.AccessiblePdf;
import se.varna.report.ReportDtos.ReportView;

/**
 * Writes a report as an accessible A4 PDF: {@link ReportXhtml}'s document rendered by the
 * shared {@link AccessiblePdf} (PDF/UA-1, PDF/A-2u, DejaVu embedded). Deterministic: dated by
 * the approval (a draft's: when its content was built), its ID derived from the report, so an
 * approved report exports byte-identically.
 */
final class ReportPdf {

    private ReportPdf() {
    }

    static byte[] write(ReportView report) {
        OffsetDateTime stamp = stamp(report);
        return AccessiblePdf.write(xhtml(report), stamp,
                report.id() + "|" + report.period() + "|" + report.version() + "|" + stamp);
    }

    /** The report's document, which the PDF and the Word export both render: a half-year's or an evaluation's. */
    static Document xhtml(ReportView report) {
        return report.kind() == ReportKind.evaluation ? EvaluationXhtml.of(report) : ReportXhtml.of(report);
    }

    /** When the exported document is dated: its approval, a draft's when its content was built. */
    static OffsetDateTime stamp(ReportView report) {
        if (report.approvedAt() != null) {
            return report.approvedAt();
        }
        return report.kind() == ReportKind.evaluation ? report.evaluation().builtAt() : report.content().builtAt();
    }
}
