package se.varna.crimestatistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import se.varna.common.csv.CsvExport;
import se.varna.crimestatistics.CrimeDtos.CrimeFigure;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsArea;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;

/**
 * The cells of a crime-statistics answer as CSV, one line per cell, with the cell's fields as
 * the JSON answer has them (the previous and year-earlier figures flattened into columns of
 * their own) plus the area's name and the answer's measure. It writes the answer the service
 * gave, disclosure control included: each figure's {@code disclosure} (exact, perturbed,
 * suppressed) as in JSON, and a suppressed figure has empty {@code count} and {@code value},
 * {@code suppressed} true and its {@code suppressionReason}.
 */
@ApplicationScoped
public class CrimeStatisticsCsv implements CsvExport<CrimeStatistics> {

    private static final List<String> HEADER = List.of("area", "areaName", "category", "period", "sex", "ageGroup",
            "measure", "count", "value", "disclosure", "suppressed", "suppressionReason", "population",
            "populationYear", "previousPeriod", "previousCount", "previousValue", "previousDisclosure",
            "previousSuppressed", "previousSuppressionReason", "yearEarlierPeriod", "yearEarlierCount",
            "yearEarlierValue", "yearEarlierDisclosure", "yearEarlierSuppressed", "yearEarlierSuppressionReason");

    @Override
    public Class<CrimeStatistics> answerType() {
        return CrimeStatistics.class;
    }

    @Override
    public String fileName(CrimeStatistics answer) {
        return "crime-statistics-" + answer.from() + "-" + answer.to() + ".csv";
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<List<Object>> rows(CrimeStatistics answer) {
        Map<String, String> areaNames = answer.areas().stream()
                .collect(Collectors.toMap(CrimeStatisticsArea::code, CrimeStatisticsArea::name, (a, b) -> a));
        List<List<Object>> rows = new ArrayList<>(answer.cells().size());
        for (CrimeStatisticsCell cell : answer.cells()) {
            List<Object> row = new ArrayList<>(HEADER.size());
            row.addAll(Arrays.asList(cell.area(), cell.area() == null ? null : areaNames.get(cell.area()),
                    cell.category(), cell.period(), cell.sex(), cell.ageGroup(), answer.measure(), cell.count(),
                    cell.value(), cell.disclosure(), cell.suppressed(), cell.suppressionReason(), cell.population(),
                    cell.populationYear()));
            addFigure(row, cell.previous());
            addFigure(row, cell.yearEarlier());
            rows.add(row);
        }
        return rows;
    }

    /** A compared figure's six columns; all empty when the cell has none. */
    private static void addFigure(List<Object> row, CrimeFigure figure) {
        if (figure == null) {
            row.addAll(Arrays.asList(null, null, null, null, null, null));
        } else {
            row.addAll(Arrays.asList(figure.period(), figure.count(), figure.value(), figure.disclosure(),
                    figure.suppressed(), figure.suppressionReason()));
        }
    }
}
