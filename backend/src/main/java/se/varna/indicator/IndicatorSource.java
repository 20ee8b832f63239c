package se.varna.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an indicator's figures come from. Constant names are the API's and the database's values.
 */
@Schema(name = "IndicatorSource", description = "Where an indicator's figures come from.")
public enum IndicatorSource {
    kolada, bra, police, residentSurvey, schoolSurvey, municipality
}
