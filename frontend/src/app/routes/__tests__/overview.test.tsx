import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/test-utils';
import { server } from '@/testing/server';

describe('Overview', () => {
  it('shows the policy and its six goals as cards linking to the goal pages', async () => {
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Policyns övergripande mål' })).toBeInTheDocument();
    const cards = await screen.findAllByTestId('goal-card');
    expect(cards).toHaveLength(6);

    const first = within(cards[0]!);
    const link = first.getByRole('link', { name: /Mål 1.*Invånarna känner delaktighet och tillit/ });
    expect(link).toHaveAttribute('href', '/goals/1');
    expect(first.getByRole('heading', { level: 2 })).toContainElement(link);
    expect(first.getByText('Mål 16')).toBeInTheDocument();
    expect(first.getByText('Andel som känner tillit till andra')).toBeInTheDocument();
    expect(first.getByText('Anmälda skadegörelsebrott')).toBeInTheDocument();
    expect(first.getByText('Per 100 000 invånare · Lägre är bättre')).toBeInTheDocument();
    // the long description is shortened
    expect(first.getByText(/…$/)).toBeInTheDocument();

    expect(within(cards[3]!).getByText('Målet har inga indikatorer ännu.')).toBeInTheDocument();
    expect(await screen.findByText('Policy för trygghetsskapande och brottsförebyggande arbete')).toBeInTheDocument();
    expect(screen.getByText(/Period 2020–2025/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Översikt – Värna'));
  });

  it('switches to English and back, updating the texts and <html lang>', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findAllByTestId('goal-card');
    expect(document.documentElement.lang).toBe('sv');
    expect(screen.getByRole('button', { name: 'Logga in' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Översikt' })).toHaveAttribute('aria-current', 'page');

    const english = screen.getByRole('button', { name: 'English' });
    expect(english).toHaveAttribute('lang', 'en');
    await user.click(english);

    expect(screen.getByRole('heading', { level: 1, name: "The policy's overall goals" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('varna.language')).toBe('en');
    expect(screen.getByRole('link', { name: /Goal 1.*Residents feel participation and trust/ })).toBeInTheDocument();
    expect(screen.getAllByText('Per 100,000 inhabitants · Lower is better').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument();

    const swedish = screen.getByRole('button', { name: 'Svenska' });
    expect(swedish).toHaveAttribute('lang', 'sv');
    await user.click(swedish);
    expect(screen.getByRole('heading', { level: 1, name: 'Policyns övergripande mål' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
  });

  it('shows the problem and a retry button when the goals cannot be loaded', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get('*/api/v1/goals', () => {
        calls += 1;
        return HttpResponse.json(
          { title: 'Service Unavailable', status: 503, detail: 'The database is down.' },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Det gick inte att hämta uppgifterna.');
    expect(alert).toHaveTextContent('Tjänsten svarade: Service Unavailable (status 503).');
    expect(alert).toHaveTextContent('The database is down.');
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(calls).toBe(2));
  });
});
