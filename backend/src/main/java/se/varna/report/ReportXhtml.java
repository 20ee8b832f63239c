package se.varna.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import se.varna.common.document.export.XhtmlDocument;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.measure.MeasureDtos.MeasureSummary;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisSummary;
import se.varna.actionplan.ActionPlanDtos.PlanInForce;
import se.varna.actionplan.ActionPlanDtos.PlanInForceAction;
import se.varna.report.ReportDtos.ReportAgreement;
import se.varna.report.ReportDtos.ReportCommitment;
import se.varna.report.ReportDtos.ReportContent;
import se.varna.report.ReportDtos.ReportEvaluation;
import se.varna.report.ReportDtos.ReportCount;
import se.varna.report.ReportDtos.ReportGoal;
import se.varna.report.ReportDtos.ReportIndicator;
import se.varna.report.ReportDtos.ReportView;

/**
 * The status report as an {@link XhtmlDocument}, the source {@link ReportPdf} renders: Swedish
 * ({@code lang="sv"}), a title, headings in order (h1 the report, h2 its parts, h3 goals and
 * sub-tables) and real tables with header cells, so the PDF's structure tree says what the page
 * shows. Only the report's content is here; the elements and the rendering are shared.
 */
final class ReportXhtml {

    static final String TITLE_PREFIX = "Lägesrapport ";
    /** The subject line, before the municipality's name. */
    static final String SUBJECT = "Trygghetsskapande och brottsförebyggande arbete, ";

    private static final String[] CRIME_COLUMNS = { "Antal", "Föregående halvår", "Samma halvår året innan" };
    private static final int[] CRIME_WIDTHS = { 40, 16, 22, 22 };
    /** For {@link #table}: no column holds figures. */
    private static final int NO_FIGURES = XhtmlDocument.NO_FIGURES;


    private final XhtmlDocument x;
    private final Element body;

    private ReportXhtml(ReportView report) {
        x = new XhtmlDocument("sv", TITLE_PREFIX + report.period(), "lägesrapport");
        body = x.body();
    }

    static Document of(ReportView report) {
        ReportXhtml x = new ReportXhtml(report);
        x.head(report);
        x.front(report);
        x.texts(report);
        x.goals(report.content());
        x.crime(report.content());
        x.measures(report.content());
        x.evaluations(report.content());
        x.agreements(report.content());
        x.safetyAnalyses(report.content());
        return x.x.dom();
    }

    /**
     * The municipality the report is of: the root of the areas its crime figures are given for
     * (the data names it, so the report names no municipality of its own).
     */
    static se.varna.crimestatistics.CrimeDtos.CrimeStatisticsArea municipality(CrimeStatistics byArea) {
        return byArea.areas().stream().filter(a -> a.parentCode() == null).findFirst()
                .orElse(new se.varna.crimestatistics.CrimeDtos.CrimeStatisticsArea("", "", null));
    }

    // ---- the report's parts, in the order the PDF has them ------------------------------------

    private void head(ReportView report) {
        String municipality = municipality(report.content().crime().byDistrict()).name();
        x.meta("author", municipality);
        x.meta("subject", SUBJECT + municipality);
    }

    private void front(ReportView report) {
        ReportContent c = report.content();
        heading(1, TITLE_PREFIX + report.period());
        add(body, "p", SUBJECT + municipality(c.crime().byDistrict()).name()).setAttribute("class", "subtitle");
        add(body, "p", "Period: " + c.from() + " – " + c.to());
        add(body, "p", report.approvedAt() != null
                ? "Godkänd " + ReportText.dateTime(report.approvedAt()) + " av " + report.approvedBy()
                : "UTKAST – byggd av aktuella data " + ReportText.dateTime(c.builtAt()) + ", inte godkänd")
                .setAttribute("class", "state");
        if (!report.exact()) {
            add(body, "p", "Siffror för allmänheten: brottssiffror är avrundade med en liten avvikelse och visas som "
                    + "\"dold\" under 3; indikatorvärden av för få svarande är dolda, andelar avrundade.")
                    .setAttribute("class", "note");
        }
    }

    private void texts(ReportView report) {
        heading(2, "Samordnarens berättelse");
        paragraphs(report.sections().narrative());
        // the free-text boxes of reports written before the plans: printed only when they say something
        if (!report.sections().situation().isBlank()) {
            heading(2, "Lägesbild");
            paragraphs(report.sections().situation());
        }
        if (!report.sections().actionPlan().isBlank()) {
            heading(2, "Åtgärdsplan");
            paragraphs(report.sections().actionPlan());
        }
        plan(report.content().actionPlan());
    }

