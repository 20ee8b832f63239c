package se.varna.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A split an indicator's values support. Constant names are the API's and the database's values.
 */
@Schema(name = "Disaggregation", description = "A split an indicator's values support.")
public enum Disaggregation {
    area, sex, ageGroup
}
