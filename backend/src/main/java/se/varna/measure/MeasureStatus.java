package se.varna.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a measure stands. Constant names are the API's values.
 */
@Schema(name = "MeasureStatus", description = "Where a measure stands.")
public enum MeasureStatus {
    planned,
    ongoing,
    completed,
    cancelled
}
