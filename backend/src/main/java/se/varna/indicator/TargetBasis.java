package se.varna.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.varna.indicator.IndicatorDtos.Baseline;
import se.varna.indicator.IndicatorDtos.TargetView;
import se.varna.indicator.IndicatorValueDtos.FigureSource;
import se.varna.indicator.IndicatorValueDtos.JudgedAgainst;
import se.varna.policy.PolicyIndicator;
import se.varna.policy.PolicyService;

/**
 * The one answer to "which baseline and target does an indicator's status in a period go by":
 * those the policy in force on the period's first day sets for it (for a live read, the policy
 * in force today; for a half-year report, its half-year's), and the indicator's own only where
 * that policy sets none (no baseline, or no target for the value's year or a later one within
 * its figures). Every place that judges an indicator's status asks this class, through
 * {@link IndicatorValueService}, so /goals, /indicators, the start page, the public page and the
 * status report cannot judge one indicator by two rules.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TargetBasis {

    @Inject
    PolicyService policies;

    Clock clock = Clock.systemDefaultZone();

    /** The figures an indicator is judged by, and where each comes from. */
    public record Figures(Long policyId, String policyCode, Baseline baseline, FigureSource baselineFrom,
            List<IndicatorTarget> policyTargets, List<IndicatorTarget> ownTargets) {

        /** The target for a value of {@code year}: the policy's, else the indicator's own. */
        Optional<Chosen> targetFor(int year) {
            Optional<IndicatorTarget> fromPolicy = StatusRule.targetFor(policyTargets, year);
            if (fromPolicy.isPresent()) {
                return fromPolicy.map(t -> new Chosen(t, FigureSource.policy));
            }
            return StatusRule.targetFor(ownTargets, year).map(t -> new Chosen(t, FigureSource.indicator));
        }

        /** The baseline's value, null without one. */
        BigDecimal baselineValue() {
            return baseline == null ? null : BigDecimal.valueOf(baseline.value());
        }

        JudgedAgainst view(LocalDate day) {
            return new JudgedAgainst(day, policyId, policyCode, baseline, baselineFrom,
                    policyTargets.stream().map(TargetView::of).toList());
        }
    }

    /** A target and where it came from. */
    record Chosen(IndicatorTarget target, FigureSource from) {
    }

    /** The day a live read is judged on: today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The figures of the policy in force on {@code day}, the indicator's own where it sets none. */
    public Figures inForceOn(Indicator indicator, LocalDate day) {
        return ofPolicy(indicator, policies.policyInForceOn(day).orElse(null));
    }

    /**
     * The figures the policy {@code policyId} sets for the indicator (none when it is null or its
     * goals do not follow the indicator), the indicator's own where it sets none.
     */
    public Figures ofPolicy(Indicator indicator, Long policyId) {
        // one link per policy and indicator (policy_indicator_uq); its targets fetched with it
        PolicyIndicator link = policyId == null ? null
                : PolicyIndicator.<PolicyIndicator>find("select distinct pi from PolicyIndicator pi join fetch pi.policy "
                        + "left join fetch pi.targets where pi.policy.id = ?1 and pi.indicator.id = ?2", policyId,
                        indicator.id).singleResultOptional().orElse(null);
        Baseline own = Baseline.of(indicator);
        if (link == null) {
            return new Figures(null, null, own, own == null ? null : FigureSource.indicator, List.of(),
                    indicator.targets);
        }
        Baseline set = Baseline.of(link.baselineValue, link.baselinePeriod, link.baselineDemo);
        Baseline baseline = set != null ? set : own;
        FigureSource from = set != null ? FigureSource.policy : own != null ? FigureSource.indicator : null;
        return new Figures(link.policy.id, link.policy.code, baseline, from, List.copyOf(link.targets),
                indicator.targets);
    }
}
