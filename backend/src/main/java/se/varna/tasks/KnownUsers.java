package se.varna.tasks;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
import se.varna.common.caching.MeHits;
import se.varna.tasks.RecipientDirectory.Recipient;
import se.varna.tasks.TaskDtos.ReminderSettings;

/**
 * The users the service knows from their tokens (Keycloak id, name, e-mail, organisation, whether
 * they are an editor), renewed whenever they sign in to the web app ({@code GET /api/v1/me}), and
 * each one's choice of the weekly digest. The digest's recipients come from Keycloak
 * ({@link RecipientDirectory}); this table only says who turned it off.
 */
@ApplicationScoped
public class KnownUsers {

    private static final Logger LOG = Logger.getLogger(KnownUsers.class);
    private static final int TEXT_MAX = 500;

    /**
     * Who turned the weekly digest off, by Keycloak id, username and e-mail address (lower case): a
     * recipient matching any of them is left out, so a renamed user or a changed address keeps the
     * choice.
     */
    public record OptOuts(Set<String> userIds, Set<String> usernames, Set<String> emails) {
        public boolean excludes(Recipient r) {
            return (r.userId() != null && userIds.contains(r.userId())) || usernames.contains(r.username())
                    || (r.email() != null && emails.contains(r.email().toLowerCase(Locale.ROOT)));
        }
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Municipality municipality;

    @Inject
    MeHits meHits;

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
                bounded(caller.organisationCode()) + "", String.valueOf(caller.hasRole(VarnaRole.editor)), bounded(caller.subject()) + "");
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

    /**
     * Forgets which callers were noted, for whoever removed the rows (the tests), and the {@code /me}
     * answers replayed without noting them ({@link MeHits}), so that the next {@code /me} notes again.
     */
    void forgetRecorded() {
        recorded.invalidateAll();
        meHits.forget();
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
                + "weekly_digest, last_seen_at, user_id) values (?1, ?2, ?3, ?4, ?5, ?6, coalesce(cast(?7 as boolean), true), now(), ?8) "
                + "on conflict (username) do update set municipality = excluded.municipality, name = excluded.name, "
                + "email = excluded.email, organisation_code = excluded.organisation_code, editor = excluded.editor, "
                + "weekly_digest = coalesce(cast(?7 as boolean), known_user.weekly_digest), last_seen_at = now(), "
                + "user_id = excluded.user_id "
                + "where cast(?7 as boolean) is not null or known_user.email is distinct from excluded.email "
                + "or known_user.name is distinct from excluded.name "
                + "or known_user.organisation_code is distinct from excluded.organisation_code "
                + "or known_user.user_id is distinct from excluded.user_id "
                + "or known_user.editor <> excluded.editor or known_user.last_seen_at < now() - interval '1 hour'")
                .setParameter(1, municipality.code())
                .setParameter(2, caller.username())
                .setParameter(3, bounded(caller.name()))
                .setParameter(4, bounded(caller.email()))
                .setParameter(5, bounded(caller.organisationCode()))
                .setParameter(6, caller.hasRole(VarnaRole.editor))
                .setParameter(7, new TypedParameterValue<>(StandardBasicTypes.BOOLEAN, weeklyDigest))
                .setParameter(8, new TypedParameterValue<>(StandardBasicTypes.STRING, bounded(caller.subject())))
                .executeUpdate();
    }

    private static String bounded(Optional<String> value) {
        return value.filter(v -> v.length() <= TEXT_MAX).orElse(null);
    }

    /** Everyone who turned the weekly digest off. */
    public OptOuts optOuts() {
        List<?> rows = em.createNativeQuery("select user_id, username, email from known_user where not weekly_digest")
                .getResultList();
        Set<String> ids = new HashSet<>();
        Set<String> usernames = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            if (r[0] != null) {
                ids.add((String) r[0]);
            }
            usernames.add((String) r[1]);
            if (r[2] != null) {
                emails.add(((String) r[2]).toLowerCase(Locale.ROOT));
            }
        }
        return new OptOuts(ids, usernames, emails);
    }
}
