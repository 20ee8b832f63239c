import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/test-utils';

describe('Goal page', () => {
  it('shows the goal and each of its indicators with definition, source and owner', async () => {
    renderApp('/goals/1');

    const heading = await screen.findByRole('heading', { level: 1, name: /Invånarna känner delaktighet/ });
    expect(heading).toHaveTextContent('Mål 1 Invånarna känner delaktighet och tillit');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Mål 16')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Mål 1 – Värna'));

    const cards = await screen.findAllByTestId('indicator-card');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Andel som känner tillit till andra',
      'Anmälda skadegörelsebrott',
    ]);
    const trust = within(cards[0]!);
    expect(trust.getByText(/anser att man kan lita på de flesta människor/)).toBeInTheDocument();
    expect(trust.getByText('Procent')).toBeInTheDocument();
    expect(trust.getByText('Högre är bättre')).toBeInTheDocument();
    expect(trust.getByText('Kolada')).toBeInTheDocument();
    expect(trust.getByText('U01405')).toBeInTheDocument();
    expect(trust.getByText('Årligen')).toBeInTheDocument();
    expect(trust.getByText('Kön, Åldersgrupp')).toBeInTheDocument();
    expect(trust.getByText('Hållbarhetsenheten')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Lägre är bättre')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Inga värden registrerade ännu')).toBeInTheDocument();

    // an indicator of another goal is not shown
    expect(screen.queryByText('Anmälda narkotikabrott')).not.toBeInTheDocument();
  });

  it('shows each indicator with its latest value, status in words, target and freshness', async () => {
    renderApp('/goals/1');

    const cards = await screen.findAllByTestId('indicator-card');
    const trust = within(cards[0]!);
    expect(await trust.findByTestId('latest-value')).toHaveTextContent('64,1 %');
    expect(trust.getByText('Senaste värde (2025)')).toBeInTheDocument();
    expect(trust.getByTestId('status-badge')).toHaveTextContent('Risk att inte nå målet');
    expect(trust.getByText('66 % år 2025')).toBeInTheDocument();
    expect(trust.getByText(/senaste period 2025, uppdaterad/)).toBeInTheDocument();
    expect(trust.getByText('Demo')).toBeInTheDocument();
    expect(trust.getByText('+0,7 procentenheter')).toBeInTheDocument();
    // the trend's figures are also a table
    const table = trust.getByRole('table', { name: /Värden för Andel som känner tillit/ });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(trust.getByRole('link', { name: 'Andel som känner tillit till andra' })).toHaveAttribute('href', '/indicators/11');
  });

  it('shows the baseline and targets of the policy period and lists measures through the crosswalk, marked', async () => {
    renderApp('/goals/1');

    const figures = await screen.findByRole('heading', { level: 3, name: 'Utgångsvärden och mål för policyperioden' });
    expect(figures.nextElementSibling).toHaveTextContent('Utgångsvärde 2019: 60 · Mål: 2025: 66');

    const measures = await screen.findByRole('region', { name: 'Insatser' });
    expect(within(measures).getByText(/1 insats, varje insats räknad en gång\. 0 är kopplade till målet och 1 listas via/))
      .toBeInTheDocument();
    const item = (await within(measures).findByRole('link', { name: 'Trygghetsvandringar' })).closest('li')!;
    expect(item).toHaveTextContent('Via målöversättningen från mål 2');
    expect(within(measures).queryByRole('link', { name: 'Grannsamverkan' })).not.toBeInTheDocument();
  });

  it('says the goal does not exist when the API answers 404', async () => {
    renderApp('/goals/99');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
  });
});
