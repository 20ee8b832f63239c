import { render } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { User, UserManager } from 'oidc-client-ts';
import { act, useLayoutEffect } from 'react';
import { MemoryRouter, useLocation, useNavigate, type Location, type NavigateFunction } from 'react-router';
import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/routes';
import type { Me } from '@/lib/api/types';
import { createQueryClient } from '@/lib/react-query';
import { server } from './server';

export const TEST_AUTHORITY = 'http://keycloak.test/realms/varna';
export const TEST_CLIENT_ID = 'varna-web';

/**
 * A user manager that never talks to Keycloak: the metadata is given, and the user is
 * whoever a test put in sessionStorage (nobody by default).
 */
const testUserManager = () =>
  new UserManager({
    authority: TEST_AUTHORITY,
    client_id: TEST_CLIENT_ID,
    redirect_uri: 'http://localhost:3000/',
    metadata: {
      issuer: TEST_AUTHORITY,
      authorization_endpoint: `${TEST_AUTHORITY}/protocol/openid-connect/auth`,
      token_endpoint: `${TEST_AUTHORITY}/protocol/openid-connect/token`,
      end_session_endpoint: `${TEST_AUTHORITY}/protocol/openid-connect/logout`,
    },
    automaticSilentRenew: false,
  });

/** Tells the test where the app is, each time the router shows another address. */
function LocationProbe({ onLocation }: { onLocation: (location: Location, navigate: NavigateFunction) => void }) {
  const location = useLocation();
  const navigate = useNavigate();
  useLayoutEffect(() => onLocation(location, navigate), [location, navigate, onLocation]);
  return null;
}

/**
 * Renders the whole app (providers, layout, routes) at `path`. Pages load lazily, so find
 * what a page shows with `findBy…`; `currentLocation()` is the address the app shows now, and
 * `navigate(path)` goes to another address as a typed one would.
 */
export function renderApp(path = '/') {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  let location: Location | undefined;
  let navigateTo: NavigateFunction | undefined;
  const recordLocation = (shown: Location, navigate: NavigateFunction) => {
    location = shown;
    navigateTo = navigate;
  };
  const result = render(
    <AppProvider queryClient={queryClient} userManager={testUserManager()}>
      <MemoryRouter initialEntries={[path]}>
        <LocationProbe onLocation={recordLocation} />
        <AppRoutes />
      </MemoryRouter>
    </AppProvider>,
  );
  const currentLocation = (): Location => {
    if (!location) throw new Error('The app has not shown an address yet');
    return location;
  };
  const navigate = async (to: string) => {
    if (!navigateTo) throw new Error('The app has not shown an address yet');
    const go = navigateTo;
    await act(async () => {
      await go(to);
    });
  };
  return { ...result, currentLocation, navigate, queryClient };
}

/** Puts a signed-in user in sessionStorage, where the app's user manager finds it. */
export function storeSignedInUser({
  username = 'samordnare',
  accessToken = 'access-token',
  name,
}: { username?: string; accessToken?: string; name?: string } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const user = new User({
    access_token: accessToken,
    token_type: 'Bearer',
    id_token: 'id-token',
    scope: 'openid profile email',
    expires_at: now + 300,
    profile: {
      sub: username,
      iss: TEST_AUTHORITY,
      aud: TEST_CLIENT_ID,
      exp: now + 300,
      iat: now,
      preferred_username: username,
      ...(name ? { name } : {}),
    },
  });
  window.sessionStorage.setItem(`oidc.user:${TEST_AUTHORITY}:${TEST_CLIENT_ID}`, user.toStorageString());
}

/** Signs in a user with these roles, and answers `/me` for them. */
/**
 * Signs in `username` as a member of `organisation` (its code, also used as its name) with
 * `roles`: what the role-and-organisation tests of the pages need.
 */
export function signInAsMemberOf(username: string, roles: string[], organisation: string) {
  storeSignedInUser({ username, accessToken: `token-${username}` });
  server.use(
    http.get('*/api/v1/me', () =>
      HttpResponse.json({
        username,
        roles,
        serviceAccount: false,
        organisation: { id: 4, code: organisation, name: { sv: organisation, en: organisation } },
      }),
    ),
  );
}

export function signInAs(roles: string[], me: Partial<Me> = {}) {
  const username = me.username ?? 'samordnare';
  storeSignedInUser({ username, accessToken: `token-${username}` });
  server.use(
    http.get('*/api/v1/me', () =>
      HttpResponse.json({ username, name: 'Sara', roles, serviceAccount: false, organisation: null, ...me }),
    ),
  );
}
