package se.varna.common.document;

/**
 * A change the document's lifecycle does not allow: an edit of a frozen (approved, adopted)
 * document, or a new version of one that is still a draft. Answered 409 Conflict as
 * problem+json with a type naming the kind and its state,
 * {@code urn:varna:problem:<kind>-<state>} (a report's: {@code urn:varna:problem:report-approved}).
 */
public class LifecycleProblem extends RuntimeException {

    private final String type;
    private final String title;

    private LifecycleProblem(DocumentKind kind, String state, String detail) {
        super(detail);
        this.type = "urn:varna:problem:" + kind.slug() + "-" + state;
        this.title = kind.capitalised() + " " + state;
    }

    /** The document is frozen: "Report 7 is approved and can no longer be changed." */
    public static LifecycleProblem frozen(DocumentKind kind, long id, String state) {
        return new LifecycleProblem(kind, state, kind.capitalised() + " " + id + " is " + state
                + " and can no longer be changed.");
    }

    /** A new version was asked of a draft, which is changed as it is. */
    public static LifecycleProblem draft(DocumentKind kind, long id) {
        return new LifecycleProblem(kind, "draft", kind.capitalised() + " " + id + " is a draft: change it "
                + "instead of starting a new version.");
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
