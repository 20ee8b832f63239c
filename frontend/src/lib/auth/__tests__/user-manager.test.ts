import { http, HttpResponse } from 'msw';
import type { User, UserManager } from 'oidc-client-ts';
import { createApiClient } from '@/lib/api/client';
import { server } from '@/testing/server';
import { ACCESS_TOKEN_RENEWAL_SECONDS, connectApiToUserManager, createUserManager } from '../user-manager';

const user = (token: string, expired: boolean) =>
  ({ access_token: token, refresh_token: 'refresh', expired }) as unknown as User;

/** The Authorization headers of `count` parallel GET /api/v1/me through the app's default token getter. */
async function authorizationsSent(count: number): Promise<(string | null)[]> {
  const authorizations: (string | null)[] = [];
  server.use(http.get('*/api/v1/me', ({ request }) => {
    authorizations.push(request.headers.get('Authorization'));
    return HttpResponse.json({ username: 'u', roles: [], serviceAccount: false });
  }));
  const client = createApiClient();
  await Promise.all(Array.from({ length: count }, () => client.GET('/api/v1/me')));
  return authorizations;
}

describe('the user manager and 60-second access tokens', () => {
  it('renews a token well before a 60-second token expires, not the moment it arrives', () => {
    expect(createUserManager().settings.accessTokenExpiringNotificationTimeInSeconds).toBe(ACCESS_TOKEN_RENEWAL_SECONDS);
    expect(ACCESS_TOKEN_RENEWAL_SECONDS).toBeGreaterThan(5);
    expect(ACCESS_TOKEN_RENEWAL_SECONDS).toBeLessThan(60);
  });

  it('renews an expired token once for all waiting requests before sending them', async () => {
    const signinSilent = vi.fn(async () => user('renewed', false));
    connectApiToUserManager({ getUser: async () => user('old', true), signinSilent } as unknown as UserManager);

    expect(await authorizationsSent(2)).toEqual(['Bearer renewed', 'Bearer renewed']);
    expect(signinSilent).toHaveBeenCalledTimes(1);
  });

  it('sends no token when Keycloak refuses the renewal (the user was disabled)', async () => {
    const signinSilent = vi.fn(async () => { throw new Error('invalid_grant'); });
    connectApiToUserManager({ getUser: async () => user('old', true), signinSilent } as unknown as UserManager);

    expect(await authorizationsSent(1)).toEqual([null]);
  });
});
