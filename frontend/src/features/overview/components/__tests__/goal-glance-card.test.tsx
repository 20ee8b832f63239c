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
    // a short word shown, the whole status in the link's name, which begins with what is shown
    const counts = within(card).getAllByRole('listitem').map((item) => item.textContent);
    expect(counts).toEqual(['1 når inte', '1 risk', '1 utan värde']);
    const statusLinks = within(card).getAllByRole('link', { name: /^1 (når inte målet|risk att inte nå målet|utan värde)$/ });
    expect(statusLinks).toHaveLength(3);
    for (const link of statusLinks) {
      expect(link).toHaveAttribute('href', '/indicators?goal=1');
      expect(link.getAttribute('aria-label')!.startsWith(link.textContent!)).toBe(true);
    }
    expect(within(card).getByText('Sämst:')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Andel som känner tillit till andra' })).toHaveAttribute('href', '/indicators/11');
    expect(within(card).getByText('(når inte målet)')).toHaveClass('visually-hidden');
    // the trend as a change in per cent (512 → 455 is −11 %), a link to the crime group's figures
    const trend = within(card).getByRole('link', { name: new RegExp(`^${goalGlances[0]!.crimeTrend!.indicator.name.sv}\\s+−11\\s%$`) });
    expect(within(trend).getByText('↓')).toHaveAttribute('aria-hidden', 'true');
    expect(trend).toHaveAttribute('href', '/crime-statistics?category=skadegorelse&interval=year');
    expect(within(card).getByText('2023–2025')).toBeInTheDocument();
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
    expect(within(card).queryByText('Worst:')).not.toBeInTheDocument();
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

  it('gives a visitor who is not signed in the public start page instead', async () => {
    renderApp('/');
    expect(await screen.findAllByTestId('public-goal')).toHaveLength(6);
    expect(screen.queryByTestId('glance-card')).not.toBeInTheDocument();
  });
});
