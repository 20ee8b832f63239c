package se.varna.common.document.export;

import se.varna.common.document.DecisionDtos.DecisionView;

/** Words the exported documents share (Swedish). */
public final class DocumentText {

    private DocumentText() {
    }

    /** A lifecycle document's state line: who adopted it when, under which paragraph and diary number; or a draft. */
    public static String adoption(DecisionView d, boolean adopted) {
        if (!adopted || d == null) {
            return "UTKAST – inte antagen";
        }
        return "Antagen av " + d.body() + " " + d.date() + (d.paragraph() == null ? "" : ", " + d.paragraph())
                + (d.diaryNumber() == null ? "" : ", dnr " + d.diaryNumber());
    }
}
