package se.varna.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.varna.indicator.IndicatorValueDtos.FigureSource;

/** Which target applies: the policy's for the value's year (or the next later), else the indicator's own. */
class TargetBasisTest {

    private static IndicatorTarget target(int year, double value) {
        IndicatorTarget t = new IndicatorTarget();
        t.year = year;
        t.value = BigDecimal.valueOf(value);
        return t;
    }

    private static TargetBasis.Figures figures(List<IndicatorTarget> policy, List<IndicatorTarget> own) {
        return new TargetBasis.Figures(1L, "2026-2030", null, null, policy, own);
    }

    @Test
    void thePolicysTargetWinsOverTheIndicatorsOwnForTheSameYear() {
        TargetBasis.Chosen chosen = figures(List.of(target(2028, 70)), List.of(target(2028, 50))).targetFor(2026)
                .orElseThrow();
        assertThat(chosen.target().value).isEqualByComparingTo("70");
        assertThat(chosen.from()).isEqualTo(FigureSource.policy);
    }

    @Test
    void theIndicatorsOwnAppliesOnlyWhereThePolicySetsNoneForTheYearOrLater() {
        TargetBasis.Figures f = figures(List.of(target(2025, 80)), List.of(target(2025, 50), target(2030, 90)));
        assertThat(f.targetFor(2025).orElseThrow().from()).isEqualTo(FigureSource.policy);
        TargetBasis.Chosen later = f.targetFor(2026).orElseThrow();
        assertThat(later.from()).isEqualTo(FigureSource.indicator);
        assertThat(later.target().year).isEqualTo(2030);
        assertThat(figures(List.of(), List.of()).targetFor(2025)).isEmpty();
    }
}
