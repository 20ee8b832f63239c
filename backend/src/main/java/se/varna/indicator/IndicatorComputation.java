package se.varna.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a computed indicator's values are computed from. Constant names are the API's and the
 * database's values.
 */
@Schema(name = "IndicatorComputation", description = "What a computed indicator's values are computed from: "
        + "`crimeStatistics`, the reported crimes of a category or group, counted or per 1 000 / 100 000 "
        + "inhabitants as the indicator's unit says; `agreementCommitments`, the share (percent) of the "
        + "commitments of the agreements in force that are fulfilled or ongoing at each period's end (today, "
        + "for the period under way, marked preliminary), for the municipality as a whole.")
public enum IndicatorComputation {
    crimeStatistics, agreementCommitments
}
