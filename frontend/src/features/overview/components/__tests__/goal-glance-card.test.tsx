import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { i18n, loadCataloguePart } from '@/lib/i18n/i18n';
import { renderApp, signInAs } from '@/testing/test-utils';
import { goalGlances, overview } from '@/testing/overview-fixtures';
import { GoalGlanceCard } from '../goal-glance-card';

const texts = {
  sv: () => import('../../i18n/sv.json'),
  en: () => import('../../i18n/en.json'),
};

beforeAll(() => loadCataloguePart(texts));

describe('GoalGlanceCard', () => {
  it('shows the statuses worst first, the worst indicator, the crime trend and the follow-up, each linking to its page', async () => {
    render(
      <MemoryRouter>
        <GoalGlanceCard glance={goalGlances[0]!} />
      </MemoryRouter>,
    );
    const card = screen.getByTestId('glance-card');
    const counts = within(card).getAllByRole('listitem').map((item) => item.textContent);
    expect(counts).toEqual(['1 når inte målet', '1 risk att inte nå målet', '1 utan värde']);
    for (const link of within(card).getAllByRole('link', { name: /målet|värde/ })) {
      expect(link).toHaveAttribute('href', '/indicators?goal=1');
    }
    expect(within(card).getByText(/Sämst just nu \(når inte målet\)/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Andel som känner tillit till andra' })).toHaveAttribute('href', '/indicators/11');
    expect(within(card).getByRole('link', { name: goalGlances[0]!.crimeTrend!.indicator.name.sv })).toHaveAttribute(
      'href',
      '/crime-statistics?category=skadegorelse&interval=year',
    );
    expect(within(card).getByText(/512 \(2023\) → 455 \(2025\)/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '3 insatser behöver följas upp' })).toHaveAttribute(
      'href',
      '/measures?goal=1&needsFollowUp=true',
    );
    // the sparkline: an image with its figures in words
    expect(await within(card).findByRole('img', { name: /från 512 \(2023\) till 455 \(2025\)/ })).toBeInTheDocument();
  });

  it('reads in English, and says when a goal has no indicators', async () => {
    await i18n.changeLanguage('en');
    render(
      <MemoryRouter>
        <GoalGlanceCard glance={{ ...goalGlances[3]!, indicatorStatus: { ...goalGlances[3]!.indicatorStatus, noValue: 0 } }} />
      </MemoryRouter>,
    );
    const card = screen.getByTestId('glance-card');
    expect(within(card).getByText('The goal has no indicators yet.')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '0 measures need a follow-up' })).toBeInTheDocument();
    expect(within(card).queryByText(/Worst now/)).not.toBeInTheDocument();
  });
});

describe('The signed-in start page', () => {
  it('shows the municipality strip and each goal at a glance; a number lands on the filtered page', async () => {
    signInAs(['coordinator']);
    const { currentLocation } = renderApp('/');
    const cards = await screen.findAllByTestId('glance-card');
    expect(cards).toHaveLength(overview.goals.length);
    expect(screen.queryByTestId('goal-card')).not.toBeInTheDocument();
    const strip = screen.getByTestId('municipality-glance');
    expect(within(strip).getByRole('link', { name: 'Utkast' })).toHaveAttribute('href', '/reports/7');
    expect(within(strip).getByText('Senast 31 augusti 2026')).toBeInTheDocument();
    expect(within(strip).getByRole('link', { name: '2 åtgärder utan insats' })).toHaveAttribute(
      'href',
      '/situation-pictures/5#gaps-heading',
    );
    expect(within(strip).getByRole('link', { name: '1 import misslyckades de senaste 30 dagarna' })).toBeInTheDocument();

    await userEvent.setup().click(within(cards[0]!).getByRole('link', { name: '3 insatser behöver följas upp' }));
    expect(await screen.findByRole('checkbox', { name: 'Bara de som behöver följas upp' })).toBeChecked();
    expect(currentLocation().search).toBe('?goal=1&needsFollowUp=true');
  });

  it('keeps the goals in words for a visitor who is not signed in', async () => {
    renderApp('/');
    expect(await screen.findAllByTestId('goal-card')).toHaveLength(6);
    expect(screen.queryByTestId('glance-card')).not.toBeInTheDocument();
  });
});
