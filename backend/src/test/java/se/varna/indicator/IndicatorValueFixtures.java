package se.varna.indicator;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Arranges and inspects indicator values straight in the database, for tests that must see
 * what an operation stored (or did not store) without going through the API under test.
 */
final class IndicatorValueFixtures {

    private IndicatorValueFixtures() {
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    /** No values, audit rows, targets or baselines: every test starts from here. */
    static void clear() {
        QuarkusTransaction.requiringNew().run(() -> {
            em().createNativeQuery("delete from indicator_value_audit").executeUpdate();
            em().createNativeQuery("delete from indicator_value").executeUpdate();
            em().createNativeQuery("delete from indicator_target").executeUpdate();
            em().createNativeQuery("update indicator set baseline_value = null, baseline_period = null, "
                    + "baseline_demo = false").executeUpdate();
            // a status is judged against the policy's figures first (TargetBasis): without them, the
            // indicator's own that a test sets below are what it is judged against
            em().createNativeQuery("delete from policy_indicator_target").executeUpdate();
            em().createNativeQuery("update policy_indicator set baseline_value = null, baseline_period = null, "
                    + "baseline_demo = false").executeUpdate();
        });
    }

    static long indicatorId(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createNativeQuery("select id from indicator where code = ?1").setParameter(1, code)
                .getSingleResult()).longValue());
    }

    static void baselineAndTarget(String code, String baselinePeriod, double baseline, int targetYear, double target) {
        QuarkusTransaction.requiringNew().run(() -> {
            em().createNativeQuery("update indicator set baseline_value = ?1, baseline_period = ?2 where code = ?3")
                    .setParameter(1, BigDecimal.valueOf(baseline)).setParameter(2, baselinePeriod)
                    .setParameter(3, code).executeUpdate();
            em().createNativeQuery("insert into indicator_target (indicator_id, year, value) "
                    + "select id, ?1, ?2 from indicator where code = ?3")
                    .setParameter(1, targetYear).setParameter(2, BigDecimal.valueOf(target)).setParameter(3, code)
                    .executeUpdate();
        });
    }

    /** Every stored value as {@code CODE|period|area|sex|ageGroup=value}, sorted. */
    @SuppressWarnings("unchecked")
    static List<String> stored() {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em().createNativeQuery("""
                select i.code || '|' || v.period || '|' || a.code || '|' || v.sex || '|' || v.age_group || '='
                       || trim(trailing '.' from trim(trailing '0' from v.value::text))
                from indicator_value v join indicator i on i.id = v.indicator_id join area a on a.id = v.area_id
                order by 1""").getResultList());
    }

    static long auditRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createNativeQuery("select count(*) from indicator_value_audit").getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> audit() {
        return QuarkusTransaction.requiringNew().call(() -> (List<Object[]>) em().createNativeQuery(
                "select action, before::text, after::text, changed_by from indicator_value_audit order by id")
                .getResultList());
    }
}
