package se.varna.report;

/** A change to an approved report: it is frozen (answered 409 Conflict). */
public class ReportApprovedProblem extends RuntimeException {

    public ReportApprovedProblem(long id) {
        super("Report " + id + " is approved and can no longer be changed.");
    }
}
