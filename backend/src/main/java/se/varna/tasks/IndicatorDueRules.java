package se.varna.tasks;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.varna.common.CurrentCaller;
import se.varna.common.Municipality;
import se.varna.common.NotFoundProblem;
import se.varna.indicator.Indicator;
import se.varna.indicator.Period;
import se.varna.tasks.TaskDtos.IndicatorDueRule;
import se.varna.tasks.TaskDtos.IndicatorDueRuleInput;

/** The publication lag the coordinator sets per indicator, and the due date it gives the next value. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorDueRules {

    @Inject
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Municipality municipality;

    @Inject
    TaskClock clock;

    public IndicatorDueRule get(long indicatorId) {
        Indicator indicator = Indicator.<Indicator>findByIdOptional(indicatorId)
                .orElseThrow(() -> new NotFoundProblem("indicator", indicatorId));
        List<?> rows = em.createNativeQuery("select publication_lag_months, updated_at, updated_by "
                + "from indicator_due_rule where indicator_id = ?1").setParameter(1, indicatorId).getResultList();
        Object[] rule = rows.isEmpty() ? null : (Object[]) rows.get(0);
        int lag = rule == null ? 0 : ((Number) rule[0]).intValue();
        Period next = null;
        if (!indicator.computed()) {
            List<?> latest = em.createNativeQuery("select period from indicator_value where indicator_id = ?1 "
                    + "order by period_end desc limit 1").setParameter(1, indicatorId).getResultList();
            next = TaskService.nextPeriod(indicator.frequency, latest.isEmpty() ? null : (String) latest.get(0),
                    indicator.baselinePeriod, clock.today());
        }
        return new IndicatorDueRule(indicatorId, lag, next == null ? null : next.code(),
                next == null ? null : DuePeriods.due(next, lag),
                rule == null ? null : TaskService.offsetDateTime(rule[1]), rule == null ? null : (String) rule[2]);
    }

    @Transactional
    public IndicatorDueRule set(long indicatorId, IndicatorDueRuleInput input) {
        Indicator.<Indicator>findByIdOptional(indicatorId).orElseThrow(() -> new NotFoundProblem("indicator", indicatorId));
        em.createNativeQuery("insert into indicator_due_rule (municipality, indicator_id, publication_lag_months, "
                + "updated_at, updated_by) values (?1, ?2, ?3, ?4, ?5) on conflict (indicator_id) do update set "
                + "publication_lag_months = excluded.publication_lag_months, updated_at = excluded.updated_at, "
                + "updated_by = excluded.updated_by")
                .setParameter(1, municipality.code()).setParameter(2, indicatorId)
                .setParameter(3, input.publicationLagMonths()).setParameter(4, OffsetDateTime.now())
                .setParameter(5, caller.username()).executeUpdate();
        return get(indicatorId);
    }
}
