package se.varna.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.w3c.dom.Document;

import se.varna.common.document.export.XhtmlDocument;

import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.disclosure.Disclosure;
import se.varna.indicator.IndicatorDtos.TargetView;
import se.varna.indicator.IndicatorValueDtos.Observation;
import se.varna.report.EvaluationDtos.EvaluationConclusions;
import se.varna.report.EvaluationDtos.EvaluationContent;
import se.varna.report.EvaluationDtos.EvaluationGoal;
import se.varna.report.EvaluationDtos.EvaluationIndicator;
import se.varna.report.EvaluationDtos.GoalConclusion;
import se.varna.report.ReportDtos.ReportEvaluation;
import se.varna.report.ReportDtos.ReportView;

/**
 * The evaluation of a policy period as the XHTML {@link ReportPdf} renders, in Swedish, with
 * the status report's elements and styles ({@link ReportXhtml}): the conclusions, then per goal
 * each indicator from baseline to last value against its target, the yearly crime tables (years
 * as columns), the measures, agreements and effect follow-ups. Charts as the status report draws
 * them ({@link XhtmlDocument#figure}): per indicator its baseline, values and targets, per crime
 * category and group its yearly trend.
 */
final class EvaluationXhtml {

    static final String TITLE_PREFIX = "Utvärdering av policyperioden ";

    private final XhtmlDocument x;

    private EvaluationXhtml(ReportView report) {
        x = new XhtmlDocument("sv", TITLE_PREFIX + report.period(), "utvärdering");
    }

    static Document of(ReportView report) {
        EvaluationXhtml e = new EvaluationXhtml(report);
        EvaluationContent c = report.evaluation();
        e.front(report, c);
        e.goals(c, report.conclusions());
        e.crime(c);
        e.measures(c);
        e.evaluations(c);
        return e.x.dom();
    }

    private void front(ReportView report, EvaluationContent c) {
        String municipality = ReportXhtml.municipality(c.crime().byDistrict()).name();
        x.meta("author", municipality);
        x.meta("subject", ReportXhtml.SUBJECT + municipality);
        x.heading(1, TITLE_PREFIX + report.period());
        x.add(x.body(), "p", ReportXhtml.SUBJECT + municipality).setAttribute("class", "subtitle");
        x.add(x.body(), "p", "Period: " + c.from() + " – " + c.to());
        x.add(x.body(), "p", report.approvedAt() != null
                ? "Godkänd " + ReportText.dateTime(report.approvedAt()) + " av " + report.approvedBy()
                : "UTKAST – byggd av aktuella data " + ReportText.dateTime(c.builtAt()) + ", inte godkänd")
                .setAttribute("class", "state");
        if (!report.exact()) {
            x.add(x.body(), "p", "Siffror för allmänheten: brottssiffror är avrundade med en liten avvikelse och visas "
                    + "som \"dold\" under 3; indikatorvärden av för få svarande är dolda, andelar avrundade.")
                    .setAttribute("class", "note");
        }
        x.heading(2, "Samordnarens slutsatser");
        x.paragraphs(report.conclusions().overall());
    }

    private void goals(EvaluationContent c, EvaluationConclusions conclusions) {
        x.heading(2, "Mål och indikatorer över perioden");
        Map<Integer, String> byGoal = new LinkedHashMap<>();
        for (GoalConclusion g : conclusions.goals()) {
            byGoal.put(g.goalNumber(), g.text());
        }
        for (EvaluationGoal goal : c.goals()) {
            x.heading(3, "Mål " + goal.goal().number() + ": " + goal.goal().title().sv());
            if (goal.indicators().isEmpty()) {
                x.add(x.body(), "p", "Målet har inga indikatorer.");
            } else {
                List<String[]> rows = new ArrayList<>();
                for (EvaluationIndicator i : goal.indicators()) {
                    var s = i.series();
                    rows.add(new String[] { i.indicator().name().sv(),
                            i.baseline() == null ? "–"
                                    : ReportText.number(i.baseline().value()) + " (" + i.baseline().period() + ")",
                            s == null ? "–" : ReportText.observation(s.latest()) + " (" + s.latest().period() + ")",
                            s == null || s.target() == null ? "–"
                                    : ReportText.number(s.target().value()) + " (" + s.target().year() + ")",
                            switch (i.targetOutcome()) {
                                case met -> "Uppnått";
                                case notMet -> "Inte uppnått";
                                case unknown -> "Okänt";
                            } });
                }
                x.table(new String[] { "Indikator", "Baslinje", "Senaste", "Målvärde", "Mot målet" },
                        new int[] { 36, 16, 16, 16, 16 }, XhtmlDocument.NO_FIGURES, rows);
                for (EvaluationIndicator i : goal.indicators()) {
                    indicatorChart(i);
                }
            }
            String text = byGoal.get(goal.goal().number());
            if (text != null && !text.isBlank()) {
                x.add(x.body(), "p", "Slutsats:").setAttribute("class", "state");
                x.paragraphs(text);
            }
        }
    }

    private void crime(EvaluationContent c) {
        x.heading(2, "Brottsutveckling " + c.from() + " – " + c.to());
        CrimeStatistics byArea = c.crime().byDistrict();
        if (byArea.demo()) {
            x.add(x.body(), "p", "Siffrorna är demodata, inte polisens statistik.").setAttribute("class", "note");
        }
        x.heading(3, "Per brottskategori och grupp");
        CrimeStatistics byCategory = c.crime().byCategory();
        categoryCharts(byCategory);
        yearly("Kategori", byCategory, cell -> ReportText.categoryName(byCategory, cell.category()));
        x.heading(3, "Per område");
        yearly("Område", byArea, cell -> ReportText.areaName(byArea, cell.area()));
        x.heading(3, "Per kön");
        yearly("Kön", c.crime().bySex(), cell -> ReportText.sex(cell.sex()));
        x.heading(3, "Per åldersgrupp");
        yearly("Åldersgrupp", c.crime().byAgeGroup(), cell -> ReportText.ageGroup(cell.ageGroup()));
    }

