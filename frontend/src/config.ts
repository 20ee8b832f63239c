// Build-time configuration. Vite inlines VITE_* variables when the app is built.
export const config = {
  /** The Keycloak realm that signs users in (OpenID Connect issuer). */
  oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/varna',
  /** The public client the web app signs in as. */
  oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID ?? 'varna-web',
  /**
   * Where readers report accessibility shortcomings and ask for content in another format (the
   * accessibility statement's contact): set VITE_ACCESSIBILITY_CONTACT to the municipality's own
   * address before publishing.
   */
  accessibilityContact: import.meta.env.VITE_ACCESSIBILITY_CONTACT ?? 'tillganglighet@example.org',
} as const;
