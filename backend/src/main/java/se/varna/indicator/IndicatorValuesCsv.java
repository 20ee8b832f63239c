package se.varna.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import se.varna.common.csv.CsvExport;
import se.varna.indicator.IndicatorValueDtos.Observation;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.indicator.IndicatorValueDtos.SeriesAnswer;

/**
 * An indicator's series as CSV in the import's own columns, one line per value, so that a
 * downloaded file can be corrected and imported again ({@code POST /api/v1/indicator-values/imports}
 * reads both dialects).
 */
@ApplicationScoped
public class IndicatorValuesCsv implements CsvExport<SeriesAnswer> {

    private static final List<String> HEADER = Stream
            .concat(IndicatorValueImportService.REQUIRED.stream(), IndicatorValueImportService.OPTIONAL.stream())
            .toList();

    @Override
    public Class<SeriesAnswer> answerType() {
        return SeriesAnswer.class;
    }

    @Override
    public String fileName(SeriesAnswer answer) {
        return "indicator-" + answer.indicator().code() + ".csv";
    }

    /** indicator, period, area, sex, ageGroup, value, numerator, denominator, status, source, disclosure. */
    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<List<Object>> rows(SeriesAnswer answer) {
        List<List<Object>> rows = new ArrayList<>();
        for (Series series : answer.series()) {
            for (Observation o : series.observations()) {
                rows.add(Arrays.asList(answer.indicator().code(), o.period(), series.area().code(),
                        series.sex(), series.ageGroup(), o.value(), o.numerator(), o.denominator(), o.status(),
                        o.source(), o.disclosure()));
            }
        }
        return rows;
    }
}
