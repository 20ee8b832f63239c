import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { areaTree } from '@/testing/fixtures';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

describe('Districts page', () => {
  it('shows the demo notice, the population per district and the municipality total', async () => {
    renderApp('/areas');

    expect(await screen.findByRole('heading', { level: 1, name: 'Stadsdelar' })).toBeInTheDocument();
    expect(await screen.findByTestId('demo-notice')).toHaveTextContent(
      'Demouppgifter Befolkningssiffrorna är demouppgifter, inte officiell statistik.',
    );
    expect(screen.getByText('Befolkning 2024')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Befolkning per område 2024' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(within(row('Bäckby')).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Stadsdel',
      '2\u00a0000',
      '1\u00a0010',
      '990',
    ]);
    expect(within(row('Västerås')).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Kommun',
      '3\u00a0500',
      '1\u00a0760',
      '1\u00a0740',
    ]);

    const chart = await screen.findByRole('img', { name: /Liggande stapeldiagram över befolkningen 2024 i 2 områden/ });
    expect(chart).toHaveAccessibleName(expect.stringContaining('Störst är Bäckby med 2\u00a0000 invånare'));
    expect(screen.getByLabelText('År')).toHaveValue('');
    const offered = Array.from((screen.getByLabelText('År') as HTMLSelectElement).options).map((o) => o.value);
    expect(offered).toEqual(['', '2024', '2023', '2022']);
  });

  it('asks for the chosen year and shows it in ?year=', async () => {
    const years: (string | null)[] = [];
    server.use(
      http.get('*/api/v1/areas', ({ request }) => {
        const year = new URL(request.url).searchParams.get('year');
        years.push(year);
        return HttpResponse.json({ ...areaTree, year: year ? Number(year) : areaTree.year });
      }),
    );
    const { currentLocation } = renderApp('/areas');
    await screen.findByText('Befolkning 2024');

    await userEvent.setup().selectOptions(screen.getByLabelText('År'), '2023');

    expect(currentLocation().search).toBe('?year=2023');
    expect(await screen.findByText('Befolkning 2023')).toBeInTheDocument();
    await waitFor(() => expect(years).toEqual([null, '2023']));
  });
});