    /** The plan in force and each action's follow-up status; kept small (one paragraph, one table). */
    private void plan(PlanInForce plan) {
        if (plan == null) {
            return;
        }
        heading(2, "Åtgärdsplanens uppföljning");
        add(body, "p", plan.title() + (plan.decision() == null ? "" : ", beslutad " + plan.decision().date() + " av "
                + plan.decision().body()) + ", utifrån lägesbilden " + plan.situationPicture().title()
                + ". Status per " + plan.asOf() + ".");
        List<String[]> rows = new ArrayList<>();
        for (PlanInForceAction a : plan.actions()) {
            rows.add(new String[] { a.title(), ReportText.followUp(a.followUp().status()),
                    a.followUp().measuresAssessed() + " av " + a.followUp().measures(),
                    a.followUp().resultTrend() == null ? "–" : ReportText.trend(a.followUp().resultTrend().trend()) });
        }
        table(new String[] { "Åtgärd", "Status", "Insatser bedömda", "Resultatmått" }, new int[] { 46, 20, 16, 18 },
                NO_FIGURES, rows);
    }

    private void goals(ReportContent c) {
        heading(2, "Mål och indikatorer");
        for (ReportGoal goal : c.goals()) {
            heading(3, "Mål " + goal.goal().number() + ": " + goal.goal().title().sv());
            if (goal.indicators().isEmpty()) {
                add(body, "p", "Målet har inga indikatorer.");
                continue;
            }
            List<String[]> rows = new ArrayList<>();
            for (ReportIndicator i : goal.indicators()) {
                var s = i.series();
                rows.add(new String[] { i.indicator().name().sv(),
                        s == null ? "–" : ReportText.observation(s.latest()) + " (" + s.latest().period() + ")",
                        i.baseline() == null ? "–"
                                : ReportText.number(i.baseline().value()) + " (" + i.baseline().period() + ")",
                        s == null || s.target() == null ? "–"
                                : ReportText.number(s.target().value()) + " (" + s.target().year() + ")",
                        ReportText.trend(i.trend()), s == null ? "Inget värde" : ReportText.status(s.status()) });
            }
            table(new String[] { "Indikator", "Senaste", "Baslinje", "Målvärde", "Trend", "Status" },
                    new int[] { 34, 14, 13, 12, 12, 15 }, NO_FIGURES, rows);
        }
    }

    private void crime(ReportContent c) {
        heading(2, "Brottsstatistik " + c.from() + " – " + c.to());
        CrimeStatistics byArea = c.crime().byDistrict();
        if (byArea.demo()) {
            add(body, "p", "Siffrorna är demodata, inte polisens statistik.").setAttribute("class", "note");
        }
        heading(3, "Anmälda brott per område");
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        String whole = municipality(byArea).code();
        for (CrimeStatisticsCell cell : byArea.cells()) {
            if (!whole.equals(cell.area()) && cell.count() != null) {
                labels.add(ReportText.areaName(byArea, cell.area()));
                values.add(cell.count().doubleValue());
            }
        }
        figure("Anmälda brott per område", labels, values);
        crimeTable("Område", byArea, cell -> ReportText.areaName(byArea, cell.area()));
        heading(3, "Per kön");
        crimeTable("Kön", c.crime().bySex(), cell -> ReportText.sex(cell.sex()));
        heading(3, "Per åldersgrupp");
        crimeTable("Åldersgrupp", c.crime().byAgeGroup(), cell -> ReportText.ageGroup(cell.ageGroup()));
    }

