package se.varna.actionplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import se.varna.measure.Assessment;
import se.varna.measure.Measure;
import se.varna.measure.MeasureDtos.LastProgressUpdate;

/** The progress updates an action's follow-up reads. */
@ApplicationScoped
public class FollowUpQueries {

    /** Each measure's latest progress update dated up to {@code asOf}; a measure without one is absent. */
    public Map<Long, LastProgressUpdate> latestUpdates(Collection<Long> measureIds, LocalDate asOf) {
        Map<Long, LastProgressUpdate> latest = new HashMap<>();
        if (measureIds.isEmpty()) {
            return latest;
        }
        List<Object[]> rows = Measure.getEntityManager().createQuery(
                "select u.measure.id, u.date, u.assessment from MeasureUpdate u where u.measure.id in :ids "
                        + "and u.date <= :asOf order by u.date desc, u.id desc", Object[].class)
                .setParameter("ids", measureIds).setParameter("asOf", asOf).getResultList();
        for (Object[] row : rows) {
            latest.putIfAbsent((Long) row[0], new LastProgressUpdate((LocalDate) row[1], (Assessment) row[2]));
        }
        return latest;
    }
}
