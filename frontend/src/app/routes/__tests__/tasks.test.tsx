import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { Task } from '@/lib/api/types';
import { server } from '@/testing/server';
import { renderApp, storeSignedInUser } from '@/testing/test-utils';

const school = { id: 2, code: 'barn-utbildning', name: { sv: 'Barn- och utbildningsförvaltningen', en: 'Children and Education' } };

const tasks: Task[] = [
  {
    kind: 'indicatorValue',
    title: { sv: 'Skolnärvaro', en: 'School attendance' },
    organisation: school,
    dueDate: '2026-03-31',
    overdue: true,
    period: '2025H2',
    link: { api: '/api/v1/indicators/7/values', web: '/indicators/7' },
  },
  {
    kind: 'measureUpdate',
    title: { sv: 'Läxhjälp', en: 'Läxhjälp' },
    organisation: school,
    dueDate: '2026-05-20',
    overdue: false,
    period: null,
    link: { api: '/api/v1/measures/4/updates', web: '/measures/4' },
  },
];

function signedInEditor(weeklyDigest: boolean, sent: boolean[]) {
  server.use(
    http.get('*/api/v1/me', () =>
      HttpResponse.json({
        username: 'redaktor-skola',
        name: 'Rut Redaktör',
        email: 'redaktor-skola@example.org',
        roles: ['editor'],
        serviceAccount: false,
        organisation: school,
      }),
    ),
    http.get('*/api/v1/me/tasks', () =>
      HttpResponse.json({ items: tasks, total: 2, overdue: 1, limit: 500, offset: 0, today: '2026-05-01' }),
    ),
    http.get('*/api/v1/me/reminders', () =>
      HttpResponse.json({ weeklyDigest, eligible: true, email: 'redaktor-skola@example.org' }),
    ),
    http.put('*/api/v1/me/reminders', async ({ request }) => {
      const body = (await request.json()) as { weeklyDigest: boolean };
      sent.push(body.weeklyDigest);
      return HttpResponse.json({ weeklyDigest: body.weeklyDigest, eligible: true, email: 'redaktor-skola@example.org' });
    }),
  );
  storeSignedInUser({ username: 'redaktor-skola' });
}

describe('Mina uppgifter', () => {
  it('lists the organisation’s to-dos, overdue first, each linking to its page', async () => {
    signedInEditor(true, []);
    renderApp('/tasks');

    const table = await screen.findByRole('table', { name: 'Uppgifter, försenade först' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'Skolnärvaro' })).toHaveAttribute('href', '/indicators/7');
    expect(rows[0]).toHaveTextContent('Nytt värde för indikatorn Skolnärvaro för 2025H2');
    expect(rows[0]).toHaveTextContent('31 mars 2026');
    expect(within(rows[0]!).getByText('Försenad')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Kommande')).toBeInTheDocument();
    expect(screen.getByText('2 uppgifter, varav 1 försenade, den 1 maj 2026.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mina uppgifter' })).toHaveAttribute('href', '/tasks');
  });

  it('turns the weekly digest off with the toggle', async () => {
    const sent: boolean[] = [];
    signedInEditor(true, sent);
    renderApp('/tasks');

    const toggle = await screen.findByRole('checkbox', { name: 'Skicka mig veckans påminnelse' });
    expect(toggle).toBeChecked();
    expect(screen.getByText('Påminnelsen går till redaktor-skola@example.org.')).toBeInTheDocument();
    await userEvent.setup().click(toggle);

    expect(await screen.findByText('Ditt val är sparat.')).toBeInTheDocument();
    expect(sent).toEqual([false]);
    expect(screen.getByRole('checkbox', { name: 'Skicka mig veckans påminnelse' })).not.toBeChecked();
  });

  it('asks a visitor to sign in, and has no menu link for them', async () => {
    renderApp('/tasks');
    expect(await screen.findByText('Logga in för att se dina uppgifter.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Mina uppgifter' })).not.toBeInTheDocument();
  });
});
