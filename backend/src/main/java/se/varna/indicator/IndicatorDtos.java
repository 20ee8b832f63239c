package se.varna.indicator;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.LocalizedText;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;

/**
 * The indicator API model.
 */
public final class IndicatorDtos {

    private IndicatorDtos() {
    }

    @Schema(name = "Indicator", requiredProperties = { "id", "code", "name", "description", "unit", "direction",
            "source", "frequency", "disaggregations", "goals" })
    public record IndicatorView(
            long id,
            @Schema(description = "Stable code, e.g. `TILLIT`.") String code,
            LocalizedText name,
            LocalizedText description,
            IndicatorUnit unit,
            IndicatorDirection direction,
            @Schema(description = "Where the figures come from.") IndicatorSource source,
            @Schema(description = "The source's own id of the figure, e.g. a Kolada KPI id.", nullable = true) String sourceReference,
            IndicatorFrequency frequency,
            @Schema(description = "The splits the indicator's values support.") List<Disaggregation> disaggregations,
            @Schema(description = "The organisation that reports the indicator's values.", nullable = true) OrganisationSummary owner,
            List<GoalSummary> goals) {

        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.id, i.code, new LocalizedText(i.nameSv, i.nameEn),
                    new LocalizedText(i.descriptionSv, i.descriptionEn), i.unit, i.direction, i.source,
                    i.sourceReference, i.frequency,
                    Arrays.stream(i.disaggregations).map(Disaggregation::valueOf).toList(),
                    OrganisationSummary.of(i.owner), i.goals.stream().map(GoalSummary::of).toList());
        }
    }

    @Schema(name = "IndicatorSummary", requiredProperties = { "id", "code", "name", "unit", "direction" })
    public record IndicatorSummary(long id, String code, LocalizedText name, IndicatorUnit unit,
            IndicatorDirection direction) {

        public static IndicatorSummary of(Indicator i) {
            return new IndicatorSummary(i.id, i.code, new LocalizedText(i.nameSv, i.nameEn), i.unit, i.direction);
        }
    }

    @Schema(name = "IndicatorPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record IndicatorPage(List<IndicatorView> items, long total, int limit, int offset) {
    }
}
