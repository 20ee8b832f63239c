package se.varna.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether a higher or a lower value is better. Constant names are the API's and the database's values.
 */
@Schema(name = "IndicatorDirection", description = "Whether a higher or a lower value is better.")
public enum IndicatorDirection {
    higherIsBetter, lowerIsBetter
}
