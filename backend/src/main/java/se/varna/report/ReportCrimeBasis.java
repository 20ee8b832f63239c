package se.varna.report;

import java.util.List;

import se.varna.crimestatistics.CrimeAnswer.CellBasis;

/**
 * What publishing a report's crime figures needs besides the exact figures: per cell of each
 * crime table, in its order, the cell keys and delivering organisation (see
 * {@link se.varna.crimestatistics.CrimeAnswer}). Frozen with the content at approval, never
 * answered.
 */
public record ReportCrimeBasis(List<CellBasis> byDistrict, List<CellBasis> bySex, List<CellBasis> byAgeGroup) {
}
