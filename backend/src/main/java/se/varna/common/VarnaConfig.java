package se.varna.common;

import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Värna's own settings ({@code varna.*}).
 */
@ConfigMapping(prefix = "varna")
public interface VarnaConfig {

    /**
     * The realm roles that mean something in Värna; {@code /me} answers only these, and
     * other roles Keycloak adds (e.g. {@code offline_access}) are ignored.
     */
    @WithDefault("coordinator,editor,partner,viewer")
    Set<String> roles();

    /**
     * Prefix Keycloak gives the username of a client's service account
     * (client-credentials grant).
     */
    @WithDefault("service-account-")
    String serviceAccountPrefix();
}
