package se.varna.common.document;

import jakarta.persistence.MappedSuperclass;

/**
 * A versioned document with a lifecycle: a draft, edited as often as needed, until it is
 * approved or adopted; from then on it is frozen. A frozen document is never changed (409);
 * a change to it is a new version, a new draft started from it ({@link Lifecycle#newVersion}).
 * The kind keeps its state in its own column (a report's {@code status}) and says here what it
 * means.
 */
@MappedSuperclass
public abstract class LifecycleDocument extends VersionedDocument {

    /** Whether the document is approved or adopted, and so frozen. */
    public abstract boolean frozen();

    /** The word for the frozen state in problems and problem types: "approved", "adopted". */
    public abstract String frozenState();
}
