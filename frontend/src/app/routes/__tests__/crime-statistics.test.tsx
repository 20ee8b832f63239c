import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { crimeImportJob } from '@/testing/fixtures';
import { server } from '@/testing/server';
import { renderApp, signInAs } from '@/testing/test-utils';

const table = () => screen.findByRole('table', { name: /Antal anmälda brott, jan\. 2025–mars 2025/ });
const rowOf = (t: HTMLElement, area: string, period: string) =>
  within(t)
    .getAllByRole('row')
    .find((row) => row.textContent?.startsWith(area) && within(row).queryByText(period))!;

describe('Crime statistics explorer', () => {
  it('shows a suppressed figure as "färre än 3", never as 0, a perturbed one with ≈, an exact 0 as 0, and explains why', async () => {
    renderApp('/crime-statistics?area=1980&area=1980-01');

    const figures = await table();
    const february = rowOf(figures, 'Bäckby', 'feb. 2025');
    const cells = within(february).getAllByRole('cell').map((cell) => cell.textContent);
    // period, figure, previous, change, a year earlier, change
    expect(cells).toEqual(['feb. 2025', 'färre än 3', '≈ 80', '–', '0', '–']);
    expect(within(february).queryByText('0', { selector: '.suppressed' })).not.toBeInTheDocument();
    expect(within(rowOf(figures, 'Västerås', 'mars 2025')).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'mars 2025',
      '≈ 140',
      '≈ 130',
      '+7,7 %',
      '0',
      '–',
    ]);
    expect(screen.getByTestId('suppression-note')).toHaveTextContent(
      /avrundat med en liten avvikelse \(märkt ≈\).*en siffra under 3 visas som ”färre än 3”, aldrig som 0/,
    );
    expect(screen.getByTestId('crime-demo-notice')).toHaveTextContent('Demouppgifter');
    // On the map, Skultuna's suppressed rate is named, not coloured as 0.
    const map = await screen.findByTestId('choropleth-map');
    const skultuna = within(map).getByRole('rowheader', { name: 'Skultuna' }).closest('tr')!;
    expect(skultuna).toHaveTextContent('Skyddad uppgift (för få fall)');
    expect(within(map).getByRole('rowheader', { name: 'Bäckby' }).closest('tr')).toHaveTextContent('150,0');
  });

  it('downloads the table’s query from the API as CSV in Swedish Excel’s dialect, so suppression is the API’s', async () => {
    signInAs(['partner'], { username: 'polisen-api', serviceAccount: true });
    const asked: { accept: string | null; auth: string | null; query: URLSearchParams }[] = [];
    const file = '\uFEFFarea;areaName;category;period;sex;ageGroup;measure;count;value;suppressed;suppressionReason\r\n'
      + '1980-01;Bäckby;;2025-02;;;count;;;true;smallCount\r\n';
    server.use(
      http.get('*/api/v1/crime-statistics', ({ request }) => {
        if (!request.headers.get('Accept')?.startsWith('text/csv')) return undefined;
        asked.push({
          accept: request.headers.get('Accept'),
          auth: request.headers.get('Authorization'),
          query: new URL(request.url).searchParams,
        });
        return new HttpResponse(file, {
          headers: {
            'Content-Type': 'text/csv;charset=UTF-8;delimiter=semicolon',
            'Content-Disposition': 'attachment; filename="crime-statistics-2025-01-2025-03.csv"',
          },
        });
      }),
    );
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:crime';
      }),
      revokeObjectURL: vi.fn(),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderApp('/crime-statistics?area=1980-01&measure=ratePer1000');
    await screen.findByTestId('crime-table');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Ladda ner tabellen som CSV' }));

    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(asked).toHaveLength(1);
    expect(asked[0]!.accept).toBe('text/csv;delimiter=semicolon');
    expect(asked[0]!.auth).toBe('Bearer token-polisen-api');
    // The same question as the table's: the chosen area, split by area and month, in the chosen measure.
    expect(asked[0]!.query.getAll('area')).toEqual(['1980-01']);
    expect(asked[0]!.query.getAll('groupBy')).toEqual(['area', 'month']);
    expect(asked[0]!.query.get('measure')).toBe('ratePer1000');
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('crime-statistics-2025-01-2025-03.csv');
    expect(await blobs[0]!.text()).toContain('1980-01;Bäckby;;2025-02;;;count;;;true;smallCount');
    click.mockRestore();
  });

  it('reads every control from the address, asks the API for it, and writes changes back', async () => {
    const asked: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/crime-statistics') asked.push(url.searchParams);
    });
    const { currentLocation } = renderApp(
      '/crime-statistics?from=2024-01&to=2024-06&category=valdsbrott&area=1980-01&measure=ratePer100k&split=sex&interval=quarter',
    );

    expect(await screen.findByRole('checkbox', { name: /Våldsbrott/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Misshandel' })).not.toBeChecked();
    expect(await screen.findByRole('checkbox', { name: 'Bäckby' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Hela Västerås' })).not.toBeChecked();
    expect(screen.getByLabelText('Från och med månad')).toHaveValue('2024-01');
    expect(screen.getByLabelText('Till och med månad')).toHaveValue('2024-06');
    expect(screen.getByRole('radio', { name: 'Per 100 000 invånare' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Kön' })).toBeChecked();
    expect(screen.getByLabelText('Tidsindelning')).toHaveValue('quarter');
    await waitFor(() =>
      expect(asked.map((search) => search.toString())).toContain(
        'from=2024-01&to=2024-06&category=valdsbrott&area=1980-01&groupBy=area&groupBy=quarter&groupBy=sex&measure=ratePer100k',
      ),
    );

    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Misshandel' }));
    await user.click(screen.getByRole('checkbox', { name: 'Hela Västerås' }));
    await user.click(screen.getByRole('radio', { name: 'Antal anmälda brott' }));
    await user.click(screen.getByRole('radio', { name: 'Ingen uppdelning' }));
    await user.selectOptions(screen.getByLabelText('Tidsindelning'), 'month');
    fireEvent.change(screen.getByLabelText('Från och med månad'), { target: { value: '2023-07' } });

    expect(currentLocation().search).toBe(
      '?from=2023-07&to=2024-06&category=valdsbrott&category=misshandel&area=1980-01&area=1980',
    );
    await waitFor(() =>
      expect(asked.map((search) => search.toString())).toContain(
        'from=2023-07&to=2024-06&category=valdsbrott&category=misshandel&area=1980-01&area=1980&groupBy=area&groupBy=month&measure=count',
      ),
    );
    server.events.removeAllListeners();
  });

  it('shows the import panel only to the roles the contract allows', async () => {
    renderApp('/crime-statistics');
    await table();
    expect(screen.queryByTestId('crime-import')).not.toBeInTheDocument();
  });

  it('checks a file first, and a rejected dry run shows every bad row and offers no import', async () => {
    signInAs(['coordinator']);
    const posted: { search: string; body: string; type: string | null }[] = [];
    let polls = 0;
    server.use(
      http.post('*/api/v1/crime-statistics/imports', async ({ request }) => {
        posted.push({
          search: new URL(request.url).search,
          body: await request.text(),
          type: request.headers.get('Content-Type'),
        });
        return HttpResponse.json(crimeImportJob(), {
          status: 202,
          headers: { Location: '/api/v1/crime-statistics/imports/17' },
        });
      }),
      http.get('*/api/v1/crime-statistics/imports/:id', () => {
        polls += 1;
        if (polls === 1) return HttpResponse.json(crimeImportJob({ state: 'running', rowsRead: 1, progress: 0.4 }));
        return HttpResponse.json(
          crimeImportJob({
            state: 'rejected',
            rowsRead: 3,
            progress: 1,
            months: ['2025-01'],
            detail: '2 rader är felaktiga; inget sparades.',
            report: {
              dryRun: true,
              mode: 'all-or-nothing',
              encoding: 'UTF-8',
              delimiter: ',',
              rowsRead: 3,
              rowsValid: 1,
              rowsRejected: 2,
              rowsStored: 0,
              rowsUnchanged: 0,
              errors: [
                { row: 3, field: 'area', message: 'Inget område har koden 1980-atlantis.' },
                { row: 4, field: 'count', message: 'Antalet måste vara ett heltal ≥ 0.' },
              ],
            },
          }),
        );
      }),
    );
    renderApp('/crime-statistics');
    const panel = await screen.findByTestId('crime-import');
    const csv =
      'month,area,category,sex,ageGroup,count\n2025-01,1980-01,misshandel,male,18-24,4\n2025-01,1980-atlantis,misshandel,total,total,1\n2025-01,1980-01,ran,total,total,-2\n';
    const user = userEvent.setup();
    await user.upload(within(panel).getByLabelText('CSV-fil'), new File([csv], 'brott.csv', { type: 'text/csv' }));
    await user.click(within(panel).getByRole('button', { name: 'Kontrollera filen' }));

    const check = await within(panel).findByTestId('import-check');
    expect(await within(check).findByRole('status')).toHaveTextContent(/Pågår|Avvisad/);
    expect(within(check).getByRole('progressbar', { name: 'Förlopp' })).toBeInTheDocument();
    expect(await within(check).findByText('Avvisad: filen har felaktiga rader och inget sparades.')).toBeInTheDocument();
    expect(within(check).getByRole('progressbar', { name: 'Förlopp' })).toHaveValue(100);

    const errors = within(check).getByRole('table', { name: 'Felaktiga rader (2 fel)' });
    const rows = within(errors)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['3', 'area', 'Inget område har koden 1980-atlantis.'],
      ['4', 'count', 'Antalet måste vara ett heltal ≥ 0.'],
    ]);
    expect(within(panel).getByTestId('import-blocked')).toHaveTextContent('Filen kan inte läsas in som den är.');
    expect(within(panel).queryByRole('button', { name: 'Läs in filen' })).not.toBeInTheDocument();
    expect(posted).toEqual([{ search: '?dryRun=true&mode=all-or-nothing&source=polisen', body: csv, type: 'text/csv' }]);
    expect(polls).toBeGreaterThanOrEqual(2);
  });

  it('imports a file once its dry run has passed, and shows what was stored', async () => {
    signInAs(['partner']);
    const posted: string[] = [];
    const report = (dryRun: boolean) => ({
      dryRun,
      mode: 'all-or-nothing' as const,
      encoding: 'UTF-8' as const,
      delimiter: ',' as const,
      rowsRead: 2,
      rowsValid: 2,
      rowsRejected: 0,
      rowsStored: dryRun ? 0 : 2,
      rowsUnchanged: 0,
      errors: [],
    });
    server.use(
      http.post('*/api/v1/crime-statistics/imports', ({ request }) => {
        const dryRun = new URL(request.url).searchParams.get('dryRun') === 'true';
        posted.push(new URL(request.url).search);
        return HttpResponse.json(crimeImportJob({ id: dryRun ? 1 : 2, dryRun }), { status: 202 });
      }),
      http.get('*/api/v1/crime-statistics/imports/:id', ({ params }) => {
        const dryRun = params.id === '1';
        return HttpResponse.json(
          crimeImportJob({
            id: Number(params.id),
            dryRun,
            state: 'succeeded',
            rowsExpected: 2,
            rowsRead: 2,
            progress: 1,
            months: ['2025-01'],
            report: report(dryRun),
          }),
        );
      }),
    );
    renderApp('/crime-statistics');
    const panel = await screen.findByTestId('crime-import');
    const user = userEvent.setup();
    const csv = 'month,area,category,sex,ageGroup,count\n2025-01,1980-01,misshandel,male,18-24,4\n2025-01,1980-01,ran,total,total,1\n';
    await user.upload(within(panel).getByLabelText('CSV-fil'), new File([csv], 'brott.csv', { type: 'text/csv' }));
    await user.click(within(panel).getByRole('button', { name: 'Kontrollera filen' }));

    expect(await within(panel).findByText('Filen kan läsas in: 2 korrekta rader, för månaderna 2025-01.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Läs in filen' }));

    const run = await within(panel).findByTestId('import-run');
    expect(await within(run).findByText('Klar.')).toBeInTheDocument();
    expect(within(run).getByText('Sparade rader').nextElementSibling).toHaveTextContent('2');
    expect(posted).toEqual(['?dryRun=true&mode=all-or-nothing', '?dryRun=false&mode=all-or-nothing']);
  });
});
