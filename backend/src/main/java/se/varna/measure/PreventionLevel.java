package se.varna.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Primary prevention reaches everyone, secondary where risks exist, tertiary where a need is evident. Constant names are the API's values.
 */
@Schema(name = "PreventionLevel", description = "Primary prevention reaches everyone, secondary where risks exist, tertiary where a need is evident.")
public enum PreventionLevel {
    primary,
    secondary,
    tertiary
}
