package se.varna.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a computed indicator's values are computed from. Constant names are the API's and the
 * database's values.
 */
@Schema(name = "IndicatorComputation", description = "What a computed indicator's values are computed from: "
        + "`crimeStatistics`, the reported crimes of a category or group, counted or per 1 000 / 100 000 "
        + "inhabitants as the indicator's unit says.")
public enum IndicatorComputation {
    crimeStatistics
}
