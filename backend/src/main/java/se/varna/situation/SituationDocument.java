package se.varna.situation;

import java.util.ArrayList;
import java.util.List;

import se.varna.common.document.AdoptionStatus;
import se.varna.common.document.export.DocumentText;
import se.varna.common.document.export.XhtmlDocument;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.situation.SituationDtos.GoalIndicators;
import se.varna.situation.SituationDtos.IndicatorStatusView;
import se.varna.situation.SituationDtos.ProblemView;
import se.varna.situation.SituationDtos.SectionView;
import se.varna.situation.SituationDtos.SituationPictureView;

/**
 * A lägesbild as the document its PDF and DOCX exports render: the view the reader may read
 * (public parts only, every figure as the disclosure control published it for them), so the
 * documents show exactly what the JSON read shows.
 */
final class SituationDocument {

    private SituationDocument() {
    }

    static XhtmlDocument of(SituationPictureView p) {
        XhtmlDocument x = new XhtmlDocument("sv", p.title(), "lägesbild");
        x.meta("subject", "Lägesbild enligt lag (2023:196), " + p.from() + " – " + p.to());
        x.heading(1, p.title());
        x.paragraph("Lägesbild " + p.from() + " – " + p.to(), "subtitle");
        x.paragraph(DocumentText.adoption(p.decision(), p.status() == AdoptionStatus.adopted), "state");
        x.heading(2, "Analys");
        x.paragraphs(p.analysis());
        x.heading(2, "Problem");
        if (p.problems().isEmpty()) {
            x.paragraph("Inga problem.", null);
        }
        for (ProblemView problem : p.problems()) {
            x.heading(3, problem.title());
            x.paragraph("Prioritet: " + priority(problem.priority())
                    + (problem.sexes().isEmpty() ? "" : ". Kön: " + String.join(", ", problem.sexes().stream()
                            .map(s -> "female".equals(s) ? "kvinnor" : "män").toList()))
                    + (problem.ageGroups().isEmpty() ? "" : ". Ålder: " + String.join(", ", problem.ageGroups())),
                    null);
            x.paragraphs(problem.description());
        }
        x.heading(2, "Övrig information");
        if (p.sections().isEmpty()) {
            x.paragraph("Ingen övrig information.", null);
        }
        for (SectionView s : p.sections()) {
            x.heading(3, s.title());
            if (s.source() != null) {
                x.paragraph("Källa: " + s.source(), "note");
            }
            x.paragraphs(s.text());
        }
        if (p.mapping() != null) {
            mapping(x, p);
        }
        return x;
    }

    private static void mapping(XhtmlDocument x, SituationPictureView p) {
        x.heading(2, "Kartläggning");
        CrimeStatistics byDistrict = p.mapping().crimeByDistrict();
        if (!byDistrict.exact()) {
            x.paragraph("Siffror för allmänheten: små antal visas som \"dold\", övriga kan vara avrundade med en "
                    + "liten avvikelse.", "note");
        }
        x.heading(3, "Anmälda brott per område och brottsgrupp");
        List<String[]> rows = new ArrayList<>();
        for (CrimeStatisticsCell c : byDistrict.cells()) {
            rows.add(new String[] { name(byDistrict, c.area()) + ", " + category(byDistrict, c.category()),
                    count(c), c.suppressed() || c.value() == null ? "–" : XhtmlDocument.number(c.value()) });
        }
        x.table(new String[] { "Område och brottsgrupp", "Antal", "Per 1 000 invånare" }, new int[] { 60, 20, 20 },
                1, rows);
        CrimeStatistics trend = p.mapping().crimeTrend();
        x.heading(3, "Utveckling per år");
        List<String> trendLabels = new ArrayList<>();
        List<Double> trendCounts = new ArrayList<>();
        List<String[]> trendRows = new ArrayList<>();
        for (CrimeStatisticsCell c : trend.cells()) {
            trendLabels.add(c.period() + ", " + category(trend, c.category()));
            trendCounts.add(c.suppressed() || c.count() == null ? null : c.count().doubleValue());
            trendRows.add(new String[] { c.period() + ", " + category(trend, c.category()), count(c),
                    c.previous() == null || c.previous().suppressed() ? "–"
                            : XhtmlDocument.number(c.previous().count() == null ? null
                                    : c.previous().count().doubleValue()) });
        }
        x.figure("Anmälda brott i kommunen per år och brottsgrupp", trendLabels, trendCounts);
        x.table(new String[] { "År och brottsgrupp", "Antal", "Året innan" }, new int[] { 60, 20, 20 }, 1, trendRows);
        x.heading(3, "Indikatorer per mål");
        List<String[]> indicatorRows = new ArrayList<>();
        for (GoalIndicators g : p.mapping().goals()) {
            for (IndicatorStatusView i : g.indicators()) {
                var latest = i.series() == null ? null : i.series().latest();
                indicatorRows.add(new String[] { "Mål " + g.goal().number() + ": " + i.indicator().name().sv(),
                        latest == null ? "Inget värde" : observation(latest) + " (" + latest.period() + ")" });
            }
        }
        x.table(new String[] { "Indikator", "Senaste värde" }, new int[] { 70, 30 }, 1, indicatorRows);
    }

    static String priority(ProblemPriority p) {
        return switch (p) {
            case high -> "hög";
            case medium -> "medel";
            case low -> "låg";
        };
    }

    /** A published count: "dold" when the disclosure control suppressed it, "ca" before a perturbed one. */
    private static String count(CrimeStatisticsCell c) {
        if (c.suppressed() || c.count() == null) {
            return "dold";
        }
        String n = XhtmlDocument.number(c.count().doubleValue());
        return c.disclosure() == se.varna.disclosure.Disclosure.exact ? n : "ca " + n;
    }

    private static String observation(se.varna.indicator.IndicatorValueDtos.Observation o) {
        return switch (o.disclosure() == null ? se.varna.disclosure.Disclosure.exact : o.disclosure()) {
            case suppressed -> "dold";
            case rounded, perturbed -> "ca " + XhtmlDocument.number(o.value());
            case exact -> XhtmlDocument.number(o.value());
        };
    }

    private static String name(CrimeStatistics s, String area) {
        return s.areas().stream().filter(a -> a.code().equals(area)).map(a -> a.name()).findFirst()
                .orElse(String.valueOf(area));
    }

    private static String category(CrimeStatistics s, String code) {
        return s.categories().stream().filter(c -> c.code().equals(code)).map(c -> c.name().sv()).findFirst()
                .orElse(String.valueOf(code));
    }
}
