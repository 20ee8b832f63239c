package se.varna.tasks;

import java.util.List;

/**
 * Where the weekly digest finds its recipients: the editors of an organisation, as the identity
 * provider knows them, whether or not they ever signed in to Värna. The service's implementation
 * is {@link KeycloakDirectory}; tests about the digest's content put a double in its place.
 */
public interface RecipientDirectory {

    /** Someone the digest can go to: a user of the realm, by their Keycloak id and username. */
    record Recipient(String userId, String username, String name, String email, String organisationCode) {
    }

    /**
     * The enabled editors of the organisation with this code who have an e-mail address, by
     * username. Answers the whole list or throws {@link DirectoryUnavailableException}; never a
     * part of it.
     */
    List<Recipient> editorsOf(String organisationCode);

    /** The directory could not answer (unreachable, refused the service account, …): nothing is sent. */
    class DirectoryUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DirectoryUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
