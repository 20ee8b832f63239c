package se.varna.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report is a draft, rebuilt from live data, until the coordinator approves it. */
@Schema(name = "ReportStatus", description = "`draft` (content built from live data when read, sections editable) "
        + "or `approved` (a frozen snapshot that later data changes never alter).")
public enum ReportStatus {
    draft, approved
}
