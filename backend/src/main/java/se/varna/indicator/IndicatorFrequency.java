package se.varna.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How often an indicator's values are reported. Constant names are the API's and the database's values.
 */
@Schema(name = "IndicatorFrequency", description = "How often an indicator's values are reported.")
public enum IndicatorFrequency {
    yearly, halfYearly, quarterly, monthly
}
