package se.varna.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The side of the crime triangle a measure works on. Constant names are the API's values.
 */
@Schema(name = "CrimeTriangleSide", description = "The side of the crime triangle a measure works on.")
public enum CrimeTriangleSide {
    motivatedOffender,
    suitableTarget,
    absentGuardianship
}
