package se.varna.support;

import java.util.Set;

/**
 * Operations that read Keycloak's users, which the test profile has not: an allowed caller gets
 * their 503, the answer the contract declares for that (ReminderDigestTest proves it is a
 * problem answer and that nothing was sent). The role matrix and the fuzz test allow it.
 */
public final class NeedsKeycloak {

    public static final Set<String> OPERATIONS = Set.of("runReminderDigest");

    private NeedsKeycloak() {
    }
}
