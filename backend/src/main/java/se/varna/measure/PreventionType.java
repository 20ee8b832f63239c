package se.varna.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Social prevention works on people's conditions, situational prevention on places and opportunities. Constant names are the API's values.
 */
@Schema(name = "PreventionType", description = "Social prevention works on people's conditions, situational prevention on places and opportunities.")
public enum PreventionType {
    social,
    situational
}
