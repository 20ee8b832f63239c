package se.varna.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.varna.common.Municipality;
import se.varna.common.SqlValues;

/**
 * The share of the agreements' commitments that are fulfilled or on track, period by period:
 * what goal 6's computed indicator shows. A commitment counts in a period when its agreement
 * is in force at some time in it and it had a status by the period's end (or by today, in the
 * period under way); its status is the latest it had then, from the record of every status a
 * commitment took ({@code commitment_status_change}). "On track" is {@code ongoing}: a
 * commitment being carried out, as opposed to one not started or not fulfilled.
 */
@ApplicationScoped
public class CommitmentShareQueries {

    /** What the record holds: the first agreement's start, the last status change; null when none. */
    public record CommitmentCoverage(LocalDate first, OffsetDateTime lastChanged, boolean demo) {

        public static final CommitmentCoverage NONE = new CommitmentCoverage(null, null, false);
    }

    /** One period's share: how many commitments counted, how many of them fulfilled or on track. */
    public record CommitmentShare(YearMonth periodStart, long fulfilledOrOngoing, long counted, boolean demo) {

        /** The share in percent. */
        public double percent() {
            return 100.0 * fulfilledOrOngoing / counted;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Municipality municipality;

    public CommitmentCoverage coverage() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select min(g.start_date), max(s.changed_at), coalesce(bool_or(g.demo), false)
                from commitment_status_change s
                join agreement_commitment c on c.id = s.commitment_id
                join agreement g on g.id = c.agreement_id
                where s.municipality = ?1
                """).setParameter(1, municipality.code()).getSingleResult();
        if (row[0] == null) {
            return CommitmentCoverage.NONE;
        }
        return new CommitmentCoverage(SqlValues.localDate(row[0]), SqlValues.offsetDateTime(row[1]), (Boolean) row[2]);
    }

    /**
     * The shares of the periods of {@code months} months from {@code first} to {@code last} (the
     * first months of the first and last periods), each as of its last day or {@code today},
     * whichever comes first; periods in which no commitment counted have none.
     */
    public List<CommitmentShare> shares(YearMonth first, YearMonth last, int months, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with period as (
                    select p::date as period_start,
                           least((p + make_interval(months => ?3))::date - 1, ?4) as as_of
                    from generate_series(cast(?1 as date), cast(?2 as date), make_interval(months => ?3)) p
                ),
                counted as (
                    select pr.period_start, g.demo,
                           (select s.status from commitment_status_change s
                            where s.commitment_id = c.id and s.municipality = ?5 and s.changed_at < pr.as_of + 1
                            order by s.changed_at desc, s.id desc limit 1) as status
                    from period pr
                    join agreement g on g.start_date <= pr.as_of
                                    and (g.end_date is null or g.end_date >= pr.period_start)
                    join agreement_commitment c on c.agreement_id = g.id
                )
                select period_start, count(*) filter (where status in ('fulfilled', 'ongoing')), count(*), bool_or(demo)
                from counted
                where status is not null
                group by period_start
                order by period_start
                """)
                .setParameter(1, first.atDay(1)).setParameter(2, last.atDay(1)).setParameter(3, months)
                .setParameter(4, today).setParameter(5, municipality.code()).getResultList();
        return rows.stream().map(r -> new CommitmentShare(YearMonth.from(SqlValues.localDate(r[0])), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), (Boolean) r[3])).toList();
    }
}
