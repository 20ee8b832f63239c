package se.varna.measure;

/**
 * What the measures list is narrowed to; every field is optional.
 *
 * @param goal             id of a goal the measure aims at
 * @param organisation     code of the responsible organisation
 * @param district         code of a targeted district
 * @param riskFactor       code of a risk factor the measure lowers
 * @param protectiveFactor code of a protective factor the measure strengthens
 * @param text             words to find in the title or description
 * @param needsFollowUp    only ongoing measures whose latest progress update (or start) is older than
 *                         the follow-up rule's months ({@code varna.tasks.follow-up-months}), the rule of {@code needsFollowUp}
 */
public record MeasureFilter(Long goal, String organisation, String district, PreventionType preventionType,
        PreventionLevel preventionLevel, MeasureStatus status, String riskFactor, String protectiveFactor,
        TargetGroup targetGroup, String text, boolean needsFollowUp) {
}
