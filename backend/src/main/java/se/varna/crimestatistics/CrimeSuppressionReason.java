package se.varna.crimestatistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a figure is not shown. Constant names are the API's values.
 */
@Schema(name = "CrimeSuppressionReason", description = "`smallCount`: the published (perturbed) figure is above 0 "
        + "and below the threshold, shown as \"fewer than 3\". `secondary` is deprecated and no longer sent: the "
        + "cell-key method needs no secondary suppression (see the CHANGELOG); it stays in the list so that "
        + "clients built on it still read every answer.")
public enum CrimeSuppressionReason {
    smallCount,
    /** Never sent since the cell-key method (2026-12); kept for clients generated before it. */
    @Deprecated
    secondary
}