    private void measures(ReportContent c) {
        heading(2, "Insatser");
        add(body, "p", "Registrerade insatser: " + c.measures().total() + " (varje insats räknas en gång)");
        heading(3, "Insatser per status");
        figure("Insatser per status", c.measures().byStatus().stream().map(x -> x.label().sv()).toList(),
                c.measures().byStatus().stream().map(x -> (double) x.count()).toList());
        countTable("Status", c.measures().byStatus(), false);
        heading(3, "Per mål");
        add(body, "p", "En insats som hör till flera mål räknas under vart och ett av dem. En insats som är kopplad "
                + "till ett mål i en tidigare policy räknas under de mål som målöversättningen anger, en gång per mål.");
        countTable("Mål", c.measures().byGoal(), true);
        heading(3, "Per preventionstyp");
        countTable("Preventionstyp", c.measures().byPreventionType(), false);
        heading(3, "Per preventionsnivå");
        countTable("Preventionsnivå", c.measures().byPreventionLevel(), false);
        heading(3, "Insatser utan uppföljning på mer än sex månader");
        if (c.measures().lackingUpdates().isEmpty()) {
            add(body, "p", "Inga.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (MeasureSummary m : c.measures().lackingUpdates()) {
            rows.add(new String[] { m.title(), m.responsibleOrganisation().name().sv(),
                    m.lastUpdate() == null ? "Ingen" : m.lastUpdate().date().toString() });
        }
        table(new String[] { "Insats", "Ansvarig", "Senaste uppföljning" }, new int[] { 46, 34, 20 }, NO_FIGURES,
                rows);
    }

    /** Each evaluated measure's estimate in words; a retrospective assessment says so. */
    private void evaluations(ReportContent c) {
        if (c.evaluations() == null) {
            return;
        }
        heading(2, "Effektuppföljning av insatser");
        if (c.evaluations().isEmpty()) {
            add(body, "p", "Ingen insats har en effektuppföljning som började senast halvårets slut.");
            return;
        }
        add(body, "p", "Förändringen i målområdena jämfört med jämförelseområdena, skattad med en "
                + "Poisson-modell för skillnad i skillnader. En efterhandsbedömning registrerades efter att "
                + "insatsen startat.");
        List<String[]> rows = new ArrayList<>();
        for (ReportEvaluation e : c.evaluations()) {
            rows.add(new String[] { e.measureTitle(), e.outcome().sv(),
                    e.retrospective() ? "Efterhandsbedömning" : "Förhandsregistrerad", e.sentence().sv() });
        }
        table(new String[] { "Insats", "Utfall", "Upplägg", "Skattning" }, new int[] { 26, 20, 16, 38 }, NO_FIGURES,
                rows);
    }

    private void agreements(ReportContent c) {
        heading(2, "Medborgarlöften och samverkansöverenskommelser");
        if (c.agreements() == null || c.agreements().items().isEmpty()) {
            add(body, "p", "Inga överenskommelser gällde under halvåret.");
            return;
        }
        add(body, "p", "Åtaganden: " + ReportText.commitmentCounts(c.agreements().commitmentCounts()));
        for (ReportAgreement a : c.agreements().items()) {
            heading(3, ReportText.agreementType(a.agreement().type()) + ": " + a.agreement().title() + " ("
                    + a.agreement().area().name() + ", från " + a.agreement().startDate()
                    + (a.agreement().endDate() == null ? "" : " till " + a.agreement().endDate()) + ")");
            List<String[]> rows = new ArrayList<>();
            for (ReportCommitment commitment : a.commitments()) {
                rows.add(new String[] { commitment.text(), commitment.responsibleOrganisation().name().sv(),
                        ReportText.commitmentStatus(commitment.status()),
                        commitment.statusComment() == null ? "" : commitment.statusComment() });
            }
            if (rows.isEmpty()) {
                add(body, "p", "Inga åtaganden.");
            } else {
                table(new String[] { "Åtagande", "Ansvarig", "Status", "Kommentar" }, new int[] { 38, 22, 14, 26 },
                        NO_FIGURES, rows);
            }
        }
    }

    private void safetyAnalyses(ReportContent c) {
        heading(2, "Trygghetsanalyser");
        if (c.safetyAnalyses() == null || c.safetyAnalyses().isEmpty()) {
            add(body, "p", "Det finns ingen trygghetsanalys daterad till och med halvårets slut.");
            return;
        }
        add(body, "p", "Den senaste trygghetsanalysen per stadsdel.");
        List<String[]> rows = new ArrayList<>();
        for (SafetyAnalysisSummary a : c.safetyAnalyses()) {
            rows.add(new String[] { a.area().name(), a.date().toString(), a.title(),
                    String.valueOf(a.factorCount()), String.valueOf(a.highRiskCount()),
                    String.valueOf(a.placeCount()), String.valueOf(a.measureCount()) });
        }
        table(new String[] { "Stadsdel", "Datum", "Titel", "Bedömda faktorer", "Höga risker", "Platser",
                "Insatser" }, new int[] { 16, 13, 29, 12, 10, 10, 10 }, 3, rows);
    }

    private void crimeTable(String what, CrimeStatistics statistics, Function<CrimeStatisticsCell, String> label) {
        List<String[]> rows = new ArrayList<>();
        for (CrimeStatisticsCell cell : statistics.cells()) {
            rows.add(new String[] { label.apply(cell), ReportText.cellCount(cell.count(), cell.suppressed()),
                    ReportText.figure(cell.previous()), ReportText.figure(cell.yearEarlier()) });
        }
        String[] headers = { what, CRIME_COLUMNS[0], CRIME_COLUMNS[1], CRIME_COLUMNS[2] };
        table(headers, CRIME_WIDTHS, 1, rows);
    }

    private void countTable(String what, List<ReportCount> counts, boolean numbered) {
        countTable(x, what, counts, numbered);
    }

    /** A count per key (status, type, organisation): shared with the evaluation's document. */
    static void countTable(XhtmlDocument doc, String what, List<ReportCount> counts, boolean numbered) {
        List<String[]> rows = new ArrayList<>();
        for (ReportCount c : counts) {
            rows.add(new String[] { (numbered ? c.key() + ". " : "") + c.label().sv(), String.valueOf(c.count()) });
        }
        doc.table(new String[] { what, "Antal" }, new int[] { 80, 20 }, 1, rows);
    }

    // ---- elements: the shared document's -------------------------------------------------------

    private void heading(int level, String text) {
        x.heading(level, text);
    }

    private void table(String[] headers, int[] widthPercents, int firstFigure, List<String[]> rows) {
        x.table(headers, widthPercents, firstFigure, rows);
    }

    private void figure(String caption, List<String> labels, List<Double> values) {
        x.figure(caption, labels, values);
    }

    private void paragraphs(String text) {
        x.paragraphs(text);
    }

    private Element add(Element parent, String tag, String text) {
        return x.add(parent, tag, text);
    }
}
