package se.varna.common.document;

/**
 * The kinds of versioned document. The constant's name is what {@code document_history}
 * stores (its check constraint lists them: a new kind adds itself there in its migration).
 */
public enum DocumentKind {
    measure("measure", "a measure"),
    safetyAnalysis("safety analysis", "a safety analysis"),
    agreement("agreement", "an agreement"),
    report("report", "a report");

    private final String thing;
    private final String aThing;

    DocumentKind(String thing, String aThing) {
        this.thing = thing;
        this.aThing = aThing;
    }

    /** The kind in words, as problems name it: "safety analysis". */
    public String thing() {
        return thing;
    }

    /** The kind with its article: "an agreement". */
    public String aThing() {
        return aThing;
    }

    /** The kind as a problem type names it: "safety-analysis". */
    public String slug() {
        return thing.replace(' ', '-');
    }

    /** The kind at the start of a sentence or a title: "Safety analysis". */
    public String capitalised() {
        return Character.toUpperCase(thing.charAt(0)) + thing.substring(1);
    }
}
