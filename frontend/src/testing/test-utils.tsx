import { render } from '@testing-library/react';
import { UserManager } from 'oidc-client-ts';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import { createQueryClient } from '@/lib/react-query';

/** A user manager that never talks to Keycloak: the metadata is given, nobody is signed in. */
const testUserManager = () =>
  new UserManager({
    authority: 'http://keycloak.test/realms/varna',
    client_id: 'varna-web',
    redirect_uri: 'http://localhost:3000/',
    metadata: {
      issuer: 'http://keycloak.test/realms/varna',
      authorization_endpoint: 'http://keycloak.test/realms/varna/protocol/openid-connect/auth',
      token_endpoint: 'http://keycloak.test/realms/varna/protocol/openid-connect/token',
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
