package se.varna.common;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, read from the bearer token: username, Värna roles, the organisation the
 * caller acts for (the {@code organisation} claim, an organisation code) and whether it is
 * a partner system using client credentials. Use {@link #actsFor(String)} for "an editor
 * acts only for their own organisation".
 */
@RequestScoped
public class CurrentCaller {

    public static final String ORGANISATION_CLAIM = "organisation";

    @Inject
    SecurityIdentity identity;

    @Inject
    VarnaConfig config;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String username() {
        return claim("preferred_username").orElseGet(() -> identity.getPrincipal().getName());
    }

    /** The identity provider's id of the caller (the token's {@code sub}; Keycloak's user id). */
    public Optional<String> subject() {
        return claim("sub");
    }

    public Optional<String> name() {
        return claim("name").or(() -> {
            String given = claim("given_name").orElse("");
            String family = claim("family_name").orElse("");
            String full = (given + " " + family).trim();
            return full.isEmpty() ? Optional.empty() : Optional.of(full);
        });
    }

    public Optional<String> email() {
        return claim("email");
    }

    /** The caller's Värna roles in their declared order; other roles in the token are left out. */
    public Set<VarnaRole> roles() {
        Set<VarnaRole> roles = EnumSet.noneOf(VarnaRole.class);
        for (VarnaRole role : VarnaRole.values()) {
            if (identity.hasRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean hasRole(VarnaRole role) {
        return identity.hasRole(role.name());
    }

    /** The code of the organisation the caller acts for, when the token names one. */
    public Optional<String> organisationCode() {
        return claim(ORGANISATION_CLAIM);
    }

    /** Whether the caller acts for the organisation with this code. */
    public boolean actsFor(String organisationCode) {
        return organisationCode != null && organisationCode().map(organisationCode::equals).orElse(false);
    }

    /** True for a partner system's token from the client-credentials grant. */
    public boolean isServiceAccount() {
        if (isAnonymous()) {
            return false;
        }
        Optional<String> username = claim("preferred_username");
        if (username.map(u -> u.startsWith(config.serviceAccountPrefix())).orElse(false)) {
            return true;
        }
        if (claim("client_id").isPresent() || claim("clientId").isPresent()) {
            return true;
        }
        return username.isEmpty() && claim("azp").isPresent();
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
