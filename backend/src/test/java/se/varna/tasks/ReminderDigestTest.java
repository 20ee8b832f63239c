package se.varna.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;
import se.varna.tasks.RecipientDirectory.Recipient;

/**
 * The weekly digest through a real SMTP server (GreenMail, started here on the port the test
 * profile's mailer uses), its recipients from a directory double standing in for Keycloak (the real
 * one is proven in e2e/tasks.test.mjs): the editor whose organisation has an overdue value gets one
 * mail with that item and its link, however often the job runs in the week, also when they never
 * signed in; a colleague who turned it off (matched by username or e-mail) and an editor whose
 * organisation has nothing due get none; the next week sends again. Without a double, the real
 * directory finds no Keycloak: the run sends nothing and the coordinator's send-now answers 503.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ReminderDigestTest {

    static final String OWNER = TestTokens.user("digest-skola", "barn-utbildning", "editor");
    static final String OPTED_OUT = TestTokens.user("digest-skola-2", "barn-utbildning", "editor");
    static final String NOTHING_DUE = TestTokens.user("digest-rtj", "raddningstjansten", "editor");
    static final String COORDINATOR = TestTokens.user("digest-samordnare", "hallbarhetsenheten", "coordinator");
    static final String NAME = "Skolenkätens trygghet (påminnelsetest)";
    static final LocalDate MAY_FIRST = LocalDate.of(2026, 5, 1);

    /** Keycloak's editors as the double names them: the ones above, and one who never signed in. */
    static final Map<String, List<Recipient>> EDITORS = Map.of(
            "barn-utbildning", List.of(
                    new Recipient("kc-1", "digest-skola", "Test digest-skola", "digest-skola@vasteras.se", "barn-utbildning"),
                    new Recipient("kc-2", "digest-skola-2", "Test digest-skola-2", "digest-skola-2@vasteras.se", "barn-utbildning"),
                    // the same person as digest-skola-2 under another username: her opt-out holds by address
                    new Recipient("kc-2b", "skola-2-renamed", null, "Digest-Skola-2@vasteras.se", "barn-utbildning"),
                    new Recipient("kc-3", "never-signed-in", "Nya Redaktören", "never-signed-in@vasteras.se", "barn-utbildning")),
            "raddningstjansten", List.of(
                    new Recipient("kc-4", "digest-rtj", null, "digest-rtj@vasteras.se", "raddningstjansten")));

    /**
     * The directory double: a fixed list per organisation, and which organisations were asked. It
     * extends the bean's class because QuarkusMock puts it behind that bean's client proxy.
     */
    static final class FixedDirectory extends KeycloakDirectory {
        final List<String> asked = new java.util.ArrayList<>();
        final Map<String, List<Recipient>> editors;

        FixedDirectory(Map<String, List<Recipient>> editors) {
            this.editors = editors;
        }

        @Override
        public List<Recipient> editorsOf(String organisationCode) {
            asked.add(organisationCode);
            return editors.getOrDefault(organisationCode, List.of());
        }
    }

    static GreenMail smtp;

    @Inject
    ReminderDigest digest;

    @Inject
    TaskService tasks;

    @Inject
    TaskClock clock;

    long indicator;
    FixedDirectory directory;

    @BeforeAll
    static void startSmtpServer() {
        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @BeforeEach
    void editorsWhoSignedIn() throws Exception {
        TaskFixtures.removeAll();
        smtp.purgeEmailFromAllMailboxes();
        indicator = TaskFixtures.halfYearlyIndicatorWith2025H1("DIGEST", NAME, "barn-utbildning", 3);
        for (String token : List.of(OWNER, OPTED_OUT, NOTHING_DUE)) {
            given().header("Authorization", "Bearer " + token).when().get("/api/v1/me").then().statusCode(200);
        }
        given().header("Authorization", "Bearer " + OPTED_OUT).contentType(ContentType.JSON)
                .body(Map.of("weeklyDigest", false)).when().put("/api/v1/me/reminders").then().statusCode(200);
    }

    @AfterEach
    void removeIt() {
        TaskFixtures.removeAll();
        clock.reset();
    }

    private void keycloakAsTheDoubleSays() {
        keycloakNames(EDITORS);
    }

    private void keycloakNames(Map<String, List<Recipient>> editors) {
        directory = new FixedDirectory(editors);
        QuarkusMock.installMockForType(directory, RecipientDirectory.class);
    }

    @Test
    void theOwnersGetOneDigestAWeekWithTheOverdueValueAlsoOneWhoNeverSignedInAndTheOthersNone() throws Exception {
        keycloakAsTheDoubleSays();
        assertThat(tasks.forOrganisation("raddningstjansten", MAY_FIRST)).as("precondition: nothing due").isEmpty();

        assertThat(digest.send(MAY_FIRST).sent()).isEqualTo(2);
        assertThat(directory.asked).as("only organisations with something due are looked up")
                .contains("barn-utbildning").doesNotContain("raddningstjansten");
        assertThat(digest.send(MAY_FIRST.plusDays(2)).sent()).as("a second run in the same week").isZero();
        smtp.waitForIncomingEmail(2000, 2);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(ReminderDigestTest::to).toList())
                .containsExactlyInAnyOrder("digest-skola@vasteras.se", "never-signed-in@vasteras.se");
        MimeMessage owners = Arrays.stream(received).filter(m -> to(m).equals("digest-skola@vasteras.se")).findFirst()
                .orElseThrow();
        String body = ((String) owners.getContent()).replace("\r\n", "\n");
        assertThat(owners.getSubject()).startsWith("Värna: ").contains("försenade").endsWith("vecka 18");
        assertThat(body).contains("FÖRSENAD: Nytt värde för indikatorn " + NAME + " (2025H2), senast 2026-03-31")
                .contains("http://localhost:5173/indicators/" + indicator)
                .contains("Mina uppgifter")
                .doesNotContain("Nöjdhet");
        MimeMessage newcomers = Arrays.stream(received).filter(m -> to(m).equals("never-signed-in@vasteras.se"))
                .findFirst().orElseThrow();
        assertThat((String) newcomers.getContent()).as("the name from Keycloak").startsWith("Hej Nya Redaktören!");

        assertThat(digest.send(MAY_FIRST.plusDays(7)).sent()).as("the next week").isEqualTo(2);
    }

    @Test
    void nothingDueNoMail() throws Exception {
        // only the organisation with nothing due has an editor (others' seeded to-dos may be due)
        keycloakNames(Map.of("raddningstjansten", EDITORS.get("raddningstjansten")));
        TaskFixtures.removeAll();
        given().header("Authorization", "Bearer " + NOTHING_DUE).when().get("/api/v1/me").then().statusCode(200);
        assertThat(digest.send(MAY_FIRST).sent()).isZero();
        assertThat(smtp.waitForIncomingEmail(300, 1)).isFalse();
    }

    @Test
    void theCoordinatorSendsThisWeeksDigestNowAndEditorsMayNot() throws Exception {
        keycloakAsTheDoubleSays();
        clock.fixAt(MAY_FIRST);
        given().header("Authorization", "Bearer " + OWNER).when().post("/api/v1/reminder-digest-runs")
                .then().statusCode(403);
        given().header("Authorization", "Bearer " + COORDINATOR).when().post("/api/v1/reminder-digest-runs")
                .then().statusCode(200).body("week", equalTo("2026-W18")).body("sent", equalTo(2));
        assertThat(smtp.waitForIncomingEmail(2000, 2)).isTrue();
        given().header("Authorization", "Bearer " + COORDINATOR).when().post("/api/v1/reminder-digest-runs")
                .then().statusCode(200).body("sent", equalTo(0));
    }

    @Test
    void withoutKeycloakNothingIsSentTheRunFailsVisiblyAndSendNowAnswers503() throws Exception {
        // no double: the real directory, whose Keycloak (the test profile's 127.0.0.1:9) does not answer
        double failedBefore = failedRuns();
        assertThatThrownBy(() -> digest.send(MAY_FIRST)).isInstanceOf(RecipientDirectory.DirectoryUnavailableException.class)
                .hasMessageContaining("Keycloak");
        assertThat(failedRuns()).as("counted in varna.reminders.digest.runs{outcome=directoryUnavailable}")
                .isEqualTo(failedBefore + 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from reminder_digest").getSingleResult()).longValue())).as("no week claimed").isZero();

        clock.fixAt(MAY_FIRST);
        given().header("Authorization", "Bearer " + COORDINATOR).when().post("/api/v1/reminder-digest-runs")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "60")
                .body("detail", containsString("Keycloak"));
        assertThat(smtp.waitForIncomingEmail(300, 1)).as("not a single mail").isFalse();
    }

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    MeterRegistry registry;

    private double failedRuns() {
        Counter counter = registry.find("varna.reminders.digest.runs").tag("outcome", "directoryUnavailable").counter();
        return counter == null ? 0 : counter.count();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
