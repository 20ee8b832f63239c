package se.varna.common.document;

import se.varna.common.Messages;

/**
 * A change the document's lifecycle does not allow: an edit of a frozen (approved, adopted)
 * document, or a new version of one that is still a draft. Answered 409 Conflict as
 * problem+json with a type naming the kind and its state,
 * {@code urn:varna:problem:<kind>-<state>} (a report's: {@code urn:varna:problem:report-approved}).
 */
public class LifecycleProblem extends RuntimeException {

    private final String type;
    private final String title;

    private LifecycleProblem(DocumentKind kind, long id, String state, String detailKey) {
        this(kind, state, arguments(kind, id, state), detailKey);
    }

    private LifecycleProblem(DocumentKind kind, String state, Object[] arguments, String detailKey) {
        super(Messages.text(detailKey, arguments));
        this.type = "urn:varna:problem:" + kind.slug() + "-" + state;
        this.title = Messages.text("lifecycle.title", arguments);
    }

    /** The document is frozen: "Report 7 is approved and can no longer be changed." */
    public static LifecycleProblem frozen(DocumentKind kind, long id, String state) {
        return new LifecycleProblem(kind, id, state, "lifecycle.frozen.detail");
    }

    /** A new version was asked of a draft, which is changed as it is. */
    public static LifecycleProblem draft(DocumentKind kind, long id) {
        return new LifecycleProblem(kind, id, "draft", "lifecycle.draft.detail");
    }

    /**
     * A new version was asked of a frozen document that already has one ({@code newer}): that one
     * is changed instead, so the versions stay one line.
     */
    public static LifecycleProblem revised(DocumentKind kind, long id, long newer) {
        Object[] arguments = arguments(kind, id, "revised");
        arguments = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        arguments[arguments.length - 1] = newer;
        return new LifecycleProblem(kind, "revised", arguments, "lifecycle.revised.detail");
    }

    /** The kind's words, the id and the state ("approved", in the reader's words), as the texts take them. */
    private static Object[] arguments(DocumentKind kind, long id, String state) {
        Object[] words = kind.words();
        Object[] arguments = java.util.Arrays.copyOf(words, words.length + 2);
        arguments[words.length] = id;
        arguments[words.length + 1] = Messages.text("document.state." + state);
        return arguments;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
