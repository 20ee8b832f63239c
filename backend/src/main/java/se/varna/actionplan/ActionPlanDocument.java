package se.varna.actionplan;

import java.util.ArrayList;
import java.util.List;

import se.varna.actionplan.ActionPlanDtos.ActionPlanView;
import se.varna.actionplan.ActionPlanDtos.ActionView;
import se.varna.actionplan.ActionPlanDtos.ConsultationView;
import se.varna.common.document.AdoptionStatus;
import se.varna.common.document.export.DocumentText;
import se.varna.common.document.export.XhtmlDocument;

/**
 * An åtgärdsplan as the document its PDF and DOCX exports render: the view the reader may read
 * (public problems and published measures only for residents and partners), so the documents
 * show exactly what the JSON read shows.
 */
final class ActionPlanDocument {

    private ActionPlanDocument() {
    }

    static XhtmlDocument of(ActionPlanView plan) {
        XhtmlDocument x = new XhtmlDocument("sv", plan.title(), "åtgärdsplan");
        x.meta("subject", "Åtgärdsplan enligt lag (2023:196), utifrån " + plan.situationPicture().title());
        x.heading(1, plan.title());
        x.paragraph("Utifrån lägesbilden " + plan.situationPicture().title() + " (" + plan.situationPicture().from()
                + " – " + plan.situationPicture().to() + ")", "subtitle");
        x.paragraph(DocumentText.adoption(plan.decision(), plan.status() == AdoptionStatus.adopted), "state");
        x.heading(2, "Åtgärder");
        if (plan.actions().isEmpty()) {
            x.paragraph("Inga åtgärder.", null);
        }
        for (ActionView a : plan.actions()) {
            x.heading(3, a.title());
            x.paragraphs(a.description());
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] { "Problem", a.problems().isEmpty() ? "Inget (en lucka)"
                    : String.join("; ", a.problems().stream().map(p -> p.title()).toList()) });
            rows.add(new String[] { "Ansvariga", String.join("; ", a.organisations().stream()
                    .map(o -> o.name().sv()).toList()) });
            rows.add(new String[] { "Insatser", a.measures().isEmpty() ? "Ingen (en lucka)"
                    : String.join("; ", a.measures().stream().map(m -> m.title()).toList()) });
            rows.add(new String[] { "Tid", (a.from() == null ? "" : a.from().toString()) + " – "
                    + (a.to() == null ? "" : a.to().toString()) });
            rows.add(new String[] { "Resultatmått", a.resultIndicator() != null ? a.resultIndicator().name().sv()
                    : a.resultCrimeCategory() != null ? a.resultCrimeCategory() : "–" });
            x.table(new String[] { "Uppgift", "Värde" }, new int[] { 25, 75 }, XhtmlDocument.NO_FIGURES, rows);
        }
        x.heading(2, "Samråd");
        if (plan.consultations().isEmpty()) {
            x.paragraph("Inget samråd registrerat.", null);
        } else {
            List<String[]> rows = new ArrayList<>();
            for (ConsultationView c : plan.consultations()) {
                rows.add(new String[] { c.date().toString(),
                        String.join("; ", c.parties().stream().map(o -> o.name().sv()).toList()), c.summary() });
            }
            x.table(new String[] { "Datum", "Parter", "Sammanfattning" }, new int[] { 15, 30, 55 },
                    XhtmlDocument.NO_FIGURES, rows);
        }
        return x;
    }
}