    /**
     * An indicator from its baseline through every value of the period to its targets, as a
     * figure (every figure in its alternative text) and a one-row table after it. A value the
     * reader may not see is the series' own null: no bar, "dold"; the figures are the ones the
     * disclosure control gave the series, never recomputed.
     */
    private void indicatorChart(EvaluationIndicator i) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        if (i.baseline() != null) {
            labels.add("Baslinje " + i.baseline().period());
            values.add(i.baseline().value());
            cells.add(ReportText.number(i.baseline().value()));
        }
        if (i.series() != null) {
            for (Observation o : i.series().observations()) {
                labels.add(o.period());
                values.add(o.disclosure() == Disclosure.suppressed ? null : o.value());
                cells.add(ReportText.observation(o));
            }
        }
        for (TargetView t : i.targets()) {
            labels.add("Mål " + t.year());
            values.add(t.value());
            cells.add(ReportText.number(t.value()));
        }
        if (labels.isEmpty()) {
            return;
        }
        String name = i.indicator().name().sv();
        x.figure(name + ": baslinje, värden och mål", labels, values);
        String[] headers = new String[labels.size() + 1];
        int[] widths = new int[labels.size() + 1];
        headers[0] = "Indikator";
        widths[0] = labels.size() > 8 ? 16 : 28;
        String[] row = new String[labels.size() + 1];
        row[0] = name;
        for (int k = 0; k < labels.size(); k++) {
            headers[k + 1] = labels.get(k);
            widths[k + 1] = (100 - widths[0]) / labels.size();
            row[k + 1] = cells.get(k);
        }
        x.table(headers, widths, 1, List.<String[]>of(row));
    }

    /**
     * Per category and group of the yearly crime table, its trend over the period as a figure
     * (the table after them holds the same figures). A suppressed figure is null: "dold".
     */
    private void categoryCharts(CrimeStatistics byCategory) {
        Map<String, List<CrimeStatisticsCell>> byCode = new LinkedHashMap<>();
        for (CrimeStatisticsCell cell : byCategory.cells()) {
            byCode.computeIfAbsent(cell.category(), k -> new ArrayList<>()).add(cell);
        }
        byCode.forEach((code, cells) -> x.figure(
                "Anmälda brott per år, " + ReportText.categoryName(byCategory, code),
                cells.stream().map(CrimeStatisticsCell::period).toList(),
                cells.stream().map(cell -> cell.suppressed() || cell.count() == null ? null
                        : (Double) cell.count().doubleValue()).toList()));
    }

    /** One row per label, one column per year of the period. */
    private void yearly(String what, CrimeStatistics statistics, Function<CrimeStatisticsCell, String> label) {
        List<String> years = new ArrayList<>();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (CrimeStatisticsCell cell : statistics.cells()) {
            if (!years.contains(cell.period())) {
                years.add(cell.period());
            }
            rows.computeIfAbsent(label.apply(cell), k -> new LinkedHashMap<>()).put(cell.period(),
                    ReportText.cellCount(cell.count(), cell.suppressed()));
        }
        String[] headers = new String[years.size() + 1];
        int[] widths = new int[years.size() + 1];
        headers[0] = what;
        widths[0] = 100 - 10 * years.size();
        for (int i = 0; i < years.size(); i++) {
            headers[i + 1] = years.get(i);
            widths[i + 1] = 10;
        }
        List<String[]> table = new ArrayList<>();
        rows.forEach((name, byYear) -> {
            String[] row = new String[years.size() + 1];
            row[0] = name;
            for (int i = 0; i < years.size(); i++) {
                row[i + 1] = byYear.getOrDefault(years.get(i), "–");
            }
            table.add(row);
        });
        x.table(headers, widths, 1, table);
    }

    private void measures(EvaluationContent c) {
        var m = c.measures();
        x.heading(2, "Insatser under perioden");
        x.add(x.body(), "p", m.total() + " insatser pågick under perioden. Varje insats räknas en gång i varje tabell.");
        x.heading(3, "Per status");
        ReportXhtml.countTable(x, "Status", m.byStatus(), false);
        x.heading(3, "Per preventionstyp");
        ReportXhtml.countTable(x, "Preventionstyp", m.byPreventionType(), false);
        x.heading(3, "Per preventionsnivå");
        ReportXhtml.countTable(x, "Nivå", m.byPreventionLevel(), false);
        x.heading(3, "Per ansvarig organisation");
        ReportXhtml.countTable(x, "Organisation", m.byOrganisation(), false);
        x.heading(2, "Överenskommelser och åtaganden");
        x.add(x.body(), "p", c.agreements().total() + " överenskommelser gällde under perioden. Åtaganden: "
                + ReportText.commitmentCounts(c.agreements().commitmentCounts()) + ".");
    }

    private void evaluations(EvaluationContent c) {
        x.heading(2, "Effektuppföljning av insatser");
        if (c.evaluations() == null || c.evaluations().isEmpty()) {
            x.add(x.body(), "p", "Ingen insats har en effektuppföljning som började senast periodens slut.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (ReportEvaluation e : c.evaluations()) {
            rows.add(new String[] { e.measureTitle(), e.outcome().sv(),
                    e.retrospective() ? "Efterhandsbedömning" : "Förhandsregistrerad", e.sentence().sv() });
        }
        x.table(new String[] { "Insats", "Utfall", "Upplägg", "Skattning" }, new int[] { 26, 20, 16, 38 },
                XhtmlDocument.NO_FIGURES, rows);
    }
}
