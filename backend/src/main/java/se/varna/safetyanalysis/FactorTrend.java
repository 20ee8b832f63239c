package se.varna.safetyanalysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which way a factor is going since the previous analysis. */
@Schema(name = "FactorTrend", description = "Which way the factor is going: improving, unchanged or worsening.")
public enum FactorTrend {
    improving, unchanged, worsening
}
