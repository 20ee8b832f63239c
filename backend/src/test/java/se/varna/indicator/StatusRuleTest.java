package se.varna.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The status rule the contract documents, case by case. */
class StatusRuleTest {

    static IndicatorTarget target(int year, double value) {
        IndicatorTarget t = new IndicatorTarget();
        t.year = year;
        t.value = BigDecimal.valueOf(value);
        return t;
    }

    static IndicatorStatus status(IndicatorDirection direction, double target, String previous, Double previousValue,
            String latest, double latestValue) {
        return StatusRule.status(direction, target(2025, target), Period.of(latest), latestValue,
                previous == null ? null : Period.of(previous), previousValue);
    }

    @Test
    void noTargetIsNoTarget() {
        assertThat(StatusRule.status(IndicatorDirection.higherIsBetter, null, Period.of("2024"), 60, null, null))
                .isEqualTo(IndicatorStatus.noTarget);
    }

    @Test
    void aMetTargetIsOnTrackWhicheverWayIsBetter() {
        assertThat(status(IndicatorDirection.higherIsBetter, 66, "2023", 70.0, "2024", 66)).isEqualTo(IndicatorStatus.onTrack);
        assertThat(status(IndicatorDirection.lowerIsBetter, 5.5, "2023", 4.0, "2024", 5.5)).isEqualTo(IndicatorStatus.onTrack);
    }

    @Test
    void aPaceThatReachesTheTargetByItsYearIsOnTrack() {
        // +2 a year, 1.5 years left from mid-2024: reaches 66 from 64
        assertThat(status(IndicatorDirection.higherIsBetter, 66, "2023", 62.0, "2024", 64)).isEqualTo(IndicatorStatus.onTrack);
        // -0.5 a year on a lower-is-better rate, 1.5 years left: 0.75 of the 50 needed, so only at risk
        assertThat(status(IndicatorDirection.lowerIsBetter, 1200, "2023", 1250.5, "2024", 1250)).isEqualTo(IndicatorStatus.atRisk);
    }

    @Test
    void movingTowardTooSlowlyIsAtRisk() {
        assertThat(status(IndicatorDirection.higherIsBetter, 75, "2023", 62.0, "2024", 62.5)).isEqualTo(IndicatorStatus.atRisk);
    }

    @Test
    void standingStillOrMovingAwayIsOffTrackUnlessWithinFivePercent() {
        assertThat(status(IndicatorDirection.higherIsBetter, 70, "2023", 62.0, "2024", 61)).isEqualTo(IndicatorStatus.offTrack);
        assertThat(status(IndicatorDirection.higherIsBetter, 70, "2023", 62.0, "2024", 62)).isEqualTo(IndicatorStatus.offTrack);
        assertThat(status(IndicatorDirection.higherIsBetter, 70, "2023", 68.0, "2024", 67)).isEqualTo(IndicatorStatus.atRisk);
        assertThat(status(IndicatorDirection.lowerIsBetter, 5.5, "2023", 5.0, "2024", 6.2)).isEqualTo(IndicatorStatus.offTrack);
    }

    @Test
    void aSingleValueShortOfTheTargetIsOffTrackOrAtRiskByDistance() {
        assertThat(status(IndicatorDirection.higherIsBetter, 70, null, null, "2024", 60)).isEqualTo(IndicatorStatus.offTrack);
        assertThat(status(IndicatorDirection.higherIsBetter, 70, null, null, "2024", 68)).isEqualTo(IndicatorStatus.atRisk);
    }

    @Test
    void monthlyValuesArePacedByTheirOwnLength() {
        // -2 a month, about 6 months left in 2025 from June: reaches 220 from 230
        assertThat(status(IndicatorDirection.lowerIsBetter, 220, "2025-05", 232.0, "2025-06", 230)).isEqualTo(IndicatorStatus.onTrack);
    }

    @Test
    void theTargetIsThatOfTheLatestYearOrTheNextLaterOne() {
        List<IndicatorTarget> targets = List.of(target(2022, 60), target(2025, 66));
        assertThat(StatusRule.targetFor(targets, 2022).orElseThrow().year).isEqualTo(2022);
        assertThat(StatusRule.targetFor(targets, 2023).orElseThrow().year).isEqualTo(2025);
        assertThat(StatusRule.targetFor(targets, 2026)).isEmpty();
    }
}
