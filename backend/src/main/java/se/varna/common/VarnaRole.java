package se.varna.common;

/**
 * Värna's roles, as Keycloak realm roles. The contract lists the same four (`Me.roles`);
 * {@link Roles} repeats the names as compile-time constants for {@code @RolesAllowed}.
 */
public enum VarnaRole {
    coordinator,
    editor,
    partner,
    viewer
}
