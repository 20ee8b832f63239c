package se.varna.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.disclosure.Disclosure;
import se.varna.indicator.IndicatorDtos.TargetView;
import se.varna.indicator.IndicatorValueDtos.Observation;
import se.varna.report.EvaluationDtos.EvaluationContent;
import se.varna.report.EvaluationDtos.EvaluationGoal;
import se.varna.report.EvaluationDtos.EvaluationIndicator;
import se.varna.report.EvaluationDtos.GoalConclusion;
import se.varna.report.ReportDtos.ReportEvaluation;
import se.varna.report.ReportDtos.ReportView;

/**
 * Writes an evaluation of a policy period as an XLSX workbook (fastexcel), with the status
 * report's conventions ({@link ReportXlsx}): one sheet per section, Swedish headers, numbers as
 * numbers. It writes the reader's view as the service made it ({@code report.evaluation()},
 * already through the disclosure control), never recomputing a figure: a suppressed crime
 * figure is an empty cell and its row's note says which years are hidden; an indicator value
 * that is rounded or suppressed is the text the PDF prints ("ca 60", "dold").
 */
final class EvaluationXlsx {

    private EvaluationXlsx() {
    }

    static byte[] write(ReportView report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Varna", "1.0");
            EvaluationContent c = report.evaluation();
            wb.properties().setTitle(EvaluationXhtml.TITLE_PREFIX + report.period());
            about(wb.newWorksheet("Utvärdering"), report, c);
            conclusions(wb.newWorksheet("Slutsatser"), report, c);
            indicators(wb.newWorksheet("Indikatorer"), c);
            observations(wb.newWorksheet("Indikatorvärden"), c);
            targets(wb.newWorksheet("Indikatormål"), c);

            CrimeStatistics byCategory = c.crime().byCategory();
            CrimeStatistics byArea = c.crime().byDistrict();
            yearly(wb.newWorksheet("Brott per kategori"), "Kategori", byCategory,
                    cell -> ReportText.categoryName(byCategory, cell.category()));
            yearly(wb.newWorksheet("Brott per område"), "Område", byArea,
                    cell -> ReportText.areaName(byArea, cell.area()));
            yearly(wb.newWorksheet("Brott per kön"), "Kön", c.crime().bySex(), cell -> ReportText.sex(cell.sex()));
            yearly(wb.newWorksheet("Brott per åldersgrupp"), "Åldersgrupp", c.crime().byAgeGroup(),
                    cell -> ReportText.ageGroup(cell.ageGroup()));

            ReportXlsx.counts(wb.newWorksheet("Insatser per status"), "Status", c.measures().byStatus());
            ReportXlsx.counts(wb.newWorksheet("Insatser per preventionstyp"), "Preventionstyp", c.measures().byPreventionType());
            ReportXlsx.counts(wb.newWorksheet("Insatser per preventionsnivå"), "Preventionsnivå",
                    c.measures().byPreventionLevel());
            ReportXlsx.counts(wb.newWorksheet("Insatser per organisation"), "Organisation", c.measures().byOrganisation());

            agreements(wb.newWorksheet("Överenskommelser"), c);
            effects(wb.newWorksheet("Effektuppföljning"), c);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void about(Worksheet ws, ReportView report, EvaluationContent c) {
        String[][] meta = {
                { "Utvärdering av policyperioden", report.period() },
                { "Period", c.from() + " – " + c.to() },
                { "Status", report.status() == ReportStatus.approved ? "Godkänd" : "Utkast" },
                { "Godkänd", ReportText.dateTime(report.approvedAt()) },
                { "Godkänd av", report.approvedBy() == null ? "" : report.approvedBy() },
                { "Data hämtade", ReportText.dateTime(c.builtAt()) },
                { "Exakta siffror", report.exact() ? "Ja" : "Nej, avrundade och små tal dolda" },
                { "Demodata", c.crime().byDistrict().demo() ? "Ja, brottssiffrorna är demodata" : "Nej" } };
        for (int r = 0; r < meta.length; r++) {
            ws.value(r, 0, meta[r][0]);
            ws.style(r, 0).bold().set();
            ws.value(r, 1, meta[r][1]);
        }
        int r = meta.length;
        ws.value(r, 0, "Insatser under perioden");
        ws.style(r, 0).bold().set();
        ws.value(r, 1, c.measures().total());
        r++;
        ws.value(r, 0, "Överenskommelser under perioden");
        ws.style(r, 0).bold().set();
        ws.value(r, 1, c.agreements().total());
    }

    private static void conclusions(Worksheet ws, ReportView report, EvaluationContent c) {
        ReportXlsx.header(ws, "Mål", "Målets titel", "Slutsats");
        ws.value(1, 0, "Hela perioden");
        ws.value(1, 2, report.conclusions().overall());
        Map<Integer, String> byGoal = new LinkedHashMap<>();
        for (GoalConclusion g : report.conclusions().goals()) {
            byGoal.put(g.goalNumber(), g.text());
        }
        int row = 2;
        for (EvaluationGoal g : c.goals()) {
            ws.value(row, 0, g.goal().number());
            ws.value(row, 1, g.goal().title().sv());
            ws.value(row, 2, byGoal.getOrDefault(g.goal().number(), ""));
            row++;
        }
    }

    private static void indicators(Worksheet ws, EvaluationContent c) {
        ReportXlsx.header(ws, "Mål", "Målets titel", "Indikator", "Kod", "Baslinjeperiod", "Baslinje", "Senaste period",
                "Senaste värde", "Målår", "Målvärde", "Mot målet");
        int row = 1;
        for (EvaluationGoal g : c.goals()) {
            for (EvaluationIndicator i : g.indicators()) {
                var s = i.series();
                ws.value(row, 0, g.goal().number());
                ws.value(row, 1, g.goal().title().sv());
                ws.value(row, 2, i.indicator().name().sv());
                ws.value(row, 3, i.indicator().code());
                if (i.baseline() != null) {
                    ws.value(row, 4, i.baseline().period());
                    ws.value(row, 5, i.baseline().value());
                }
                if (s != null && s.latest() != null) {
                    ws.value(row, 6, s.latest().period());
                    observation(ws, row, 7, s.latest());
                }
                if (s != null && s.target() != null) {
                    ws.value(row, 8, s.target().year());
                    ws.value(row, 9, s.target().value());
                }
                ws.value(row, 10, outcome(i.targetOutcome()));
                row++;
            }
        }
    }

    /** Every value of each indicator's series, from the baseline on: the figures of the PDF's indicator charts. */
    private static void observations(Worksheet ws, EvaluationContent c) {
        ReportXlsx.header(ws, "Mål", "Indikator", "Kod", "Period", "Värde", "Anmärkning");
        int row = 1;
        for (EvaluationGoal g : c.goals()) {
            for (EvaluationIndicator i : g.indicators()) {
                if (i.baseline() != null) {
                    ws.value(row, 0, g.goal().number());
                    ws.value(row, 1, i.indicator().name().sv());
                    ws.value(row, 2, i.indicator().code());
                    ws.value(row, 3, i.baseline().period());
                    ws.value(row, 4, i.baseline().value());
                    ws.value(row, 5, "Baslinje");
                    row++;
                }
                if (i.series() == null) {
                    continue;
                }
                for (Observation o : i.series().observations()) {
                    ws.value(row, 0, g.goal().number());
                    ws.value(row, 1, i.indicator().name().sv());
                    ws.value(row, 2, i.indicator().code());
                    ws.value(row, 3, o.period());
                    observation(ws, row, 4, o);
                    ws.value(row, 5, note(o.disclosure()));
                    row++;
                }
            }
        }
    }

    private static void targets(Worksheet ws, EvaluationContent c) {
        ReportXlsx.header(ws, "Mål", "Indikator", "Kod", "Målår", "Målvärde");
        int row = 1;
        for (EvaluationGoal g : c.goals()) {
            for (EvaluationIndicator i : g.indicators()) {
                for (TargetView t : i.targets()) {
                    ws.value(row, 0, g.goal().number());
                    ws.value(row, 1, i.indicator().name().sv());
                    ws.value(row, 2, i.indicator().code());
                    ws.value(row, 3, t.year());
                    ws.value(row, 4, t.value());
                    row++;
                }
            }
        }
    }

    /** As the status report's sheet writes a value: a number when exact, else the PDF's text ("ca 60", "dold"). */
    private static void observation(Worksheet ws, int row, int col, Observation o) {
        if (o.value() != null && (o.disclosure() == null || o.disclosure() == Disclosure.exact)) {
            ws.value(row, col, o.value());
        } else {
            ws.value(row, col, ReportText.observation(o));
        }
    }

    private static String note(Disclosure d) {
        if (d == null) {
            return "";
        }
        return switch (d) {
            case suppressed -> "Dold (för få svarande)";
            case rounded, perturbed -> "Avrundad";
            case exact -> "";
        };
    }

    static String outcome(EvaluationDtos.TargetOutcome o) {
        return switch (o) {
            case met -> "Uppnått";
            case notMet -> "Inte uppnått";
            case unknown -> "Okänt";
        };
    }

    /**
     * One row per label, one column per year; a suppressed figure is an empty cell, its year
     * named in the row's note, so nothing hidden can be read from the sheet.
     */
    private static void yearly(Worksheet ws, String what, CrimeStatistics statistics,
            Function<CrimeStatisticsCell, String> label) {
        List<String> years = new ArrayList<>();
        Map<String, Map<String, CrimeStatisticsCell>> rows = new LinkedHashMap<>();
        for (CrimeStatisticsCell cell : statistics.cells()) {
            if (!years.contains(cell.period())) {
                years.add(cell.period());
            }
            rows.computeIfAbsent(label.apply(cell), k -> new LinkedHashMap<>()).put(cell.period(), cell);
        }
        ws.value(0, 0, what);
        ws.style(0, 0).bold().set();
        for (int y = 0; y < years.size(); y++) {
            ws.value(0, y + 1, years.get(y));
            ws.style(0, y + 1).bold().set();
        }
        ws.value(0, years.size() + 1, "Anmärkning");
        ws.style(0, years.size() + 1).bold().set();
        int row = 1;
        for (Map.Entry<String, Map<String, CrimeStatisticsCell>> r : rows.entrySet()) {
            ws.value(row, 0, r.getKey());
            List<String> hidden = new ArrayList<>();
            for (int y = 0; y < years.size(); y++) {
                CrimeStatisticsCell cell = r.getValue().get(years.get(y));
                if (cell == null) {
                    continue;
                }
                if (cell.suppressed() || cell.count() == null) {
                    hidden.add(years.get(y));
                } else {
                    ws.value(row, y + 1, cell.count());
                }
            }
            ws.value(row, years.size() + 1, (hidden.isEmpty() ? ""
                    : "Dolda: " + String.join(", ", hidden) + " (små tal, färre än " + statistics.threshold() + "). ")
                    + (statistics.exact() ? "" : "Avrundade siffror. ") + (statistics.demo() ? "Demodata." : ""));
            row++;
        }
    }

    private static void agreements(Worksheet ws, EvaluationContent c) {
        ReportXlsx.header(ws, "Åtagandenas status", "Antal");
        var counts = c.agreements().commitmentCounts();
        long[] numbers = { counts.notStarted(), counts.ongoing(), counts.fulfilled(), counts.notFulfilled() };
        se.varna.agreement.CommitmentStatus[] statuses = { se.varna.agreement.CommitmentStatus.notStarted,
                se.varna.agreement.CommitmentStatus.ongoing, se.varna.agreement.CommitmentStatus.fulfilled,
                se.varna.agreement.CommitmentStatus.notFulfilled };
        for (int r = 0; r < numbers.length; r++) {
            ws.value(r + 1, 0, ReportText.commitmentStatus(statuses[r]));
            ws.value(r + 1, 1, numbers[r]);
        }
        ws.value(numbers.length + 2, 0, "Överenskommelser som gällde under perioden");
        ws.style(numbers.length + 2, 0).bold().set();
        ws.value(numbers.length + 2, 1, c.agreements().total());
    }

    private static void effects(Worksheet ws, EvaluationContent c) {
        ReportXlsx.header(ws, "Insats", "Utfall", "Upplägg", "Skattning");
        int row = 1;
        if (c.evaluations() == null) {
            return;
        }
        for (ReportEvaluation e : c.evaluations()) {
            ws.value(row, 0, e.measureTitle());
            ws.value(row, 1, e.outcome().sv());
            ws.value(row, 2, e.retrospective() ? "Efterhandsbedömning" : "Förhandsregistrerad");
            ws.value(row, 3, e.sentence().sv());
            row++;
        }
    }
}
