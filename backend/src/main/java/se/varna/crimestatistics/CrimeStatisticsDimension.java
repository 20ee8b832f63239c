package se.varna.crimestatistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dimension crime statistics can be split by. Constant names are the API's values.
 */
@Schema(name = "CrimeStatisticsDimension", description = "A dimension to split crime statistics by.")
public enum CrimeStatisticsDimension {
    area, category, month, quarter, halfYear, year, sex, ageGroup;

    /** Months in one period of a time dimension; 0 for the others. */
    int months() {
        return switch (this) {
            case month -> 1;
            case quarter -> 3;
            case halfYear -> 6;
            case year -> 12;
            default -> 0;
        };
    }

    boolean isTime() {
        return months() > 0;
    }
}
