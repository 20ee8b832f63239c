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
    expect(trust.getByText('Inga värden registrerade ännu')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Lägre är bättre')).toBeInTheDocument();

    // an indicator of another goal is not shown
    expect(screen.queryByText('Anmälda narkotikabrott')).not.toBeInTheDocument();
  });

  it('says the goal does not exist when the API answers 404', async () => {
    renderApp('/goals/99');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
  });
});
