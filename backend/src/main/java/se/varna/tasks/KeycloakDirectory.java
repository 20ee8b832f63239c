package se.varna.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import se.varna.common.CurrentCaller;
import se.varna.common.VarnaRole;

/**
 * The realm's editors read through Keycloak's admin REST API with the backend's own service
 * account ({@code varna-directory}: client credentials, realm-management {@code view-users} and
 * {@code query-users} only; docs/security.md).
 *
 * <p>A user's organisation is found where the token's {@code organisation} claim comes from (the
 * realm's user-attribute mapper): the user's own {@code organisation} attribute, or else the
 * attribute of a group they belong to, inherited by its subgroups. In the brokered prod realm the
 * identity provider's mappers put the user in that group. Whether they are an editor is their
 * effective realm roles (directly, through a group or a composite role), as in the token.
 */
@ApplicationScoped
public class KeycloakDirectory implements RecipientDirectory {

    /** Keycloak's page size for users and groups; each list is read to its end. */
    static final int PAGE = 100;

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realm;

    @Override
    public List<Recipient> editorsOf(String organisationCode) {
        try {
            return read(keycloak.realm(realm), organisationCode);
        } catch (RuntimeException e) {
            // connection refused, 401/403 for the service account, a timeout: never half a list
            throw new DirectoryUnavailableException("Keycloak's users of the realm " + realm + " could not be read: "
                    + rootMessage(e), e);
        }
    }

    private static List<Recipient> read(RealmResource realm, String organisationCode) {
        Map<String, UserRepresentation> candidates = new LinkedHashMap<>();
        // the user's own attribute wins over a group's, as in Keycloak's user-attribute mapper
        for (UserRepresentation u : all((first, max) -> realm.users().searchByAttributes(first, max, true, false,
                CurrentCaller.ORGANISATION_CLAIM + ":" + organisationCode))) {
            candidates.put(u.getId(), u);
        }
        for (GroupRepresentation g : groupsOf(realm, organisationCode)) {
            for (UserRepresentation u : all((first, max) -> realm.groups().group(g.getId()).members(first, max, false))) {
                Optional<String> own = first(u.getAttributes(), CurrentCaller.ORGANISATION_CLAIM);
                if (own.map(organisationCode::equals).orElse(true)) {
                    candidates.putIfAbsent(u.getId(), u);
                }
            }
        }
        List<Recipient> editors = new ArrayList<>();
        for (UserRepresentation u : candidates.values()) {
            if (!Boolean.TRUE.equals(u.isEnabled()) || u.getEmail() == null || u.getEmail().isBlank()) {
                continue;
            }
            List<RoleRepresentation> roles = realm.users().get(u.getId()).roles().realmLevel().listEffective();
            if (roles.stream().anyMatch(r -> VarnaRole.editor.name().equals(r.getName()))) {
                editors.add(new Recipient(u.getId(), u.getUsername(), name(u), u.getEmail(), organisationCode));
            }
        }
        editors.sort(Comparator.comparing(Recipient::username));
        return editors;
    }

    /** The groups whose organisation (their own attribute, or else their parent's) is this one. */
    private static List<GroupRepresentation> groupsOf(RealmResource realm, String organisationCode) {
        List<GroupRepresentation> found = new ArrayList<>();
        Map<String, String> inherited = new HashMap<>();
        List<GroupRepresentation> level = all((first, max) -> realm.groups().groups(null, first, max, false));
        for (GroupRepresentation g : level) {
            inherited.put(g.getId(), null);
        }
        while (!level.isEmpty()) {
            List<GroupRepresentation> next = new ArrayList<>();
            for (GroupRepresentation g : level) {
                String code = first(g.getAttributes(), CurrentCaller.ORGANISATION_CLAIM)
                        .orElse(inherited.get(g.getId()));
                if (organisationCode.equals(code)) {
                    found.add(g);
                }
                Long children = g.getSubGroupCount();
                if (children == null || children > 0) {
                    for (GroupRepresentation child : all((first, max) -> realm.groups().group(g.getId())
                            .getSubGroups(first, max, false))) {
                        inherited.put(child.getId(), code);
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return found;
    }

    private static <T> List<T> all(BiFunction<Integer, Integer, List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int first = 0;; first += PAGE) {
            List<T> some = page.apply(first, PAGE);
            all.addAll(some);
            if (some.size() < PAGE) {
                return all;
            }
        }
    }

    private static Optional<String> first(Map<String, List<String>> attributes, String name) {
        if (attributes == null || attributes.get(name) == null) {
            return Optional.empty();
        }
        return attributes.get(name).stream().filter(v -> v != null && !v.isBlank()).findFirst();
    }

    private static String name(UserRepresentation u) {
        String full = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).trim();
        return full.isEmpty() ? null : full;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
