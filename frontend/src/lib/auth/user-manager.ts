import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { config } from '@/config';
import { setAccessTokenGetter } from '@/lib/api/client';

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
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export const userManager = createUserManager();

/** Points the API client at the signed-in user's access token, if any and still valid. */
export function connectApiToUserManager(manager: UserManager): void {
  setAccessTokenGetter(async () => {
    const user = await manager.getUser();
    return user && !user.expired ? user.access_token : undefined;
  });
}

/** Removes `?code=…&state=…` from the address after the sign-in callback. */
export function onSigninCallback(): void {
  const url = new URL(window.location.href);
  for (const param of ['code', 'state', 'session_state', 'iss']) url.searchParams.delete(param);
  window.history.replaceState(window.history.state, document.title, url.pathname + url.search + url.hash);
}
