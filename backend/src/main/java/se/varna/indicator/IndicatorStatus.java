package se.varna.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a series stands against its target. Constant names are the API's values; the rule is
 * {@link StatusRule}'s.
 */
@Schema(name = "IndicatorStatus", description = "Where a series stands against its target: `onTrack`, `atRisk`, "
        + "`offTrack`, or `noTarget` when the indicator has no target for the latest value's year or later; "
        + "`unknown` when the latest value is suppressed for the reader.")
public enum IndicatorStatus {
    onTrack, atRisk, offTrack, noTarget, unknown
}
