package se.varna.crimestatistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a figure is not shown. Constant names are the API's values.
 */
@Schema(name = "CrimeSuppressionReason", description = "`smallCount`: the figure is above 0 and below the "
        + "threshold. `secondary`: suppressed so that a small count cannot be worked out from totals or differences.")
public enum CrimeSuppressionReason {
    smallCount, secondary
}
