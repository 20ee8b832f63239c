import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/test-utils';

describe('Districts page', () => {
  it('shows the demo notice, the population per district and the municipality total', async () => {
    renderApp('/districts');

    expect(screen.getByRole('heading', { level: 1, name: 'Stadsdelar' })).toBeInTheDocument();
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
  });
});
