package se.varna.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a change to a measure did. Constant names are the API's values.
 */
@Schema(name = "HistoryAction", description = "What a change to a measure did.")
public enum HistoryAction {
    created,
    updated,
    progressUpdateAdded,
    progressUpdateChanged,
    progressUpdateRemoved
}
