package se.varna.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a report covers: a half-year (the status report) or a whole policy period (its evaluation). */
@Schema(name = "ReportKind", description = "`halfYear` (a status report, *lägesrapport*, for a half-year like "
        + "`2025H2`) or `evaluation` (the evaluation of an adopted policy's whole period, like `2020-2025`).")
public enum ReportKind {
    halfYear, evaluation
}
