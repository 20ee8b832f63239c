package se.varna.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.varna.crimestatistics.CrimeDtos.CrimeFigure;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.measure.MeasureDtos.MeasureSummary;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisSummary;
import se.varna.report.ReportDtos.ReportAgreement;
import se.varna.report.ReportDtos.ReportCommitment;
import se.varna.report.ReportDtos.ReportContent;
import se.varna.report.ReportDtos.ReportCount;
import se.varna.report.ReportDtos.ReportGoal;
import se.varna.report.ReportDtos.ReportIndicator;
import se.varna.report.ReportDtos.ReportView;

/**
 * Writes a report's tables as an XLSX workbook (fastexcel), one sheet per table. A suppressed
 * crime figure is an empty cell with "dold" in the next column; numbers are numbers.
 */
final class ReportXlsx {

    private ReportXlsx() {
    }

    static byte[] write(ReportView report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Varna", "1.0");
            ReportContent c = report.content();
            wb.properties().setTitle("Lägesrapport " + report.period());

            Worksheet about = wb.newWorksheet("Rapport");
            String[][] meta = {
                    { "Lägesrapport", report.period() },
                    { "Period", c.from() + " – " + c.to() },
                    { "Status", report.status() == ReportStatus.approved ? "Godkänd" : "Utkast" },
                    { "Godkänd", ReportText.dateTime(report.approvedAt()) },
                    { "Godkänd av", report.approvedBy() == null ? "" : report.approvedBy() },
                    { "Data hämtade", ReportText.dateTime(c.builtAt()) },
                    { "Exakta siffror", report.exact() ? "Ja" : "Nej, avrundade och små tal dolda" },
                    { "Samordnarens berättelse", report.sections().narrative() },
                    { "Lägesbild", report.sections().situation() },
                    { "Åtgärdsplan", report.sections().actionPlan() } };
            for (int r = 0; r < meta.length; r++) {
                about.value(r, 0, meta[r][0]);
                about.style(r, 0).bold().set();
                about.value(r, 1, meta[r][1]);
            }

            Worksheet ind = wb.newWorksheet("Indikatorer");
            header(ind, "Mål", "Målets titel", "Indikator", "Kod", "Senaste period", "Senaste värde", "Baslinjeperiod",
                    "Baslinje", "Målår", "Målvärde", "Trend", "Status");
            int row = 1;
            for (ReportGoal g : c.goals()) {
                for (ReportIndicator i : g.indicators()) {
                    var s = i.series();
                    ind.value(row, 0, g.goal().number());
                    ind.value(row, 1, g.goal().title().sv());
                    ind.value(row, 2, i.indicator().name().sv());
                    ind.value(row, 3, i.indicator().code());
                    if (s != null) {
                        ind.value(row, 4, s.latest().period());
                        if (s.latest().value() != null && s.latest().disclosure() != se.varna.disclosure.Disclosure.rounded) {
                            ind.value(row, 5, s.latest().value());
                        } else {
                            ind.value(row, 5, ReportText.observation(s.latest()));
                        }
                    }
                    if (i.baseline() != null) {
                        ind.value(row, 6, i.baseline().period());
                        ind.value(row, 7, i.baseline().value());
                    }
                    if (s != null && s.target() != null) {
                        ind.value(row, 8, s.target().year());
                        ind.value(row, 9, s.target().value());
                    }
                    ind.value(row, 10, ReportText.trend(i.trend()));
                    ind.value(row, 11, s == null ? "Inget värde" : ReportText.status(s.status()));
                    row++;
                }
            }

            crime(wb.newWorksheet("Brott per område"), "Område", c.crime().byDistrict(),
                    cell -> ReportText.areaName(c.crime().byDistrict(), cell.area()));
            crime(wb.newWorksheet("Brott per kön"), "Kön", c.crime().bySex(), cell -> ReportText.sex(cell.sex()));
            crime(wb.newWorksheet("Brott per åldersgrupp"), "Åldersgrupp", c.crime().byAgeGroup(),
                    cell -> ReportText.ageGroup(cell.ageGroup()));

            counts(wb.newWorksheet("Insatser per status"), "Status", c.measures().byStatus());
            counts(wb.newWorksheet("Insatser per mål"), "Mål", c.measures().byGoal());
            counts(wb.newWorksheet("Insatser per preventionstyp"), "Preventionstyp", c.measures().byPreventionType());
            counts(wb.newWorksheet("Insatser per preventionsnivå"), "Preventionsnivå",
                    c.measures().byPreventionLevel());

            Worksheet lacking = wb.newWorksheet("Utan uppföljning");
            header(lacking, "Insats", "Ansvarig", "Status", "Senaste uppföljning");
            row = 1;
            for (MeasureSummary m : c.measures().lackingUpdates()) {
                lacking.value(row, 0, m.title());
                lacking.value(row, 1, m.responsibleOrganisation().name().sv());
                lacking.value(row, 2, ReportContentBuilder.Labels.status(m.status()).sv());
                lacking.value(row, 3, m.lastUpdate() == null ? "Ingen" : m.lastUpdate().date().toString());
                row++;
            }
            Worksheet agreements = wb.newWorksheet("Åtaganden");
            header(agreements, "Överenskommelse", "Typ", "Område", "Från", "Till", "Åtagande", "Ansvarig", "Status",
                    "Kommentar");
            row = 1;
            if (c.agreements() != null) {
                for (ReportAgreement a : c.agreements().items()) {
                    for (ReportCommitment commitment : a.commitments()) {
                        agreements.value(row, 0, a.agreement().title());
                        agreements.value(row, 1, ReportText.agreementType(a.agreement().type()));
                        agreements.value(row, 2, a.agreement().area().name());
                        agreements.value(row, 3, a.agreement().startDate().toString());
                        agreements.value(row, 4, a.agreement().endDate() == null ? "" : a.agreement().endDate().toString());
                        agreements.value(row, 5, commitment.text());
                        agreements.value(row, 6, commitment.responsibleOrganisation().name().sv());
                        agreements.value(row, 7, ReportText.commitmentStatus(commitment.status()));
                        agreements.value(row, 8, commitment.statusComment() == null ? "" : commitment.statusComment());
                        row++;
                    }
                }
            }

            Worksheet analyses = wb.newWorksheet("Trygghetsanalyser");
            header(analyses, "Stadsdel", "Datum", "Titel", "Bedömda faktorer", "Höga risker", "Platser", "Insatser");
            row = 1;
            if (c.safetyAnalyses() != null) {
                for (SafetyAnalysisSummary a : c.safetyAnalyses()) {
                    analyses.value(row, 0, a.area().name());
                    analyses.value(row, 1, a.date().toString());
                    analyses.value(row, 2, a.title());
                    analyses.value(row, 3, a.factorCount());
                    analyses.value(row, 4, a.highRiskCount());
                    analyses.value(row, 5, a.placeCount());
                    analyses.value(row, 6, a.measureCount());
                    row++;
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Bold column names in the sheet's first row; also the evaluation's ({@link EvaluationXlsx}). */
    static void header(Worksheet ws, String... names) {
        for (int i = 0; i < names.length; i++) {
            ws.value(0, i, names[i]);
            ws.style(0, i).bold().set();
        }
    }

    private static void crime(Worksheet ws, String what, CrimeStatistics statistics,
            Function<CrimeStatisticsCell, String> label) {
        header(ws, what, "Antal", "Föregående halvår", "Antal föregående halvår", "Samma halvår året innan",
                "Antal samma halvår året innan", "Anmärkning");
        int row = 1;
        for (CrimeStatisticsCell cell : statistics.cells()) {
            ws.value(row, 0, label.apply(cell));
            if (cell.count() != null) {
                ws.value(row, 1, cell.count());
            }
            figure(ws, row, 2, cell.previous());
            figure(ws, row, 4, cell.yearEarlier());
            boolean hidden = cell.suppressed() || (cell.previous() != null && cell.previous().suppressed())
                    || (cell.yearEarlier() != null && cell.yearEarlier().suppressed());
            boolean perturbed = !statistics.exact();
            ws.value(row, 6, (hidden ? "Små tal dolda (färre än " + statistics.threshold() + "). " : "")
                    + (perturbed ? "Avrundade siffror. " : "") + (statistics.demo() ? "Demodata." : ""));
            row++;
        }
    }

    private static void figure(Worksheet ws, int row, int col, CrimeFigure f) {
        if (f == null) {
            return;
        }
        ws.value(row, col, f.period());
        if (f.count() != null) {
            ws.value(row, col + 1, f.count());
        }
    }

    /** A table of labelled counts (measures by status, type, …); also the evaluation's. */
    static void counts(Worksheet ws, String what, List<ReportCount> counts) {
        header(ws, what, "Antal");
        int row = 1;
        for (ReportCount x : counts) {
            ws.value(row, 0, x.label().sv());
            ws.value(row, 1, x.count());
            row++;
        }
    }
}
