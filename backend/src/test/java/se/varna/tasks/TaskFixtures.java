package se.varna.tasks;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A half-yearly indicator of its own (code {@code TEST_TASKS_…}), owned by an organisation, with
 * a value for 2025H1 and a publication lag; removed again by {@link #removeAll()}.
 */
final class TaskFixtures {

    static final String PREFIX = "TEST_TASKS_";

    private TaskFixtures() {
    }

    /** Creates the indicator with its 2025H1 value and lag; answers its id. */
    static long halfYearlyIndicatorWith2025H1(String code, String nameSv, String owner, int lagMonths) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = em();
            long id = ((Number) em.createNativeQuery("insert into indicator (code, name_sv, name_en, description_sv, "
                    + "description_en, unit, direction, source, frequency, disaggregations, owner_id) "
                    + "select ?1, ?2, ?2, 'Test.', 'Test.', 'percent', 'higherIsBetter', 'municipality', 'halfYearly', "
                    + "'{}'::varchar(32)[], o.id from organisation o where o.code = ?3 returning id")
                    .setParameter(1, PREFIX + code).setParameter(2, nameSv).setParameter(3, owner).getSingleResult())
                    .longValue();
            em.createNativeQuery("insert into indicator_value (indicator_id, period, period_start, period_end, area_id, "
                    + "sex, age_group, value, updated_by) select ?1, '2025H1', date '2025-01-01', date '2025-06-30', "
                    + "a.id, 'total', 'total', 50, 'test' from area a where a.type = 'municipality' "
                    + "and a.parent_id is null").setParameter(1, id).executeUpdate();
            if (lagMonths > 0) {
                em.createNativeQuery("insert into indicator_due_rule (municipality, indicator_id, publication_lag_months, "
                        + "updated_by) select a.code, ?1, ?2, 'test' from area a where a.type = 'municipality' "
                        + "and a.parent_id is null").setParameter(1, id).setParameter(2, lagMonths).executeUpdate();
            }
            return id;
        });
    }

    static void removeAll() {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = em();
            em.createNativeQuery("delete from indicator where code like '" + PREFIX + "%'").executeUpdate();
            em.createNativeQuery("delete from reminder_digest").executeUpdate();
            em.createNativeQuery("delete from known_user").executeUpdate();
        });
        Arc.container().instance(KnownUsers.class).get().forgetRecorded();
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
