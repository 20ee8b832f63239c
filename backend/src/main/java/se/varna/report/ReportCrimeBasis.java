package se.varna.report;

import java.util.List;

import se.varna.crimestatistics.CrimeAnswer.CellBasis;
import se.varna.report.ReportDtos.ReportEvaluation;

/**
 * What publishing a report's figures needs besides the exact content: per cell of each crime
 * table, in its order, the cell keys and delivering organisation (see
 * {@link se.varna.crimestatistics.CrimeAnswer}); and the effect follow-ups as a reader without
 * exact figures sees them (an estimate's disclosure rests on the monthly counts behind it, which
 * the content does not hold; null for reports approved before they were kept). Frozen with the
 * content at approval, never answered.
 */
public record ReportCrimeBasis(List<CellBasis> byDistrict, List<CellBasis> bySex, List<CellBasis> byAgeGroup,
        List<ReportEvaluation> publicEvaluations) {
}
