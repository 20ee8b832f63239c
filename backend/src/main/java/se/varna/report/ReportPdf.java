package se.varna.report;

import java.time.OffsetDateTime;

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
        boolean evaluation = report.kind() == ReportKind.evaluation;
        OffsetDateTime stamp = report.approvedAt() != null ? report.approvedAt()
                : evaluation ? report.evaluation().builtAt() : report.content().builtAt();
        return AccessiblePdf.write(evaluation ? EvaluationXhtml.of(report) : ReportXhtml.of(report),
                stamp, report.id() + "|" + report.period() + "|" + report.version() + "|" + stamp);
    }
}
