package se.varna.common.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import se.varna.common.document.DecisionDtos.DecisionInput;
import se.varna.common.document.DecisionDtos.DecisionView;

/**
 * The decision a document was approved or adopted by: the deciding body (Kommunstyrelsen,
 * a committee), the date of its meeting, the paragraph of the minutes (§ 123) and the diary
 * number (diarienummer) the case is filed under. Embedded in the document's table, in the
 * columns {@code decision_body}, {@code decision_date}, {@code decision_paragraph} and
 * {@code decision_diary_number}.
 */
@Embeddable
public class Decision {

    /** The longest texts: {@code DecisionInput}'s constraints and {@code Decision}'s schema in the contract. */
    public static final int BODY_MAX = 200;
    public static final int PARAGRAPH_MAX = 32;
    public static final int DIARY_NUMBER_MAX = 64;

    @Column(name = "decision_body")
    public String body;

    @Column(name = "decision_date")
    public LocalDate date;

    @Column(name = "decision_paragraph")
    public String paragraph;

    @Column(name = "decision_diary_number")
    public String diaryNumber;

    /**
     * The decision a valid {@code input} describes, trimmed, or null when it is null. Valid means
     * its constraints hold ({@link DecisionInput}: the body and the date are required, the texts
     * keep to their lengths); the paragraph and the diary number are not always known when the
     * document is adopted, and a blank one is none.
     */
    public static Decision from(DecisionInput input) {
        if (input == null) {
            return null;
        }
        Decision d = new Decision();
        d.body = input.body().trim();
        d.date = input.date();
        d.paragraph = blank(input.paragraph()) ? null : input.paragraph().trim();
        d.diaryNumber = blank(input.diaryNumber()) ? null : input.diaryNumber().trim();
        return d;
    }

    /** The API's view of a stored decision; null when there is none (Hibernate reads all-null columns as null). */
    public static DecisionView view(Decision d) {
        return d == null || d.date == null ? null : new DecisionView(d.body, d.date, d.paragraph, d.diaryNumber);
    }

    /** The decision in an audit snapshot; null when there is none. */
    public static Map<String, Object> snapshot(Decision d) {
        if (d == null || d.date == null) {
            return null;
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("body", d.body);
        s.put("date", d.date.toString());
        s.put("paragraph", d.paragraph);
        s.put("diaryNumber", d.diaryNumber);
        return s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
