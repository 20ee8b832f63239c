package se.varna.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import se.varna.common.document.export.XhtmlDocument;
import se.varna.crimestatistics.CrimeDtos.CrimeFigure;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.indicator.IndicatorStatus;
import se.varna.report.ReportDtos.ReportTrend;

/** Words and number formats shared by the PDF and the XLSX exports (Swedish). */
final class ReportText {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportText() {
    }

    static String number(Double value) {
        return XhtmlDocument.number(value);
    }

    static String count(Long value) {
        return value == null ? "–" : number(value.doubleValue());
    }

    static String dateTime(OffsetDateTime t) {
        return t == null ? "" : DATE_TIME.format(t.atZoneSameInstant(STOCKHOLM));
    }

    static String status(IndicatorStatus s) {
        if (s == null) {
            return "Inget värde";
        }
        return switch (s) {
            case onTrack -> "I fas (+)";
            case atRisk -> "Risk (!)";
            case offTrack -> "Ur fas (x)";
            case noTarget -> "Inget målvärde";
            case unknown -> "Okänt (värdet dolt)";
        };
    }

    static String trend(ReportTrend t) {
        return switch (t) {
            case improving -> "Förbättras";
            case worsening -> "Försämras";
            case unchanged -> "Oförändrad";
            case unknown -> "Okänd";
        };
    }

    static String commitmentStatus(se.varna.agreement.CommitmentStatus s) {
        return switch (s) {
            case notStarted -> "Ej påbörjat";
            case ongoing -> "Pågår";
            case fulfilled -> "Uppfyllt";
            case notFulfilled -> "Ej uppfyllt";
        };
    }

    static String agreementType(se.varna.agreement.AgreementType t) {
        return switch (t) {
            case citizenPromise -> "Medborgarlöfte";
            case collaborationAgreement -> "Samverkansöverenskommelse";
        };
    }

    static String commitmentCounts(se.varna.agreement.AgreementDtos.CommitmentCounts c) {
        return "Ej påbörjade: " + c.notStarted() + ", pågår: " + c.ongoing() + ", uppfyllda: " + c.fulfilled()
                + ", ej uppfyllda: " + c.notFulfilled();
    }

    static String sex(String code) {
        return switch (code == null ? "" : code) {
            case "female" -> "Kvinnor";
            case "male" -> "Män";
            // reports approved before the rename name the bucket total (CrimeBuckets)
            case "notRecorded", "total" -> "Uppgift saknas";
            case "all" -> "Totalt";
            default -> String.valueOf(code);
        };
    }

    static String followUp(se.varna.actionplan.ActionPlanDtos.FollowUpStatus status) {
        return switch (status) {
            case onTrack -> "Enligt plan";
            case atRisk -> "Risk för avvikelse";
            case offTrack -> "Avviker";
            case notStarted -> "Ingen uppföljning än";
            case noMeasures -> "Saknar insatser";
        };
    }

    static String trend(se.varna.actionplan.ActionPlanDtos.ResultTrend trend) {
        return switch (trend) {
            case improving -> "Förbättras";
            case worsening -> "Försämras";
            case unchanged -> "Oförändrat";
            case unknown -> "Okänt";
        };
    }

    static String ageGroup(String code) {
        return switch (code == null ? "" : code) {
            case "notRecorded", "total" -> "Uppgift saknas";
            case "all" -> "Totalt";
            case "65plus" -> "65 år och äldre";
            default -> code + " år";
        };
    }

    static String areaName(CrimeStatistics statistics, String code) {
        return statistics.areas().stream().filter(a -> a.code().equals(code)).map(a -> a.name()).findFirst()
                .orElse(code);
    }

    /** A category's or group's Swedish name as the answer carries it; its code when the answer has none. */
    static String categoryName(CrimeStatistics statistics, String code) {
        return statistics.categories().stream().filter(c -> c.code().equals(code)).map(c -> c.name().sv())
                .findFirst().orElse(code);
    }

    /** An indicator value as a table shows it: "dold" when suppressed for the reader, "ca" before a rounded one. */
    static String observation(se.varna.indicator.IndicatorValueDtos.Observation o) {
        return switch (o.disclosure() == null ? se.varna.disclosure.Disclosure.exact : o.disclosure()) {
            case suppressed -> "dold";
            case rounded, perturbed -> "ca " + number(o.value());
            case exact -> number(o.value());
        };
    }

    /** A crime figure as a table shows it: the count, or "–" when suppressed or missing. */
    static String figure(CrimeFigure f) {
        if (f == null) {
            return "–";
        }
        return f.suppressed() ? "dold" : count(f.count());
    }

    static String cellCount(Long count, boolean suppressed) {
        return suppressed ? "dold" : count(count);
    }
}
