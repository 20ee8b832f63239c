package se.varna.crimestatistics;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * What the crime statistics hold: the first and last month any source delivered (null when
 * none), when a delivery was last imported, and whether any of them is demo data. Figures
 * computed from the crime statistics elsewhere (computed indicators) take their freshness
 * from it.
 */
public record CrimeCoverage(YearMonth first, YearMonth last, OffsetDateTime lastImported, boolean demo) {

    public static final CrimeCoverage NONE = new CrimeCoverage(null, null, null, false);
}
