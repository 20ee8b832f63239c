import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { User } from 'oidc-client-ts';
import { server } from '@/testing/server';
import { renderApp, TEST_AUTHORITY, TEST_CLIENT_ID } from '@/testing/test-utils';

function signIn(accessToken: string) {
  const now = Math.floor(Date.now() / 1000);
  const user = new User({
    access_token: accessToken,
    token_type: 'Bearer',
    id_token: 'id-token',
    scope: 'openid profile email',
    expires_at: now + 300,
    profile: {
      sub: 'user-1',
      iss: TEST_AUTHORITY,
      aud: TEST_CLIENT_ID,
      exp: now + 300,
      iat: now,
      preferred_username: 'samordnare',
      name: 'Sara Samordnare',
    },
  });
  window.sessionStorage.setItem(`oidc.user:${TEST_AUTHORITY}:${TEST_CLIENT_ID}`, user.toStorageString());
}

describe('Signed-in user', () => {
  it('sees their name, username and organisation in the header, fetched with their token', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get('*/api/v1/me', ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return HttpResponse.json({
          username: 'samordnare',
          name: 'Sara Samordnare',
          roles: ['coordinator'],
          serviceAccount: false,
          organisation: { id: 3, code: 'HBE', name: { sv: 'Hållbarhetsenheten', en: 'Sustainability unit' } },
        });
      }),
    );
    signIn('access-token-1');
    renderApp('/');

    expect(await screen.findByText('Hållbarhetsenheten')).toBeInTheDocument();
    expect(screen.getByText('Sara Samordnare')).toBeInTheDocument();
    expect(screen.getByText(/\(samordnare\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Logga ut' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Logga in' })).not.toBeInTheDocument();
    expect(seen).toContain('Bearer access-token-1');

    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('Sustainability unit')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
  });
});
