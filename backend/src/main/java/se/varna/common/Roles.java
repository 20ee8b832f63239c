package se.varna.common;

/**
 * {@link VarnaRole}'s names as compile-time constants (for {@code @RolesAllowed}) and the
 * {@code x-roles} values the contract lists.
 */
public final class Roles {

    public static final String COORDINATOR = "coordinator";
    public static final String EDITOR = "editor";
    public static final String PARTNER = "partner";
    public static final String VIEWER = "viewer";

    /** {@code x-roles} of an operation anyone may call, with or without a token. */
    public static final String X_ROLES_PUBLIC = "[\"anonymous\",\"viewer\",\"partner\",\"editor\",\"coordinator\"]";
    /** {@code x-roles} of an operation any valid token may call. */
    public static final String X_ROLES_AUTHENTICATED = "[\"authenticated\"]";

    private Roles() {
    }
}
