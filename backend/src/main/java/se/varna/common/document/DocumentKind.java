package se.varna.common.document;

import se.varna.common.Messages;

/**
 * The kinds of versioned document. The constant's name is what {@code document_history}
 * stores (its check constraint lists them: a new kind adds itself there in its migration).
 */
public enum DocumentKind {
    measure("measure"),
    safetyAnalysis("safety-analysis"),
    agreement("agreement"),
    report("report"),
    measureEvaluation("measure-evaluation"),
    policy("policy"),
    situationPicture("situation-picture"),
    actionPlan("action-plan");

    private final String slug;

    DocumentKind(String slug) {
        this.slug = slug;
    }

    /** The kind as a problem type names it, the same in every language: "safety-analysis". */
    public String slug() {
        return slug;
    }

    /**
     * The kind in the reader's words, as the catalogue's texts about documents take them:
     * {0} "a measure", {1} "the measure", {2} "The measure", {3} "measure", {4} "Measure"
     * (Swedish: "en insats", "insatsen", "Insatsen", "insats", "Insats").
     */
    public Object[] words() {
        String key = "document." + name();
        String definite = Messages.text(key + ".definite");
        String noun = Messages.text(key);
        return new Object[] { Messages.text(key + ".indefinite"), definite, capitalised(definite), noun,
                capitalised(noun) };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
