package se.varna.crimestatistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a figure is not shown. Constant names are the API's values.
 */
@Schema(name = "CrimeSuppressionReason", description = "`smallCount`: the published (perturbed) figure is above 0 "
        + "and below the threshold, shown as \"fewer than 3\".")
public enum CrimeSuppressionReason {
    smallCount
}
