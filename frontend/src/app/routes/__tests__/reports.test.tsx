import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { draftEvaluation, draftReport } from '@/testing/reports-fixtures';
import { server } from '@/testing/server';
import { renderApp, signInAs as signInWithRoles } from '@/testing/test-utils';

function signInAs(username: string, roles: string[]) {
  signInWithRoles(roles, {
    username,
    name: undefined,
    organisation: { id: 1, code: 'hallbarhetsenheten', name: { sv: 'Hållbarhetsenheten', en: 'Sustainability unit' } },
  });
}

const problem = (status: number, body: object) =>
  HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

afterEach(() => window.sessionStorage.clear());

describe('Status reports', () => {
  it('lists drafts and approved reports with their dates, and visitors cannot start one', async () => {
    renderApp('/reports');
    const table = await screen.findByTestId('reports-table');
    expect(within(table).getByRole('link', { name: 'Lägesrapport 2025H2' })).toHaveAttribute('href', '/reports/7');
    expect(within(table).getAllByTestId('report-status').map((badge) => badge.textContent)).toEqual(['Utkast', 'Godkänd']);
    expect(screen.queryByRole('button', { name: 'Skapa utkast' })).not.toBeInTheDocument();
  });

  it('previews every section of a draft: six goals, indicator status in words, hidden small counts', async () => {
    renderApp('/reports/7');
    expect(await screen.findAllByTestId('report-goal')).toHaveLength(6);
    const preview = screen.getByTestId('report-preview');
    expect(within(preview).getByRole('heading', { name: /^Mål 1: / })).toBeInTheDocument();
    expect(within(preview).getAllByText('Risk').length).toBeGreaterThan(0);
    expect(within(preview).getAllByText('Förbättras').length).toBeGreaterThan(0);
    expect(within(preview).getByRole('table', { name: 'Anmälda brott per område' })).toBeInTheDocument();
    expect(within(preview).getAllByText('dolt').length).toBeGreaterThan(0);
    expect(within(preview).getByText('Små tal (under 3) är dolda.')).toBeInTheDocument();
    expect(within(preview).getByTestId('lacking-updates')).toHaveTextContent('Grannsamverkan');
    const promise = within(preview).getByRole('table', { name: /Medborgarlöfte Bäckby 2025/ });
    expect(within(promise).getByRole('row', { name: /belysningen.*Ej påbörjat/ })).toBeInTheDocument();
    expect(within(preview).getByTestId('report-analyses')).toHaveTextContent('Trygghetsanalys Bäckby 2025');
    expect(within(preview).getByTestId('report-evaluations')).toHaveTextContent(
      'Insatser mot öppen narkotikahandel i Kristiansborg (Narkotikabrott, efterhandsbedömning): minskning med 18 %');
    // a visitor has no editors and no approve button
    expect(screen.queryByRole('textbox', { name: 'Lägesbild' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Godkänn rapporten' })).not.toBeInTheDocument();
  });

  it('lets the coordinator edit the texts with If-Match, shows errors at the field, and approve after confirming', async () => {
    signInAs('samordnare', ['coordinator']);
    const saved: { ifMatch: string | null; body: unknown }[] = [];
    let approvals = 0;
    server.use(
      http.put('*/api/v1/reports/:id', async ({ request }) => {
        saved.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        if (saved.length === 1) {
          return problem(400, {
            title: 'Invalid request',
            errors: [{ field: 'situation', message: 'must be at most 20000 characters' }],
          });
        }
        const changed = { ...draftReport, version: 3, sections: saved[1]!.body as typeof draftReport.sections };
        // from now on the server answers the new version, as it would
        server.use(http.get('*/api/v1/reports/:id', () => HttpResponse.json(changed, { headers: { ETag: '"3"' } })));
        return HttpResponse.json(changed, { headers: { ETag: '"3"' } });
      }),
      http.post('*/api/v1/reports/:id/approval', () => {
        approvals++;
        return HttpResponse.json({ ...draftReport, status: 'approved', approvedAt: '2026-01-12T11:00:00Z', approvedBy: 'samordnare' });
      }),
    );
    const user = userEvent.setup();
    renderApp('/reports/7');

    const situation = await screen.findByRole('textbox', { name: 'Lägesbild' });
    await user.type(situation, 'Oron har minskat i Bäckby.');
    // live preview of the text being written
    expect(within(screen.getByTestId('report-preview')).getByText('Oron har minskat i Bäckby.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara texterna' }));
    expect(await screen.findByTestId('error-situation')).toHaveTextContent('must be at most 20000 characters');
    expect(situation).toHaveAttribute('aria-invalid', 'true');
    expect(saved[0]).toEqual({
      ifMatch: '"2"',
      body: { narrative: 'Året i korthet.', situation: 'Oron har minskat i Bäckby.', actionPlan: 'Fler fältassistenter.' },
    });

    await user.click(screen.getByRole('button', { name: 'Spara texterna' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    // the saved version comes back from the server, and the page says the texts are saved
    expect(await screen.findByText('Texterna är sparade.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Lägesbild' })).toHaveValue('Oron har minskat i Bäckby.');

    await user.click(screen.getByRole('button', { name: 'Godkänn rapporten' }));
    expect(approvals).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Ja, godkänn' }));
    await waitFor(() => expect(approvals).toBe(1));
  });

  it('offers no free-text lägesbild and åtgärdsplan when a plan is in force, and shows its actions read-only instead', async () => {
    signInAs('samordnare', ['coordinator']);
    const planInForce = {
      id: 9, title: 'Åtgärdsplan 2026–2027', decision: { body: 'Kommunstyrelsen', date: '2026-02-04', paragraph: null, diaryNumber: null },
      situationPicture: { id: 7, title: 'Lägesbild 2024–2025', from: '2024-01', to: '2025-12', status: 'adopted' as const },
      asOf: '2025-12-31',
      actions: [{ id: 90, title: 'Samordnade insatser mot narkotikahandel', problems: [{ id: 70, title: 'Öppen narkotikahandel', priority: 'high' as const, internal: false }],
        organisations: [{ id: 1, code: 'polisen', name: { sv: 'Polisen', en: 'The police' } }],
        followUp: { status: 'atRisk' as const, measures: 2, measuresAssessed: 1, latestUpdate: '2025-11-02', resultTrend: null } }],
    };
    const withPlan = { ...draftReport, content: { ...draftReport.content!, actionPlan: planInForce } };
    const saved: unknown[] = [];
    server.use(
      http.get('*/api/v1/reports/:id', () => HttpResponse.json(withPlan, { headers: { ETag: '"2"' } })),
      http.put('*/api/v1/reports/:id', async ({ request }) => {
        saved.push(await request.json());
        return HttpResponse.json(withPlan, { headers: { ETag: '"3"' } });
      }),
    );
    const user = userEvent.setup();
    renderApp('/reports/7');
    const narrative = await screen.findByRole('textbox', { name: 'Samordnarens berättelse' });
    expect(screen.queryByRole('textbox', { name: 'Lägesbild' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Åtgärdsplan' })).not.toBeInTheDocument();
    const plan = within(screen.getByTestId('report-plan')).getByRole('region', { name: 'Åtgärdsplanens åtgärder, tabell' });
    expect(within(plan).getByRole('row', { name: /Samordnade insatser mot narkotikahandel.*Risk för avvikelse.*1 av 2/ }))
      .toBeInTheDocument();
    // an earlier draft's free text is still shown as the PDF shows it, and sent back unchanged
    expect(within(screen.getByTestId('report-preview')).getByText('Fler fältassistenter.')).toBeInTheDocument();
    await user.type(narrative, ' Mer.');
    await user.click(screen.getByRole('button', { name: 'Spara texterna' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({ narrative: 'Året i korthet. Mer.', situation: '', actionPlan: 'Fler fältassistenter.' });
  });

  it('downloads the PDF with the bearer token', async () => {
    signInAs('lasare', ['viewer']);
    const asked: { auth: string | null; accept: string | null; format: string | null }[] = [];
    server.use(
      http.get('*/api/v1/reports/:id/export', ({ request }) => {
        asked.push({
          auth: request.headers.get('Authorization'),
          accept: request.headers.get('Accept'),
          format: new URL(request.url).searchParams.get('format'),
        });
        return new HttpResponse(new Blob(['%PDF-1.7']), { headers: { 'Content-Type': 'application/pdf' } });
      }),
    );
    const createObjectURL = vi.fn(() => 'blob:report');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp('/reports/7');

    await user.click(await screen.findByTestId('download-pdf'));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(asked).toEqual([{ auth: 'Bearer token-lasare', accept: 'application/pdf', format: 'pdf' }]);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('lagesrapport-2025H2.pdf');
    expect(createObjectURL).toHaveBeenCalled();
    expect(await screen.findByText('Filen är nedladdad.')).toBeInTheDocument();
    // a viewer reads but does not edit
    expect(screen.queryByRole('textbox', { name: 'Lägesbild' })).not.toBeInTheDocument();
    click.mockRestore();
  });

  it('shows a bad half-year at the field when the coordinator starts a report', async () => {
    signInAs('samordnare', ['coordinator']);
    server.use(
      http.post('*/api/v1/reports', () =>
        problem(400, { title: 'Invalid request', errors: [{ field: 'period', message: 'must be a half-year like 2025H2' }] }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/reports');
    const period = await screen.findByLabelText('Halvår');
    await user.clear(period);
    await user.type(period, '2025H3');
    await user.click(screen.getByRole('button', { name: 'Skapa utkast' }));
    expect(await screen.findByTestId('error-period')).toHaveTextContent('must be a half-year like 2025H2');
  });

  it('shows signed-in readers who created the report and changed its texts, newest first', async () => {
    signInAs('lasare', ['viewer']);
    renderApp('/reports/7');
    const history = await screen.findByRole('region', { name: 'Ändringar av rapporten, senaste först' });
    const entries = await within(history).findAllByTestId('history-entry');
    expect(entries).toHaveLength(2);
    expect(within(entries[0]!).getByRole('rowheader')).toHaveTextContent('Ändrade texterna');
    expect(entries[0]).toHaveTextContent('Sara Samordnare (samordnare)');
    expect(entries[0]).toHaveTextContent('Samordnarens berättelse: (tomt) → Året i korthet.');
    expect(entries[0]).toHaveTextContent('Åtgärdsplan: (tomt) → Fler fältassistenter.');
    expect(within(entries[1]!).getByRole('rowheader')).toHaveTextContent('Skapade utkastet');
    expect(entries[1]).toHaveTextContent('Status: Utkast');
  });

  it('asks visitors to sign in for the history and does not ask the API for it', async () => {
    let historyAsked = 0;
    server.use(
      http.get('*/api/v1/reports/:id/history', () => {
        historyAsked++;
        return problem(401, { title: 'Unauthorized' });
      }),
    );
    renderApp('/reports/7');
    expect(await screen.findAllByTestId('report-goal')).toHaveLength(6);
    expect(screen.getByText('Logga in för att se vem som ändrat vad.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Ändringar av rapporten, senaste först' })).not.toBeInTheDocument();
    expect(historyAsked).toBe(0);
  });

  it('says so when a report does not exist', async () => {
    renderApp('/reports/999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rapporten finns inte' })).toBeInTheDocument();
  });
});

describe('The evaluation of a policy period', () => {
  it('shows its sections as tables and lets the coordinator save conclusions with If-Match', async () => {
    signInAs('samordnare', ['coordinator']);
    const saved: { ifMatch: string | null; body: unknown }[] = [];
    server.use(
      http.put('*/api/v1/reports/:id/conclusions', async ({ request }) => {
        saved.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return HttpResponse.json({ ...draftEvaluation, version: 1 },
          { headers: { ETag: '"1"' } });
      }),
    );
    renderApp('/reports/9');
    expect(await screen.findByRole('heading', { level: 1, name: /Utvärdering 2020-2025/ })).toBeInTheDocument();
    const violent = screen.getByRole('table', { name: 'Per brottskategori och grupp' });
    // rows are named in words, as in the PDF: the category's name, the sex, the age group
    expect(within(violent).getByRole('row', { name: /Våldsbrott 410 380/ })).toBeInTheDocument();
    const bySex = screen.getByRole('table', { name: 'Per kön' });
    expect(within(bySex).getByRole('row', { name: /Kvinnor 150/ })).toBeInTheDocument();
    expect(within(bySex).getByRole('row', { name: /Uppgift saknas 90/ })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Per åldersgrupp' })).getByRole('row', { name: /65 år och äldre 20/ }))
      .toBeInTheDocument();
    expect(screen.getByTestId('evaluation-measures-total')).toHaveTextContent('3 insatser pågick under perioden');
    expect(screen.getAllByText('Uppnått').length).toBeGreaterThan(0);
    expect(screen.getByTestId('download-xlsx')).toBeInTheDocument();
    expect(screen.getByTestId('download-docx')).toBeInTheDocument();
    // the charts state every figure, a suppressed one "dold", as the PDF's figures do; the tables repeat them
    expect(screen.getByRole('img', { name: 'Anmälda brott per år, Våldsbrott: 2020 410; 2021 380; 2022 dold.' }))
      .toBeInTheDocument();
    expect(within(violent).getByRole('row', { name: /Våldsbrott 410 380 dold/ })).toBeInTheDocument();
    const indicatorCharts = screen.getAllByRole('img', { name: /: baslinje, värden och mål: / });
    expect(indicatorCharts).toHaveLength(draftEvaluation.evaluation!.goals.flatMap((g) => g.indicators).length);
    expect(indicatorCharts[0]).toHaveAccessibleName(/: Baslinje 2019 60; 2023 62,5; 2024 63,4; 2025 64,1; Mål 2025 65\.$/);
    const firstTable = screen.getAllByTestId('evaluation-indicator-chart')[0]!;
    expect(within(firstTable).getByRole('row', { name: /60 62,5 63,4 64,1 65/ })).toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox', { name: 'Slutsatser för hela perioden' }), 'Tryggheten ökade.');
    await userEvent.type(screen.getByRole('textbox', { name: /^Slutsats för mål 2/ }), 'Delvis nått.');
    await userEvent.click(screen.getByRole('button', { name: 'Spara slutsatser' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({ ifMatch: '"0"', body: { overall: 'Tryggheten ökade.', goals: [{ goalNumber: 2, text: 'Delvis nått.' }] } });
  });

  it('lets the coordinator start an evaluation from the reports page, the API naming a bad period at the field', async () => {
    signInAs('samordnare', ['coordinator']);
    server.use(
      http.post('*/api/v1/reports', () =>
        problem(422, { title: 'The evaluation cannot be made', errors: [{ field: 'period', message: 'Ingen antagen policy har perioden 1990-1995' }] }),
      ),
    );
    renderApp('/reports');
    const input = await screen.findByRole('textbox', { name: 'Policyperiod' });
    await userEvent.clear(input);
    await userEvent.type(input, '1990-1995');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa utvärdering' }));
    expect(await screen.findByText('Ingen antagen policy har perioden 1990-1995')).toBeInTheDocument();
  });
});
