import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { indicatorValues } from '@/testing/fixtures';
import { server } from '@/testing/server';
import { renderApp, signInAs } from '@/testing/test-utils';

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
    expect(screen.getByTestId('target-from')).toHaveTextContent('Målet är det som policyn 2020-2025 sätter för indikatorn.');

    const table = screen.getByTestId('series-table');
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'PeriodVästerås',
      '202362,5 %',
      '202463,4 %',
      '202564,1 %',
    ]);
  });

  it("says when the target is the indicator's own because the policy sets none", async () => {
    server.use(
      http.get('*/api/v1/indicators/:id/values', ({ params, request }) => {
        const answer = indicatorValues(Number(params.id), new URL(request.url).searchParams);
        return HttpResponse.json({
          ...answer,
          judgedAgainst: { ...answer.judgedAgainst, policyTargets: [] },
          series: answer.series.map((series) => ({ ...series, targetFrom: 'indicator' as const })),
        });
      }),
    );
    renderApp('/indicators/11');

    expect(await screen.findByTestId('target-from')).toHaveTextContent(
      'Policyn 2020-2025 sätter inget mål för indikatorn, så indikatorns eget mål gäller.',
    );
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

  it('downloads the values from the API as CSV, in Swedish Excel’s dialect, with the signed-in user’s token', async () => {
    signInAs(['viewer'], { username: 'lasare' });
    const asked: { accept: string | null; auth: string | null; search: string }[] = [];
    const file = '\uFEFFindicator;period;area;sex;ageGroup;value;numerator;denominator;status;source\r\n';
    server.use(
      http.get('*/api/v1/indicators/:id/values', ({ request }) => {
        if (!request.headers.get('Accept')?.startsWith('text/csv')) return undefined;
        asked.push({
          accept: request.headers.get('Accept'),
          auth: request.headers.get('Authorization'),
          search: new URL(request.url).search,
        });
        return new HttpResponse(file, {
          headers: {
            'Content-Type': 'text/csv;charset=UTF-8;delimiter=semicolon',
            'Content-Disposition': 'attachment; filename="indicator-TRUST.csv"',
          },
        });
      }),
    );
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:test';
      }),
      revokeObjectURL: vi.fn(),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp('/indicators/11');
    await screen.findByTestId('series-table');

    await user.click(screen.getByRole('radio', { name: 'Efter kön' }));
    await user.click(screen.getByRole('button', { name: 'Ladda ned som CSV' }));

    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    // The same filter as the series shown, asked for as CSV in the UI language's dialect.
    expect(asked).toEqual([{ accept: 'text/csv;delimiter=semicolon', auth: 'Bearer token-lasare', search: '?area=1980&ageGroup=total' }]);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('indicator-TRUST.csv');
    // The file is saved as the API wrote it, byte-order mark and all.
    expect(new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    click.mockRestore();
  });

  it('asks for the comma dialect in English, and shows the problem when the download fails', async () => {
    const accepts: (string | null)[] = [];
    server.use(
      http.get('*/api/v1/indicators/:id/values', ({ request }) => {
        if (!request.headers.get('Accept')?.startsWith('text/csv')) return undefined;
        accepts.push(request.headers.get('Accept'));
        return HttpResponse.json(
          { title: 'Service Unavailable', status: 503, detail: 'The service cannot reach its database right now.' },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const user = userEvent.setup();
    renderApp('/indicators/11');
    await screen.findByTestId('series-table');
    await user.click(screen.getByRole('button', { name: 'English' }));

    await user.click(await screen.findByRole('button', { name: 'Download as CSV' }));

    expect(await screen.findByText('The file could not be fetched.')).toBeInTheDocument();
    expect(screen.getByText('The service cannot reach its database right now.')).toBeInTheDocument();
    expect(accepts).toEqual(['text/csv']);
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
