// Build-time configuration. Vite inlines VITE_* variables when the app is built.
export const config = {
  /** The Keycloak realm that signs users in (OpenID Connect issuer). */
  oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/varna',
  /** The public client the web app signs in as. */
  oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID ?? 'varna-web',
} as const;
