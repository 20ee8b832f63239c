package se.varna.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * The weekly digest through a real SMTP server (GreenMail, started here on the port the test
 * profile's mailer uses): the editor whose organisation has an overdue value gets one mail with
 * that item and its link, however often the job runs in the week; a colleague who turned it off
 * and an editor whose organisation has nothing due get none; the next week sends again.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ReminderDigestTest {

    static final String OWNER = TestTokens.user("digest-skola", "barn-utbildning", "editor");
    static final String OPTED_OUT = TestTokens.user("digest-skola-2", "barn-utbildning", "editor");
    static final String NOTHING_DUE = TestTokens.user("digest-rtj", "raddningstjansten", "editor");
    static final String NAME = "Skolenkätens trygghet (påminnelsetest)";
    static final LocalDate MAY_FIRST = LocalDate.of(2026, 5, 1);

    static GreenMail smtp;

    @Inject
    ReminderDigest digest;

    @Inject
    TaskService tasks;

    long indicator;

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
    }

    @Test
    void theOwnerGetsOneDigestAWeekWithTheOverdueValueAndTheOthersNone() throws Exception {
        assertThat(tasks.forOrganisation("raddningstjansten", MAY_FIRST)).as("precondition: nothing due").isEmpty();

        assertThat(digest.send(MAY_FIRST)).isEqualTo(1);
        assertThat(digest.send(MAY_FIRST.plusDays(2))).as("a second run in the same week").isZero();
        smtp.waitForIncomingEmail(2000, 1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(ReminderDigestTest::to).toList())
                .containsExactly("digest-skola@vasteras.se");
        String body = ((String) received[0].getContent()).replace("\r\n", "\n");
        assertThat(received[0].getSubject()).startsWith("Värna: ").contains("försenade").endsWith("vecka 18");
        assertThat(body).contains("FÖRSENAD: Nytt värde för indikatorn " + NAME + " (2025H2), senast 2026-03-31")
                .contains("http://localhost:5173/indicators/" + indicator)
                .contains("Mina uppgifter")
                .doesNotContain("Nöjdhet");

        assertThat(digest.send(MAY_FIRST.plusDays(7))).as("the next week").isEqualTo(1);
    }

    @Test
    void nothingDueNoMail() throws Exception {
        TaskFixtures.removeAll();
        given().header("Authorization", "Bearer " + NOTHING_DUE).when().get("/api/v1/me").then().statusCode(200);
        assertThat(digest.send(MAY_FIRST)).isZero();
        assertThat(smtp.waitForIncomingEmail(300, 1)).isFalse();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
