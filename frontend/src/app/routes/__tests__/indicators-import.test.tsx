import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/server';
import { renderApp, signInAs } from '@/testing/test-utils';

const report = (dryRun: boolean, stored: number) => ({
  dryRun,
  mode: 'skip-invalid',
  encoding: 'UTF-8',
  delimiter: ',',
  rowsRead: 3,
  rowsValid: 2,
  rowsRejected: 1,
  rowsStored: stored,
  rowsUnchanged: 0,
  errors: [{ field: 'value', message: "'abc' is not a number", row: 4 }],
});

const file = () =>
  new File(['indicator,period,area,sex,ageGroup,value\nTILLIT,2024,1980,total,total,62\n'], 'tillit.csv', {
    type: 'text/csv',
  });

describe('Import page', () => {
  afterEach(() => window.sessionStorage.clear());

  it('asks a visitor to log in', async () => {
    renderApp('/indicators/import');
    expect(await screen.findByRole('heading', { level: 1, name: 'Importera indikatorvärden' })).toBeInTheDocument();
    expect(screen.getByText(/Logga in som samordnare eller redaktör/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Fil')).not.toBeInTheDocument();
  });

  it('tells a viewer that only coordinators and editors import', async () => {
    signInAs(['viewer']);
    renderApp('/indicators/import');
    expect(await screen.findByText(/Bara samordnare och redaktörer/)).toBeInTheDocument();
  });

  it('checks the file first, shows every bad row, then stores it', async () => {
    const calls: { search: string; type: string | null; body: string }[] = [];
    server.use(
      http.post('*/api/v1/indicator-values/imports', async ({ request }) => {
        const url = new URL(request.url);
        calls.push({ search: url.search, type: request.headers.get('content-type'), body: await request.text() });
        const dryRun = url.searchParams.get('dryRun') === 'true';
        return HttpResponse.json(report(dryRun, dryRun ? 0 : 2));
      }),
    );
    signInAs(['editor']);
    const user = userEvent.setup();
    renderApp('/indicators/import');

    await user.upload(await screen.findByLabelText('Fil'), file());
    await user.click(screen.getByRole('radio', { name: /Spara de korrekta raderna/ }));
    await user.click(screen.getByRole('button', { name: 'Kontrollera filen' }));

    const dryRun = await screen.findByTestId('dry-run-report');
    const errors = within(dryRun).getByTestId('row-errors');
    expect(within(errors).getAllByRole('row')[1]).toHaveTextContent("4value'abc' is not a number");
    expect(calls[0]).toMatchObject({ search: '?mode=skip-invalid&dryRun=true', type: 'text/csv' });
    expect(calls[0]!.body).toContain('TILLIT,2024,1980,total,total,62');

    await user.click(within(dryRun).getByRole('button', { name: 'Spara 2 korrekta rader' }));
    const result = await screen.findByTestId('import-result');
    expect(within(result).getByTestId('rows-stored')).toHaveTextContent('2');
    expect(calls[1]!.search).toBe('?mode=skip-invalid&dryRun=false');
  });

  it('shows a rejected file row by row', async () => {
    server.use(
      http.post('*/api/v1/indicator-values/imports', () =>
        HttpResponse.json(
          {
            title: 'Wrong header',
            status: 400,
            detail: 'The first row must name the columns indicator,period,area,sex,ageGroup,value.',
            errors: [{ field: 'indikator', message: 'is not a column of this import', row: 1 }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    signInAs(['coordinator']);
    const user = userEvent.setup();
    renderApp('/indicators/import');
    await user.upload(await screen.findByLabelText('Fil'), file());
    await user.click(screen.getByRole('button', { name: 'Kontrollera filen' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Wrong header');
    expect(within(alert).getByRole('table')).toHaveTextContent('indikatoris not a column of this import');
  });

  it('offers the import from the indicators page to an editor only', async () => {
    signInAs(['editor']);
    renderApp('/indicators');
    expect(await screen.findByRole('link', { name: 'Importera värden' })).toHaveAttribute('href', '/indicators/import');
  });
});
