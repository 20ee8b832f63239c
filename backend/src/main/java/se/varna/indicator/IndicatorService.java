package se.varna.indicator;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import se.varna.common.PageRequest;
import se.varna.common.SqlValues;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.indicator.IndicatorDtos.Baseline;
import se.varna.indicator.IndicatorDtos.Freshness;
import se.varna.indicator.IndicatorDtos.IndicatorPolicyFigures;
import se.varna.indicator.IndicatorDtos.TargetView;
import se.varna.indicator.IndicatorDtos.IndicatorPage;
import se.varna.indicator.IndicatorDtos.IndicatorView;
import se.varna.policy.PolicyIndicator;
import se.varna.policy.PolicyService;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorService {

    private static final String WITH_GOALS_AND_OWNER =
            "select distinct i from Indicator i left join fetch i.goals left join fetch i.owner ";

    @Inject
    EntityManager em;

    @Inject
    ComputedValues computedValues;

    @Inject
    PolicyService policies;

    /**
     * Indicators ordered by code or, when {@code goalId} is given, only those following that
     * goal in the order the policy lists them; the page is read first, then its goals and
     * owners in one more query, their targets in another and their freshness in a third.
     */
    public IndicatorPage listIndicators(Long goalId, PageRequest page) {
        List<Indicator> indicators;
        long total;
        if (goalId == null) {
            indicators = page.window(Indicator.<Indicator>findAll(Sort.by("code")));
            total = Indicator.count();
        } else {
            indicators = page.window(Indicator.<Indicator>find(
                    "select i from Goal g join g.indicators i where g.id = ?1 order by index(i)", goalId));
            total = Indicator.count("select count(i) from Indicator i join i.goals g where g.id = ?1", goalId);
        }
        Map<Long, Freshness> freshness = Map.of();
        if (!indicators.isEmpty()) {
            Indicator.find(WITH_GOALS_AND_OWNER + "where i in ?1", indicators).list();
            Indicator.find("select distinct i from Indicator i left join fetch i.targets where i in ?1", indicators)
                    .list();
            freshness = freshness(indicators);
        }
        Map<Long, Freshness> fresh = freshness;
        Map<Long, List<IndicatorPolicyFigures>> figures = policyFigures(indicators);
        return new IndicatorPage(indicators.stream()
                .map(i -> IndicatorView.of(i, fresh.getOrDefault(i.id, Freshness.NONE),
                        figures.getOrDefault(i.id, List.of()))).toList(), total,
                page.limit(), page.offset());
    }

    public Optional<IndicatorView> findIndicatorById(long id) {
        return Indicator.<Indicator>find(WITH_GOALS_AND_OWNER + "where i.id = ?1", id)
                .singleResultOptional()
                .map(i -> IndicatorView.of(i, freshness(List.of(i)).getOrDefault(i.id, Freshness.NONE),
                        policyFigures(List.of(i)).getOrDefault(i.id, List.of())));
    }

    /**
     * Per indicator, what each policy whose goals it follows sets for it (a draft's only for
     * callers who may read drafts), newest period first; one query for all of them.
     */
    private Map<Long, List<IndicatorPolicyFigures>> policyFigures(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return Map.of();
        }
        Map<Long, Indicator> byId = new HashMap<>();
        indicators.forEach(i -> byId.put(i.id, i));
        Map<Long, List<IndicatorPolicyFigures>> answer = new HashMap<>();
        PolicyIndicator.<PolicyIndicator>find("select distinct pi from PolicyIndicator pi join fetch pi.policy "
                + "left join fetch pi.targets left join fetch pi.carriedOverFrom where pi.indicator.id in ?1",
                byId.keySet()).list().stream()
                .filter(pi -> policies.readable(pi.policy.id))
                .sorted(Comparator.comparingInt((PolicyIndicator pi) -> pi.policy.validFrom).reversed())
                .forEach(pi -> answer.computeIfAbsent(pi.indicator.id, k -> new ArrayList<>()).add(
                        new IndicatorPolicyFigures(pi.policy.id, pi.policy.code, pi.policy.validFrom, pi.policy.validTo,
                                byId.get(pi.indicator.id).goals.stream().filter(g -> g.policy.id.equals(pi.policy.id))
                                        .map(GoalSummary::of).toList(),
                                Baseline.of(pi.baselineValue, pi.baselinePeriod, pi.baselineDemo),
                                pi.targets.stream().map(TargetView::of).toList(),
                                pi.carriedOverFrom == null ? null : GoalSummary.of(pi.carriedOverFrom))));
        return answer;
    }

    /**
     * Per indicator: the latest period with a value, when a value was last recorded (for a
     * computed one: the last period its source covers, and when the source last changed),
     * whether any is demo.
     */
    Map<Long, Freshness> freshness(List<Indicator> indicators) {
        Map<Long, Freshness> answer = recordedFreshness(indicators.stream().filter(i -> !i.computed())
                .map(i -> i.id).toList());
        List<Indicator> computed = indicators.stream().filter(Indicator::computed).toList();
        if (!computed.isEmpty()) {
            ComputedValues.Coverage coverage = computedValues.coverage(computed);
            computed.forEach(i -> answer.put(i.id, ComputedValues.freshness(i, coverage)));
        }
        return answer;
    }

    private Map<Long, Freshness> recordedFreshness(List<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return new HashMap<>();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select v.indicator_id,
                       (array_agg(v.period order by v.period_end desc, v.period_start desc))[1],
                       max(v.updated_at),
                       bool_or(v.demo)
                from indicator_value v
                where v.indicator_id = any(?1)
                group by v.indicator_id""")
                .setParameter(1, indicatorIds.toArray(Long[]::new))
                .getResultList();
        Map<Long, Freshness> answer = new HashMap<>();
        for (Object[] row : rows) {
            answer.put(((Number) row[0]).longValue(), new Freshness((String) row[1], SqlValues.offsetDateTime(row[2]),
                    Boolean.TRUE.equals(row[3])));
        }
        return answer;
    }
}
