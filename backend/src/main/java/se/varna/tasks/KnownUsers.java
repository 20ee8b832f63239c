package se.varna.tasks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.varna.common.CurrentCaller;
import se.varna.common.Municipality;
import se.varna.common.VarnaRole;
import se.varna.tasks.TaskDtos.ReminderSettings;

/**
 * The users the service knows from their tokens (name, e-mail, organisation, whether they are an
 * editor), renewed whenever they sign in to the web app ({@code GET /api/v1/me}), and each one's
 * choice of the weekly digest. Keycloak issues the e-mail address; the digest goes to it.
 */
@ApplicationScoped
public class KnownUsers {

    private static final Logger LOG = Logger.getLogger(KnownUsers.class);
    private static final int TEXT_MAX = 500;

    /** Someone the digest can go to. */
    public record Recipient(String username, String name, String email, String organisationCode) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Municipality municipality;

    /**
     * The callers this replica noted within the hour, as they were noted (username, name, e-mail,
     * organisation, editor): the web app asks {@code /me} at every sign-in and page load, and
     * the row changes only when one of these does or an hour has passed (the upsert's own rule),
     * so a repeated call need not open a transaction to find that out.
     */
    private final Cache<String, Boolean> recorded = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();

    /**
     * Notes the caller (a person, not a partner system) as seen now, in a transaction of its own,
     * unless this replica noted the same details within the hour; a failure is logged and never
     * fails the caller's request.
     */
    public void record() {
        if (caller.isAnonymous() || caller.isServiceAccount()) {
            return;
        }
        String noted = String.join("\n", caller.username(), bounded(caller.name()) + "", bounded(caller.email()) + "",
                bounded(caller.organisationCode()) + "", String.valueOf(caller.hasRole(VarnaRole.editor)));
        if (recorded.getIfPresent(noted) != null) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> upsert(null));
            recorded.put(noted, Boolean.TRUE);
        } catch (RuntimeException e) {
            LOG.warnf("Could not note the user %s for the reminders: %s", caller.username(), e.getMessage());
        }
    }

    /** Forgets which callers were noted, for whoever removed the rows (the tests). */
    void forgetRecorded() {
        recorded.invalidateAll();
    }

    /** The caller's reminder settings. */
    public ReminderSettings settings() {
        List<?> rows = em.createNativeQuery("select weekly_digest from known_user where username = ?1")
                .setParameter(1, caller.username()).getResultList();
        boolean weekly = rows.isEmpty() || (Boolean) rows.get(0);
        return new ReminderSettings(weekly, eligible(), caller.email().orElse(null));
    }

    /** Turns the caller's weekly digest on or off. */
    public ReminderSettings choose(boolean weeklyDigest) {
        QuarkusTransaction.requiringNew().run(() -> upsert(weeklyDigest));
        return settings();
    }

    private boolean eligible() {
        return caller.hasRole(VarnaRole.editor) && caller.email().isPresent() && caller.organisationCode().isPresent();
    }

    /** Inserts or renews the caller's row; {@code weeklyDigest} null keeps the stored choice. */
    private void upsert(Boolean weeklyDigest) {
        em.createNativeQuery("insert into known_user (municipality, username, name, email, organisation_code, editor, "
                + "weekly_digest, last_seen_at) values (?1, ?2, ?3, ?4, ?5, ?6, coalesce(cast(?7 as boolean), true), now()) "
                + "on conflict (username) do update set municipality = excluded.municipality, name = excluded.name, "
                + "email = excluded.email, organisation_code = excluded.organisation_code, editor = excluded.editor, "
                + "weekly_digest = coalesce(cast(?7 as boolean), known_user.weekly_digest), last_seen_at = now() "
                + "where cast(?7 as boolean) is not null or known_user.email is distinct from excluded.email "
                + "or known_user.name is distinct from excluded.name "
                + "or known_user.organisation_code is distinct from excluded.organisation_code "
                + "or known_user.editor <> excluded.editor or known_user.last_seen_at < now() - interval '1 hour'")
                .setParameter(1, municipality.code())
                .setParameter(2, caller.username())
                .setParameter(3, bounded(caller.name()))
                .setParameter(4, bounded(caller.email()))
                .setParameter(5, bounded(caller.organisationCode()))
                .setParameter(6, caller.hasRole(VarnaRole.editor))
                .setParameter(7, new TypedParameterValue<>(StandardBasicTypes.BOOLEAN, weeklyDigest))
                .executeUpdate();
    }

    private static String bounded(Optional<String> value) {
        return value.filter(v -> v.length() <= TEXT_MAX).orElse(null);
    }

    /** The editors with an address and an organisation who have not turned the digest off, by username. */
    public List<Recipient> digestRecipients() {
        List<?> rows = em.createNativeQuery("select username, name, email, organisation_code from known_user "
                + "where editor and weekly_digest and email is not null and organisation_code is not null "
                + "order by username").getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new Recipient((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }
}
