import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { reportHandlers } from '@/testing/reports-handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const emptyPlans = http.get('*/api/v1/action-plans', () => HttpResponse.json({ items: [], total: 0, limit: 500, offset: 0 }));

describe('The public start page', () => {
  it('shows the goals with each indicator’s latest value, the approved reports only, and the open data', async () => {
    server.use(...reportHandlers, emptyPlans);
    renderApp('/public');

    expect(await screen.findByRole('heading', { level: 1, name: /Så går arbetet för ett tryggare/ })).toBeInTheDocument();
    const goals = await screen.findAllByTestId('public-goal');
    expect(goals).toHaveLength(6);
    const first = within(goals[0]!);
    expect(first.getByRole('link', { name: 'Andel som känner tillit till andra' })).toHaveAttribute('href', expect.stringMatching(/^\/indicators\/\d+$/));
    expect((await first.findAllByTestId('status-badge')).length).toBeGreaterThan(0);

    expect(await screen.findByRole('link', { name: 'Lägesrapport 2025H1' })).toHaveAttribute('href', '/reports/6');
    expect(screen.queryByRole('link', { name: /Lägesrapport 2025H2/ }), 'a draft is not listed').not.toBeInTheDocument();
    expect(await screen.findByText('Ingen åtgärdsplan är antagen ännu.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Datakatalogen (DCAT-AP-SE, JSON-LD)' })).toHaveAttribute('href', '/api/v1/catalog');
  });

  it('links the accessibility statement from the footer, with the sections Digg prescribes', async () => {
    server.use(...reportHandlers, emptyPlans);
    const user = userEvent.setup();
    renderApp('/');
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Tillgänglighetsredogörelse' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse för Värna' })).toBeInTheDocument();
    for (const section of ['Hur tillgänglig är webbplatsen?', 'Rapportera brister i webbplatsens tillgänglighet', 'Tillsyn',
      'Teknisk information om webbplatsens tillgänglighet', 'Innehåll som inte är tillgängligt', 'Hur vi testat webbplatsen']) {
      expect(screen.getByRole('heading', { name: section })).toBeInTheDocument();
    }
    expect(screen.getAllByRole('link', { name: 'tillganglighet@example.org' })[0]).toHaveAttribute('href', 'mailto:tillganglighet@example.org');
  });
});
