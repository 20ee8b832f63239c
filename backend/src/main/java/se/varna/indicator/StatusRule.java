package se.varna.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a series stands against its target, by one simple rule that the contract and the web
 * app repeat:
 * <ol>
 * <li>The target is the one for the latest value's year, or else the next later one; with
 * none, {@code noTarget}.</li>
 * <li>{@code onTrack} when the latest value meets the target (at least it when higher is
 * better, at most it when lower is better), or when the change since the previous value,
 * continued at the same pace until the end of the target's year, would meet it.</li>
 * <li>{@code atRisk} when it moves toward the target but too slowly, or when it is within 5 %
 * of the target.</li>
 * <li>{@code offTrack} otherwise: moving away from the target, or standing still, or no
 * previous value, more than 5 % from it.</li>
 * </ol>
 */
final class StatusRule {

    static final double CLOSE = 0.05;

    private StatusRule() {
    }

    static Optional<IndicatorTarget> targetFor(List<IndicatorTarget> targets, int year) {
        return targets.stream().filter(t -> t.year >= year).min(Comparator.comparingInt(t -> t.year));
    }

    static IndicatorStatus status(IndicatorDirection direction, IndicatorTarget target, Period latestPeriod,
            double latest, Period previousPeriod, Double previous) {
        if (target == null) {
            return IndicatorStatus.noTarget;
        }
        double sign = direction == IndicatorDirection.higherIsBetter ? 1 : -1;
        double goal = target.value.doubleValue();
        double gap = (goal - latest) * sign; // > 0: still short of the target
        if (gap <= 0) {
            return IndicatorStatus.onTrack;
        }
        boolean close = gap <= CLOSE * Math.abs(goal);
        if (previous == null || previousPeriod == null) {
            return close ? IndicatorStatus.atRisk : IndicatorStatus.offTrack;
        }
        double improvement = (latest - previous) * sign;
        if (improvement <= 0) {
            return close ? IndicatorStatus.atRisk : IndicatorStatus.offTrack;
        }
        long between = ChronoUnit.DAYS.between(previousPeriod.middle(), latestPeriod.middle());
        long left = ChronoUnit.DAYS.between(latestPeriod.middle(), LocalDate.of(target.year, 12, 31));
        if (between > 0 && improvement / between * left >= gap) {
            return IndicatorStatus.onTrack;
        }
        return IndicatorStatus.atRisk;
    }
}
