package se.varna.safetyanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import se.varna.support.EmbeddedPostgresResource;

/**
 * The demo files of safety analyses and agreements load in Flyway's order (agreements,
 * measures, safety analyses), again when repeated, and link what they should. Everything
 * runs in one transaction that is rolled back, so other tests never see the demo rows.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DemoAnalysesAndAgreementsTest {

    @Inject
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void demoFilesLoadTwiceAndLinkMeasures() throws Exception {
        tx.begin();
        try {
            for (int round = 0; round < 2; round++) {
                run("R__demo_agreements.sql");
                run("R__demo_measures.sql");
                run("R__demo_safety_analyses.sql");
            }
            assertThat(count("select count(*) from safety_analysis where demo")).isEqualTo(6);
            assertThat(count("select count(distinct area_id) from safety_analysis where demo")).isEqualTo(5);
            assertThat(count("select count(*) from safety_analysis_factor f join safety_analysis s on s.id = f.analysis_id "
                    + "where s.demo")).isEqualTo(6 * 7);
            assertThat(count("select count(*) from safety_analysis_measure m join safety_analysis s on s.id = m.analysis_id "
                    + "where s.demo")).isEqualTo(13);
            assertThat(count("select count(*) from agreement where demo")).isEqualTo(3);
            assertThat(count("select count(*) from agreement_commitment c join agreement g on g.id = c.agreement_id "
                    + "where g.demo")).isEqualTo(10);
            assertThat(count("select count(*) from agreement_commitment_measure")).isGreaterThanOrEqualTo(8);
            // the demo measures are deleted and inserted again by their own file: the links follow
            run("R__demo_measures.sql");
            run("R__demo_safety_analyses.sql");
            assertThat(count("select count(*) from safety_analysis_measure m join safety_analysis s on s.id = m.analysis_id "
                    + "where s.demo")).isEqualTo(13);
        } finally {
            tx.rollback();
        }
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private void run(String file) {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/demo/" + file)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the whole file at once, as Flyway runs it (PostgreSQL takes several statements in one)
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute(sql);
                // Flyway commits after each file, which drops its temporary tables; here: by hand
                statement.execute("discard temp");
            }
        });
    }
}
