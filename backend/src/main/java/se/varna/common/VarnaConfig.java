package se.varna.common;


import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Värna's own settings ({@code varna.*}).
 */
@ConfigMapping(prefix = "varna")
public interface VarnaConfig {

    /**
     * Prefix Keycloak gives the username of a client's service account
     * (client-credentials grant).
     */
    @WithDefault("service-account-")
    String serviceAccountPrefix();
}
