package se.varna.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import se.varna.actionplan.ActionFollowUp;
import se.varna.actionplan.ActionPlan;
import se.varna.actionplan.ActionPlanDtos.FollowUpView;
import se.varna.disclosure.Audience;
import se.varna.support.EmbeddedPostgresResource;

/**
 * The demo lägesbild and plan load (twice, as a repeated migration does) with follow-up
 * statuses that vary, and keep a gap of each kind. In one transaction that is rolled back, so
 * other tests never see the demo rows.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DemoSituationFollowUpTest {

    @Inject
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    ActionFollowUp followUp;

    @Test
    void theDemoPlansActionsAreOffTrackAtRiskAndWithoutMeasuresAndItsGapsStay() throws Exception {
        tx.begin();
        try {
            for (int round = 0; round < 2; round++) {
                run("R__demo_agreements.sql");
                run("R__demo_measures.sql");
                run("R__demo_safety_analyses.sql");
                run("R__demo_situation.sql");
            }
            ActionPlan plan = ActionPlan.<ActionPlan>find("demo", true).singleResult();
            java.util.List<FollowUpView> statuses = followUp.of(plan.actions, LocalDate.now(), Audience.EXACT);

            assertThat(statuses).extracting(f -> f.status().name()).hasSize(4);
            assertThat(statuses.get(1).status().name()).isEqualTo("offTrack");
            assertThat(statuses.get(2).status().name()).isIn("atRisk", "offTrack");
            assertThat(statuses.get(3).status().name()).isEqualTo("noMeasures");
            assertThat(statuses.get(0).measuresAssessed()).isEqualTo(2);
            // the overdue-update gap stays: the mentoring programme's latest update is old
            assertThat(count("select count(*) from measure m where m.demo and m.title = 'Mentorsprogram för unga' "
                    + "and (select max(u.date) from measure_update u where u.measure_id = m.id) "
                    + "< current_date - interval '6 months'")).isEqualTo(1);
            assertThat(count("select count(*) from measure_update where author = 'demo-situation'")).isEqualTo(3);
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
        // the whole file at once, as Flyway runs it; Flyway's commit drops the temporary tables
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute(sql);
                statement.execute("discard temp");
            }
        });
    }
}
