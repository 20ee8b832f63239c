import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ChoroplethMap,
  choroplethRows,
  type ChoroplethFeature,
  type ChoroplethFeatureCollection,
} from '@/components/choropleth-map';

const feature = (code: string, name: string, west: number | null, demo = false): ChoroplethFeature => ({
  type: 'Feature',
  id: code,
  properties: { code, name, demo },
  geometry:
    west === null
      ? null
      : {
          type: 'Polygon',
          coordinates: [
            [
              [west, 59.6],
              [west + 0.02, 59.6],
              [west + 0.02, 59.62],
              [west, 59.6],
            ],
          ],
        },
});

const collection = (...features: ChoroplethFeature[]): ChoroplethFeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

const format = (value: number) => `${value} st`;

describe('ChoroplethMap', () => {
  it('draws the areas with a text legend and a table naming suppressed, missing and undrawable areas', async () => {
    render(
      <ChoroplethMap
        boundaries={collection(
          feature('a', 'Alfa', 16.5, true),
          feature('b', 'Beta', 16.52, true),
          feature('c', 'Gamma', 16.54, true),
          feature('d', 'Delta', 16.56, true),
          feature('e', 'Epsilon', null),
        )}
        values={{ a: 10, b: 250, c: 3, e: 40 }}
        states={{ c: 'suppressed' }}
        legendTitle="Brott 2024"
        formatValue={format}
        ariaLabel="Karta över brott 2024"
        tableCaption="Brott per område 2024"
      />,
    );

    expect(screen.getByTestId('choropleth-demo')).toHaveTextContent('Schematiska demogränser');
    expect(await screen.findByRole('img', { name: 'Karta över brott 2024' })).toBeInTheDocument();
    expect(screen.getByRole('figure')).toHaveTextContent(/^Schematiska demogränser.*Brott 2024Lägst 10 st/);
    expect(screen.getByText('Lägst 10 st')).toBeInTheDocument();
    expect(screen.getByText('högst 250 st')).toBeInTheDocument();
    expect(screen.getByText('Randigt: skyddad uppgift, för få fall för att visa')).toBeInTheDocument();
    expect(screen.getByText('Grått: uppgift saknas')).toBeInTheDocument();
    expect(screen.getByTestId('choropleth-without-boundary')).toHaveTextContent(
      '1 område saknar gräns och syns bara i tabellen: Epsilon.',
    );

    await userEvent.setup().click(screen.getByText('Visa kartans värden som tabell'));
    const table = screen.getByRole('table', { name: 'Brott per område 2024' });
    const cell = (name: string) =>
      within(within(table).getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!).getByRole('cell');
    expect(cell('Alfa')).toHaveTextContent('10 st');
    expect(cell('Beta')).toHaveTextContent('250 st');
    expect(cell('Gamma')).toHaveTextContent('Skyddad uppgift (för få fall)');
    expect(cell('Delta')).toHaveTextContent('Uppgift saknas');
    expect(cell('Epsilon')).toHaveTextContent('40 st');
    expect(within(table).getByRole('rowheader', { name: /Epsilon/ })).toHaveTextContent('Epsilon (ingen gräns)');
  });

  it('says nothing about demo boundaries when they are real, and says when no area can be drawn', () => {
    render(
      <ChoroplethMap
        boundaries={collection(feature('a', 'Alfa', null), feature('b', 'Beta', null))}
        values={{ a: 1, b: 2 }}
        legendTitle="Invånare"
        formatValue={format}
        ariaLabel="Karta"
        tableCaption="Tabell"
      />,
    );
    expect(screen.queryByTestId('choropleth-demo')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText(/Inga områden har gränser ännu/)).toBeInTheDocument();
  });
});

describe('choroplethRows', () => {
  it('lets a stated reason win over a value and treats a missing or non-finite value as no data', () => {
    const rows = choroplethRows(
      collection(feature('a', 'A', 16.5), feature('b', 'B', 16.5), feature('c', 'C', 16.5), feature('d', 'D', null)),
      { a: 5, b: Number.NaN, d: 0 },
      { a: 'suppressed' },
    );
    expect(rows.map((r) => [r.code, r.value, r.state, r.hasBoundary])).toEqual([
      ['a', null, 'suppressed', true],
      ['b', null, 'noData', true],
      ['c', null, 'noData', true],
      ['d', 0, null, false],
    ]);
  });
});
