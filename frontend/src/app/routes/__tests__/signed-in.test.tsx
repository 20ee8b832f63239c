import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/server';
import { renderApp, storeSignedInUser } from '@/testing/test-utils';

function signIn(accessToken: string) {
  storeSignedInUser({ accessToken, name: 'Sara Samordnare' });
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
