package se.varna.safetyanalysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a measure named in a safety analysis is proposed or has started. */
@Schema(name = "AnalysisMeasureStage", description = "Whether the measure is proposed or has started.")
public enum MeasureStage {
    proposed, started
}
