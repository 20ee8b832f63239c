package se.varna.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Unit of an indicator's values. Constant names are the API's and the database's values.
 */
@Schema(name = "IndicatorUnit", description = "Unit of an indicator's values.")
public enum IndicatorUnit {
    percent, count, ratePer1000, ratePer100k, index
}
