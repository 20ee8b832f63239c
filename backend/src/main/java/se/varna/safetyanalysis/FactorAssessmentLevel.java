package se.varna.safetyanalysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How strongly a risk or protective factor is present in the district. */
@Schema(name = "AssessedLevel", description = "How strongly the factor is present: low, medium or high.")
public enum FactorAssessmentLevel {
    low, medium, high
}
