// Build-time configuration. Vite inlines VITE_* variables when the app is built.

/** A setting without a sensible default: a build without it fails on first use, not quietly. */
function required(name: string, value: string | undefined): string {
  if (!value) throw new Error(`${name} is not set: see frontend/.env`);
  return value;
}

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
  /**
   * The municipality's official code, the top of the area tree: the area of every headline
   * figure (the start page, the public page, an indicator's headline series, the crime
   * explorer's default). Set in `frontend/.env` or the build's environment.
   */
  municipalityCode: required('VITE_MUNICIPALITY_CODE', import.meta.env.VITE_MUNICIPALITY_CODE),
  accessibilityContact: import.meta.env.VITE_ACCESSIBILITY_CONTACT ?? 'tillganglighet@example.org',
} as const;
