package se.varna.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A progress update's red/amber/green assessment: on track (green), at risk (amber), off track (red). Constant names are the API's values.
 */
@Schema(name = "Assessment", description = "A progress update's red/amber/green assessment: on track (green), at risk (amber), off track (red).")
public enum Assessment {
    red,
    amber,
    green
}
