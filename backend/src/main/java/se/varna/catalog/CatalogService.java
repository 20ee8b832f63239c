package se.varna.catalog;

import java.net.URI;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.varna.catalog.RdfGraph.Node;
import se.varna.common.Municipality;
import se.varna.common.VarnaConfig;
import se.varna.indicator.Period;
import se.varna.policy.PolicyPeriod;

/**
 * The open-data catalogue (DCAT-AP-SE): one dataset per family of public figures — indicator
 * values, crime statistics, measures, adopted reports and plans — each with distributions that
 * point at the public operations answering them as CSV and JSON, under the addresses the caller
 * reached the service at. Publisher, place and contact come from the configuration and the area
 * tree, never from code.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogService {

    static final String CSV = "text/csv";
    static final String JSON = "application/json";

    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String IANA = "http://www.iana.org/assignments/media-types/";

    @Inject
    EntityManager em;

    @Inject
    Municipality municipality;

    @Inject
    VarnaConfig config;

    /** One indicator with the span of its recorded values (null when it has none). */
    record IndicatorSpan(long id, String code, String nameSv, String nameEn, LocalDate first, LocalDate last) {
    }

    /** The catalogue as a graph, its IRIs under {@code base} (the service's address, ending in '/'). */
    RdfGraph catalog(URI base) {
        String api = base.resolve("api/v1/").toString();
        String self = api + "catalog";
        String place = placeName();
        RdfGraph g = new RdfGraph();

        VarnaConfig.OpenData open = config.openData();
        String publisherName = open.publisherName().orElse(place);
        Node publisher = g.node(open.publisherUri().orElse(self + "#publisher")).type("foaf:Agent")
                .plain("foaf:name", publisherName)
                .iri("dct:type", "http://purl.org/adms/publishertype/LocalAuthority");
        g.node("http://purl.org/adms/publishertype/LocalAuthority").type("skos:Concept")
                .text("skos:prefLabel", "Local Authority", "en");
        Node contact = g.node(self + "#contact").type("vcard:Organization").type("vcard:Kind")
                .plain("vcard:fn", open.contactName().orElse(publisherName))
                .iri("vcard:hasEmail", "mailto:" + open.contactEmail());
        Node licence = g.node(open.licence()).type("dct:LicenseDocument");
        Node spatial = g.node(open.spatialUri().orElse(self + "#area-" + municipality.code())).type("dct:Location")
                .text("skos:prefLabel", place, "sv");
        Node swedish = language(g, "SWE");
        Node english = language(g, "ENG");

        Node catalog = g.node(self).type("dcat:Catalog")
                .text("dct:title", "Värna: öppna data om trygghetsskapande och brottsförebyggande arbete, " + place, "sv")
                .text("dct:title", "Värna: open data on safety and crime prevention, " + place, "en")
                .text("dct:description", "Offentliga siffror om uppföljningen av policyn för trygghetsskapande och "
                        + "brottsförebyggande arbete: indikatorer, anmälda brott (små tal röjandeskyddade), insatser "
                        + "och antagna rapporter och planer.", "sv")
                .text("dct:description", "Public figures following up the policy for safety and crime prevention: "
                        + "indicators, reported crimes (small counts protected), measures and adopted reports and "
                        + "plans.", "en")
                .ref("dct:publisher", publisher).ref("dct:license", licence)
                .ref("dct:language", swedish).ref("dct:language", english).ref("dct:spatial", spatial)
                .iri("foaf:homepage", base.toString())
                .typed("dct:modified", LocalDate.now().toString(), "xsd:date");
        g.node(base.toString()).type("foaf:Document");
        g.node(EU + "data-theme").type("skos:ConceptScheme").text("dct:title", "Data theme", "en");
        catalog.iri("dcat:themeTaxonomy", EU + "data-theme");

        Context c = new Context(g, self, publisher, contact, licence, spatial, swedish);

        List<IndicatorSpan> indicators = indicators();
        Node values = c.dataset("indicator-values", "Indikatorvärden", "Indicator values",
                "Policyns indikatorer med värden per period, område, kön och åldersgrupp, mål och status. "
                        + "Enkätvärden för små grupper döljs eller avrundas.",
                "The policy's indicators with values by period, area, sex and age group, targets and status. "
                        + "Survey values of small groups are hidden or rounded.",
                "ANNUAL", first(indicators.stream().map(IndicatorSpan::first).toList()),
                last(indicators.stream().map(IndicatorSpan::last).toList()), "indikatorer", "indicators");
        for (IndicatorSpan i : indicators) {
            String url = api + "indicators/" + i.id() + "/values";
            c.distribution(values, "indicator-values-" + i.id() + "-csv", url, CSV,
                    i.nameSv() + " (" + i.code() + "), CSV", i.nameEn() + " (" + i.code() + "), CSV");
            c.distribution(values, "indicator-values-" + i.id() + "-json", url, JSON,
                    i.nameSv() + " (" + i.code() + "), JSON", i.nameEn() + " (" + i.code() + "), JSON");
        }
        catalog.ref("dcat:dataset", values);

        LocalDate[] crimeSpan = span("select min(month), max(month) from crime_fact");
        Node crime = c.dataset("crime-statistics", "Anmälda brott", "Reported crimes",
                "Anmälda brott per månad, område, brottskategori, kön och åldersgrupp, som antal eller per "
                        + "invånare. Varje publicerat tal är röjandeskyddat (cell-key-metoden); små tal döljs.",
                "Reported crimes by month, area, crime category, sex and age group, as counts or per "
                        + "inhabitants. Every published figure is protected (the cell-key method); small counts are "
                        + "suppressed.",
                "MONTHLY", crimeSpan[0], crimeSpan[1] == null ? null : crimeSpan[1].plusMonths(1).minusDays(1),
                "brottsstatistik", "crime statistics");
        c.distribution(crime, "crime-statistics-csv", api + "crime-statistics", CSV, "Anmälda brott, CSV",
                "Reported crimes, CSV");
        c.distribution(crime, "crime-statistics-json", api + "crime-statistics", JSON, "Anmälda brott, JSON",
                "Reported crimes, JSON");
        catalog.ref("dcat:dataset", crime);

        LocalDate[] measureSpan = span("select min(start_date), max(coalesce(end_date, start_date)) from measure "
                + "where published");
        Node measures = c.dataset("measures", "Insatser", "Measures",
                "Publicerade trygghetsskapande och brottsförebyggande insatser: ansvarig organisation, mål, "
                        + "stadsdelar, status och senaste uppföljning.",
                "Published measures for safety and crime prevention: responsible organisation, goals, districts, "
                        + "status and latest follow-up.",
                "UPDATE_CONT", measureSpan[0], measureSpan[1], "insatser", "measures");
        c.distribution(measures, "measures-csv", api + "measures", CSV, "Insatser, CSV", "Measures, CSV");
        c.distribution(measures, "measures-json", api + "measures", JSON, "Insatser, JSON", "Measures, JSON");
        catalog.ref("dcat:dataset", measures);

        LocalDate[] reportSpan = reportSpan();
        Node reports = c.dataset("reports", "Antagna rapporter och planer", "Adopted reports and plans",
                "Godkända lägesrapporter (halvår) och antagna åtgärdsplaner, med sina siffror som de var när de "
                        + "godkändes.",
                "Approved half-yearly status reports and adopted action plans, with their figures as they were "
                        + "when approved.",
                "ANNUAL_2", reportSpan[0], reportSpan[1], "lägesrapporter", "status reports");
        c.distribution(reports, "reports-json", api + "reports", JSON, "Lägesrapporter, JSON", "Status reports, JSON");
        c.distribution(reports, "action-plans-json", api + "action-plans", JSON, "Åtgärdsplaner, JSON",
                "Action plans, JSON");
        catalog.ref("dcat:dataset", reports);
        return g;
    }

    /** What the datasets share, and how a dataset and a distribution are written. */
    private record Context(RdfGraph g, String self, Node publisher, Node contact, Node licence, Node spatial,
            Node swedish) {

        Node dataset(String key, String titleSv, String titleEn, String descriptionSv, String descriptionEn,
                String frequency, LocalDate start, LocalDate end, String keywordSv, String keywordEn) {
            Node frequencyNode = g.node(EU + "frequency/" + frequency).type("dct:Frequency");
            Node theme = g.node(EU + "data-theme/JUST").type("skos:Concept")
                    .text("skos:prefLabel", "Justice, legal system and public safety", "en")
                    .iri("skos:inScheme", EU + "data-theme");
            Node dataset = g.node(self + "#" + key).type("dcat:Dataset")
                    .text("dct:title", titleSv, "sv").text("dct:title", titleEn, "en")
                    .text("dct:description", descriptionSv, "sv").text("dct:description", descriptionEn, "en")
                    .ref("dct:publisher", publisher).ref("dcat:contactPoint", contact)
                    .ref("dcat:theme", theme).ref("dct:accrualPeriodicity", frequencyNode)
                    .ref("dct:spatial", spatial).ref("dct:language", swedish)
                    .text("dcat:keyword", keywordSv, "sv").text("dcat:keyword", keywordEn, "en")
                    .plain("dct:identifier", self + "#" + key);
            if (start != null && end != null) {
                Node period = g.node(self + "#" + key + "-period").type("dct:PeriodOfTime")
                        .typed("dcat:startDate", start.toString(), "xsd:date")
                        .typed("dcat:endDate", end.toString(), "xsd:date");
                dataset.ref("dct:temporal", period);
            }
            return dataset;
        }

        void distribution(Node dataset, String key, String url, String mediaType, String titleSv, String titleEn) {
            String format = CSV.equals(mediaType) ? "CSV" : "JSON";
            Node formatNode = g.node(EU + "file-type/" + format).type("dct:MediaTypeOrExtent");
            Node mediaTypeNode = g.node(IANA + mediaType).type("dct:MediaType");
            Node distribution = g.node(self + "#" + key).type("dcat:Distribution")
                    .text("dct:title", titleSv, "sv").text("dct:title", titleEn, "en")
                    .text("dct:description", CSV.equals(mediaType)
                            ? "Fråga med Accept: text/csv (eller text/csv;delimiter=semicolon för svensk Excel)."
                            : "Fråga med Accept: application/json.", "sv")
                    .iri("dcat:accessURL", url).iri("dcat:downloadURL", url)
                    .ref("dct:format", formatNode).ref("dcat:mediaType", mediaTypeNode)
                    .ref("dct:license", licence);
            dataset.ref("dcat:distribution", distribution);
        }
    }

    private static Node language(RdfGraph g, String code) {
        return g.node(EU + "language/" + code).type("dct:LinguisticSystem");
    }

    /** The municipality's name: the root area's. */
    private String placeName() {
        return (String) em.createNativeQuery("select name from area where code = :code")
                .setParameter("code", municipality.code()).getSingleResult();
    }

    private List<IndicatorSpan> indicators() {
        List<?> rows = em.createNativeQuery("select i.id, i.code, i.name_sv, i.name_en, min(v.period_start), "
                + "max(v.period_end) from indicator i left join indicator_value v on v.indicator_id = i.id "
                + "group by i.id, i.code, i.name_sv, i.name_en order by i.code").getResultList();
        List<IndicatorSpan> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new IndicatorSpan(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    date(r[4]), date(r[5])));
        }
        return result;
    }

    private LocalDate[] span(String sql) {
        Object[] r = (Object[]) em.createNativeQuery(sql).getSingleResult();
        return new LocalDate[] { date(r[0]), date(r[1]) };
    }

    /**
     * From the first approved report's start to the last one's end: a half-year's, or an
     * evaluation's whole policy period ({@code 2020-2025}).
     */
    private LocalDate[] reportSpan() {
        LocalDate first = null;
        LocalDate last = null;
        for (Object row : em.createNativeQuery("select distinct period from report where status = 'approved'")
                .getResultList()) {
            LocalDate[] span = reportPeriod((String) row);
            first = first == null || span[0].isBefore(first) ? span[0] : first;
            last = last == null || span[1].isAfter(last) ? span[1] : last;
        }
        return new LocalDate[] { first, last };
    }

    /** A report's period as first and last day: a half-year ({@code 2025H2}) or a policy period ({@code 2020-2025}). */
    static LocalDate[] reportPeriod(String period) {
        Optional<PolicyPeriod> policy = PolicyPeriod.parse(period);
        if (policy.isPresent()) {
            return new LocalDate[] { policy.get().firstDay(), policy.get().lastDay() };
        }
        Period half = Period.of(period);
        return new LocalDate[] { half.start(), half.end() };
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return value instanceof LocalDate d ? d : null;
    }

    private static LocalDate first(List<LocalDate> dates) {
        return dates.stream().filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate last(List<LocalDate> dates) {
        return dates.stream().filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
    }
}
