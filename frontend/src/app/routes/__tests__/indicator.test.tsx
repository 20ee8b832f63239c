import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { indicatorValues } from '@/testing/fixtures';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

describe('Indicator page', () => {
  it('shows the series with baseline and target, status in words, and a table of every value', async () => {
    renderApp('/indicators/11');

    expect(await screen.findByRole('heading', { level: 1, name: 'Andel som känner tillit till andra' })).toBeInTheDocument();
    expect(screen.getByText('60 % (2019)')).toBeInTheDocument();
    expect(screen.getByText('2025: 66 %')).toBeInTheDocument();
    expect(await screen.findByTestId('values-demo-notice')).toHaveTextContent('påhittade demovärden');

    const summary = screen.getByTestId('series-summary');
    expect(within(summary).getByRole('rowheader', { name: 'Västerås' })).toBeInTheDocument();
    expect(within(summary).getByText('Risk att inte nå målet')).toBeInTheDocument();

    const table = screen.getByTestId('series-table');
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'PeriodVästerås',
      '202362,5 %',
      '202463,4 %',
      '202564,1 %',
    ]);
  });

  it('shows a value of too few respondents as hidden in words, a rounded share as "ca", and says why', async () => {
    server.use(
      http.get('*/api/v1/indicators/:id/values', ({ params, request }) => {
        const answer = indicatorValues(Number(params.id), new URL(request.url).searchParams);
        const [first, ...rest] = answer.series;
        const observations = first!.observations.map((o, i, all) =>
          i === all.length - 1
            ? { ...o, value: null, disclosure: 'suppressed' as const }
            : i === all.length - 2
              ? { ...o, value: 65, disclosure: 'rounded' as const }
              : o,
        );
        const latest = observations[observations.length - 1]!;
        return HttpResponse.json({
          ...answer,
          series: [{ ...first!, observations, latest, changeFromPrevious: null, status: 'unknown' as const }, ...rest],
        });
      }),
    );
    renderApp('/indicators/11');

    const table = await screen.findByTestId('series-table');
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'PeriodVästerås',
      '202362,5 %',
      '2024ca 65 %',
      '2025dold – för få svarande',
    ]);
    const summary = screen.getByTestId('series-summary');
    expect(within(summary).getByText('Okänd (värdet dolt)')).toBeInTheDocument();
    expect(screen.getByTestId('latest-value')).toHaveTextContent('dold – för få svarande');
    expect(screen.getByTestId('indicator-disclosure-note')).toHaveTextContent('färre än 15 svarande');
  });

  it('splits by sex and by district on request, asking the API for that split', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/values')) asked.push(new URL(request.url).search);
    });
    const user = userEvent.setup();
    renderApp('/indicators/11');
    await screen.findByTestId('series-table');

    await user.click(screen.getByRole('radio', { name: 'Efter kön' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('series-summary')).getByRole('rowheader', { name: 'Kvinnor' })).toBeInTheDocument(),
    );
    expect(within(screen.getByTestId('series-summary')).getByText('På väg mot målet')).toBeInTheDocument();
    expect(within(screen.getByTestId('series-summary')).getByText('Når inte målet')).toBeInTheDocument();
    expect(asked).toContain('?area=1980&ageGroup=total');

    await user.click(screen.getByRole('radio', { name: 'Efter åldersgrupp' }));
    await user.click(screen.getByRole('radio', { name: 'Efter kön' }));
    server.events.removeAllListeners();
  });

  it('downloads the values as CSV in the import format', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderApp('/indicators/11');
    await screen.findByTestId('series-table');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Ladda ned som CSV' }));

    expect(click).toHaveBeenCalled();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]!);
    });
    expect(text.split('\n').slice(0, 2)).toEqual([
      'indicator,period,area,sex,ageGroup,value,status,source',
      'TRUST,2023,1980,total,total,62.5,final,Demo',
    ]);
    click.mockRestore();
  });

  it('says so when the indicator has no values yet', async () => {
    renderApp('/indicators/12');
    expect(await screen.findByText('Inga värden registrerade ännu')).toBeInTheDocument();
  });

  it('says the indicator does not exist when the API answers 404', async () => {
    server.use(
      http.get('*/api/v1/indicators/:id', () =>
        HttpResponse.json({ title: 'Not Found', status: 404 }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    renderApp('/indicators/99');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
  });
});
