package se.varna.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import se.varna.area.AreaDtos.AreaSummary;
import se.varna.common.csv.CsvExport;
import se.varna.measure.MeasureDtos.MeasurePage;
import se.varna.measure.MeasureDtos.MeasureSummary;

/**
 * A page of the measure list as CSV, one line per measure, with the list's fields as the JSON
 * answer has them: the responsible organisation by code, the goals by number and the districts
 * by code (each list separated by spaces), the latest progress update flattened. The page is the
 * JSON answer's page: the same filters, sort, {@code limit} and {@code offset}, and for
 * anonymous readers the same published measures only.
 */
@ApplicationScoped
public class MeasuresCsv implements CsvExport<MeasurePage> {

    private static final List<String> HEADER = List.of("id", "title", "responsibleOrganisation", "goals", "districts",
            "status", "preventionType", "preventionLevel", "startDate", "endDate", "published", "demo",
            "lastUpdateDate", "lastUpdateAssessment", "needsFollowUp");

    @Override
    public Class<MeasurePage> answerType() {
        return MeasurePage.class;
    }

    @Override
    public String fileName(MeasurePage answer) {
        return "measures.csv";
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<List<Object>> rows(MeasurePage answer) {
        List<List<Object>> rows = new ArrayList<>(answer.items().size());
        for (MeasureSummary m : answer.items()) {
            rows.add(Arrays.asList(m.id(), m.title(),
                    m.responsibleOrganisation() == null ? null : m.responsibleOrganisation().code(),
                    m.goals().stream().map(g -> String.valueOf(g.number())).collect(Collectors.joining(" ")),
                    m.districts().stream().map(AreaSummary::code).collect(Collectors.joining(" ")),
                    m.status(), m.preventionType(), m.preventionLevel(), m.startDate(), m.endDate(), m.published(),
                    m.demo(), m.lastUpdate() == null ? null : m.lastUpdate().date(),
                    m.lastUpdate() == null ? null : m.lastUpdate().assessment(), m.needsFollowUp()));
        }
        return rows;
    }
}
