import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { config } from '@/config';
import { setAccessTokenGetter } from '@/lib/api/client';

/**
 * The realm's access tokens live 60 s (a user disabled or removed from a group in Keycloak
 * loses access within a minute, docs/security.md), so the app renews them with the refresh
 * token this many seconds before they expire. oidc-client-ts' default of 60 s would renew a
 * 60-second token the moment it arrives, in a loop.
 */
export const ACCESS_TOKEN_RENEWAL_SECONDS = 20;

/**
 * Sign-in with Keycloak: authorization code flow with PKCE (oidc-client-ts' default for
 * response_type=code), a public client, tokens kept in sessionStorage for the tab.
 */
export function createUserManager(): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: ACCESS_TOKEN_RENEWAL_SECONDS,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export const userManager = createUserManager();

/**
 * Points the API client at the signed-in user's access token, if any and still valid. A token
 * that expired before the timer renewed it (a background tab's timers are throttled) is renewed
 * first, once for all requests waiting on it; when Keycloak refuses (the user was disabled, the
 * session ended) the request goes without a token and the API answers 401.
 */
export function connectApiToUserManager(manager: UserManager): void {
  let renewal: Promise<User | null> | undefined;
  setAccessTokenGetter(async () => {
    let user = await manager.getUser();
    if (user?.expired && user.refresh_token) {
      renewal ??= manager.signinSilent().catch(() => null).finally(() => { renewal = undefined; });
      user = await renewal;
    }
    return user && !user.expired ? user.access_token : undefined;
  });
}

/** Removes `?code=…&state=…` from the address after the sign-in callback. */
export function onSigninCallback(): void {
  const url = new URL(window.location.href);
  for (const param of ['code', 'state', 'session_state', 'iss']) url.searchParams.delete(param);
  window.history.replaceState(window.history.state, document.title, url.pathname + url.search + url.hash);
}
