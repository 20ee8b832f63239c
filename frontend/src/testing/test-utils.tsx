import { render } from '@testing-library/react';
import { UserManager } from 'oidc-client-ts';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import { createQueryClient } from '@/lib/react-query';

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

/** Renders the whole app (providers, layout, routes) at `path`. */
export function renderApp(path = '/') {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProvider queryClient={queryClient} userManager={testUserManager()}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router, queryClient };
}
