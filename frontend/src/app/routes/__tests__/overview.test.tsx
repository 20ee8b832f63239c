import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/test-utils';
import { server } from '@/testing/server';
import sv from '@/lib/i18n/sv.json';

// The municipality's name as the catalogue gives it, not written into the test.
const MUNICIPALITY = sv.app.municipality;

// A visitor's start page is the public one (the signed-in glance is tested in features/overview).
describe('The start page for a visitor', () => {
  it('is the public page: the policy and its six goals, each linking to its goal page with its aim and SDGs', async () => {
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: `Så går arbetet för ett tryggare ${MUNICIPALITY}` })).toBeInTheDocument();
    const goals = await screen.findAllByTestId('public-goal');
    expect(goals).toHaveLength(6);

    const first = within(goals[0]!);
    const link = first.getByRole('link', { name: /Mål 1.*Invånarna känner delaktighet och tillit/ });
    expect(link).toHaveAttribute('href', '/goals/1');
    expect(first.getByRole('heading', { level: 3 })).toContainElement(link);
    expect(first.getByText('Mål 16')).toBeInTheDocument();
    expect(first.getByRole('link', { name: 'Andel som känner tillit till andra' })).toHaveAttribute('href', expect.stringMatching(/^\/indicators\/\d+$/));
    // the long description is shortened
    expect(first.getByText(/…$/, { selector: '.public-goal-aim' })).toBeInTheDocument();

    expect(within(goals[3]!).getByText('Målet har inga indikatorer ännu.')).toBeInTheDocument();
    expect(await screen.findByText('Policy för trygghetsskapande och brottsförebyggande arbete')).toBeInTheDocument();
    expect(screen.getByText(/Period 2020–2025/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/– Värna$/));
    // one link to the start page in the menu: "För allmänheten" would lead to the same page
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).queryByRole('link', { name: 'För allmänheten' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'För allmänheten och öppna data' })).toHaveAttribute('href', '/public');
  });

  it('switches to English and back, updating the texts and <html lang>', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findAllByTestId('public-goal');
    expect(document.documentElement.lang).toBe('sv');
    expect(screen.getByRole('button', { name: 'Logga in' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Översikt' })).toHaveAttribute('aria-current', 'page');

    const english = screen.getByRole('button', { name: 'English' });
    expect(english).toHaveAttribute('lang', 'en');
    await user.click(english);

    expect(await screen.findByRole('heading', { level: 1, name: /^How the work for a safer .* is going$/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('varna.language')).toBe('en');
    expect(screen.getByRole('link', { name: /Goal 1.*Residents feel participation and trust/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument();

    const swedish = screen.getByRole('button', { name: 'Svenska' });
    expect(swedish).toHaveAttribute('lang', 'sv');
    await user.click(swedish);
    expect(await screen.findByRole('heading', { level: 1, name: `Så går arbetet för ett tryggare ${MUNICIPALITY}` })).toBeInTheDocument();
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
