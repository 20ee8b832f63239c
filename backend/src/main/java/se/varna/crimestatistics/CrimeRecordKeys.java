package se.varna.crimestatistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import se.varna.disclosure.DisclosureConfig;
import se.varna.disclosure.RecordKeys;

/**
 * Gives record keys to crime facts stored without one: rows written by SQL (the demo figures,
 * a bulk load, the facts stored before disclosure control came in), at start-up and in one
 * transaction, with the SQL twin of {@link RecordKeys}, and brings the rollup's key sums of their
 * months in step. Imports key their rows themselves ({@link CrimeFactCopier}).
 */
@ApplicationScoped
public class CrimeRecordKeys {

    private static final Logger LOG = Logger.getLogger(CrimeRecordKeys.class);

    @Inject
    DataSource dataSource;

    @Inject
    DisclosureConfig config;

    void onStart(@Observes StartupEvent event) {
        int keyed = keyMissing();
        if (keyed > 0) {
            LOG.infof("Gave record keys to %d crime facts stored without one", keyed);
        }
    }

    /** Keys the facts without one and recomputes the rollup's key sums of their months; answers how many. */
    int keyMissing() {
        RecordKeys keys = new RecordKeys(config.secret());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int keyed;
                try (PreparedStatement st = c.prepareStatement("""
                        create temporary table keyed_month on commit drop as
                        with keyed as (
                            update crime_fact
                            set record_key = disclosure_record_key(?, ?, month, source_id, area_id, category_id,
                                                                   sex, age_group_id, count)
                            where record_key is null
                            returning source_id, month)
                        select source_id, month, count(*) as n from keyed group by source_id, month""")) {
                    st.setBytes(1, keys.innerPad());
                    st.setBytes(2, keys.outerPad());
                    st.executeUpdate();
                }
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "select coalesce(sum(n), 0) from keyed_month")) {
                    rs.next();
                    keyed = rs.getInt(1);
                }
                if (keyed > 0) {
                    try (var st = c.createStatement()) {
                        st.executeUpdate("""
                                update crime_rollup r set record_key = s.record_key
                                from (select ca.ancestor_id as category_id, f.month, aa.ancestor_id as area_id,
                                             f.source_id,
                                             coalesce(sum(f.record_key) filter (where f.count > 0), 0)::bit(32)::integer
                                                 as record_key
                                      from crime_fact f
                                      join keyed_month k on k.source_id = f.source_id and k.month = f.month
                                      join crime_area_ancestry aa on aa.area_id = f.area_id
                                      join crime_category_ancestry ca on ca.category_id = f.category_id
                                      group by ca.ancestor_id, f.month, aa.ancestor_id, f.source_id) s
                                where r.category_id = s.category_id and r.month = s.month and r.area_id = s.area_id
                                  and r.source_id = s.source_id""");
                    }
                }
                c.commit();
                return keyed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not give crime facts their record keys", e);
        }
    }
}
