import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/server';
import { measure } from '@/testing/measures-fixtures';
import { renderApp, signInAs as signInWithRoles } from '@/testing/test-utils';

function signInAs(username: string, roles: string[], organisation: { code: string; sv: string }) {
  signInWithRoles(roles, {
    username,
    name: undefined,
    organisation: { id: 4, code: organisation.code, name: { sv: organisation.sv, en: organisation.sv } },
  });
}

const problem = (status: number, body: object) =>
  HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

describe('Measures board', () => {
  it('lists measures with counts per status and makes the one without updates for six months stand out', async () => {
    renderApp('/measures');

    expect(await screen.findAllByTestId('measure-row')).toHaveLength(2);
    expect(screen.getByRole('table', { name: 'Insatser (2 st)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pågående (2)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Avslutad (0)' })).toBeInTheDocument();
    const stale = screen.getByRole('rowheader', { name: /Grannsamverkan/ }).closest('tr')!;
    expect(within(stale).getByText('Ingen uppdatering på över sex månader')).toBeInTheDocument();
    const fresh = screen.getByRole('rowheader', { name: /Fritidsgårdar/ }).closest('tr')!;
    expect(within(fresh).queryByText('Ingen uppdatering på över sex månader')).not.toBeInTheDocument();
    expect(within(fresh).getByText('Grön')).toBeInTheDocument();
    // visitors cannot register measures
    expect(screen.queryByRole('link', { name: 'Ny insats' })).not.toBeInTheDocument();
  });

  it('filters through the address and asks the API with the same filters', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      http.get('*/api/v1/measures', ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return HttpResponse.json({
          items: [], total: 0, limit: 25, offset: 0,
          statusCounts: { planned: 0, ongoing: 0, completed: 0, cancelled: 0 },
        });
      }),
    );
    const user = userEvent.setup();
    const { currentLocation } = renderApp('/measures');
    await screen.findByText('Inga insatser matchar urvalet.');

    await screen.findByRole('option', { name: 'Misslyckas i skolan' });
    await user.selectOptions(screen.getByLabelText('Riskfaktor'), 'MISSLYCKANDE_I_SKOLAN');
    await user.selectOptions(screen.getByLabelText('Preventionsnivå'), 'secondary');
    await user.type(screen.getByLabelText('Sök i titel och beskrivning'), 'fritid');
    await user.click(screen.getByRole('button', { name: 'Sök' }));

    await waitFor(() => expect(currentLocation().search).toContain('q=fritid'));
    expect(currentLocation().search).toContain('riskFactor=MISSLYCKANDE_I_SKOLAN');
    await waitFor(() => {
      const last = asked.at(-1);
      expect(last?.get('riskFactor')).toBe('MISSLYCKANDE_I_SKOLAN');
      expect(last?.get('preventionLevel')).toBe('secondary');
      expect(last?.get('q')).toBe('fritid');
    });
  });

  it('offers an editor their own organisation\'s measures and a link to register a new one', async () => {
    signInAs('redaktor-kff', ['editor'], { code: 'kultur-idrott-fritid', sv: 'Kultur-, idrotts- och fritidsförvaltningen' });
    const user = userEvent.setup();
    const { currentLocation } = renderApp('/measures');

    expect(await screen.findByRole('link', { name: 'Ny insats' })).toHaveAttribute('href', '/measures/new');
    await user.click(await screen.findByLabelText('Bara min organisations insatser'));
    expect(currentLocation().search).toBe('?organisation=kultur-idrott-fritid');
  });
});

describe('Measure page', () => {
  it('shows goals, districts, factors and the progress log; history asks visitors to log in', async () => {
    renderApp('/measures/1');

    expect(await screen.findByRole('heading', { level: 1, name: /Fritidsgårdar med förlängda öppettider/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Mål 2: Mötesplatser/ })).toHaveAttribute('href', '/goals/2');
    expect(screen.getByText('Bäckby')).toBeInTheDocument();
    expect(screen.getByText('Umgås i brottsbelastade grupper')).toBeInTheDocument();
    const update = await screen.findByTestId('progress-update');
    expect(update).toHaveTextContent('Fler besökare än förra hösten.');
    expect(within(update).getByText('Grön: enligt plan')).toBeInTheDocument();
    expect(update).toHaveTextContent('Deltagare 140, Timmar 320');
    expect(screen.getByText('Logga in för att se vem som ändrat vad.')).toBeInTheDocument();
  });

  it('shows the effect follow-up: the chart, the estimate in plain Swedish and that it is retrospective', async () => {
    renderApp('/measures/1');

    const estimate = await screen.findByTestId('evaluation-estimate');
    expect(estimate).toHaveTextContent('minskning med 18 % (95 % intervall 9–26 %) jämfört med jämförelseområdena');
    expect(screen.getByRole('heading', { level: 2, name: 'Effektuppföljning' })).toBeInTheDocument();
    expect(screen.getByTestId('evaluation-retrospective')).toHaveTextContent('Efterhandsbedömning');
    expect(screen.getByRole('img', { name: /Insatsen startade 2024-01/ })).toBeInTheDocument();
    expect(screen.getByText('Skadegörelsebrott, anmälda brott per 1 000 invånare')).toBeInTheDocument();
    // frozen: no button to change the design
    expect(screen.queryByRole('button', { name: 'Ändra upplägget' })).not.toBeInTheDocument();
  });

  it('offers those who may edit a design form when the measure has no evaluation', async () => {
    server.use(
      http.get('*/api/v1/measures/:id/evaluation', () =>
        problem(404, { title: 'Not Found', type: 'about:blank', detail: 'Insats 1 har ingen effektuppföljning.' }),
      ),
    );
    renderApp('/measures/1');

    expect(await screen.findByText('Ingen effektuppföljning är registrerad för insatsen.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Registrera effektuppföljning' }));
    expect(screen.getByLabelText(/Insatsens första månad/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Föreslå jämförelsestadsdelar' })).toBeDisabled();
  });

  it('shows a signed-in reader who changed what', async () => {
    signInAs('lasare', ['viewer'], { code: 'kommunstyrelsen', sv: 'Kommunstyrelsen' });
    renderApp('/measures/1');

    const entry = await screen.findByTestId('history-entry');
    expect(within(entry).getByText('Sara Samordnare')).toBeInTheDocument();
    expect(within(entry).getByText('Ändrade insatsen')).toBeInTheDocument();
    expect(entry).toHaveTextContent('Status: Planerad → Pågående');
    expect(await screen.findByRole('table', { name: 'Ändringar av effektuppföljningens upplägg, senaste först' }))
      .toHaveTextContent('Registrerade upplägget');
  });
});

describe('Measure forms', () => {
  it('offers the forum decisions to cite and sends the ones checked; the page says which decision it carries out', async () => {
    signInAs('redaktor-kff', ['editor'], { code: 'kultur-idrott-fritid', sv: 'Kultur-, idrotts- och fritidsförvaltningen' });
    let sent: Record<string, unknown> | undefined;
    server.use(
      http.put('*/api/v1/measures/:id', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...measure, forumDecisions: [] }, { headers: { ETag: '"4"' } });
      }),
    );
    const user = userEvent.setup();
    const app = renderApp('/measures/1');
    expect(await screen.findByTestId('cited-decisions')).toHaveTextContent(
      'Genomför beslut i Samordningsarenan 2026-03-12: Fritidsgårdarna i Bäckby håller öppet längre på helger. (SA 2026/4)',
    );

    await app.navigate('/measures/1/edit');
    const decision = await screen.findByRole('checkbox', { name: /^Samordningsarenan 2026-03-12: Fritidsgårdarna/ });
    expect(decision).toBeChecked();
    await user.click(decision);
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    await waitFor(() => expect(sent?.forumDecisions).toEqual([]));
  });

  it('shows the API\'s field errors at each field of the new-measure form', async () => {
    signInAs('redaktor-kff', ['editor'], { code: 'kultur-idrott-fritid', sv: 'Kultur-, idrotts- och fritidsförvaltningen' });
    let sent: Record<string, unknown> | undefined;
    server.use(
      http.post('*/api/v1/measures', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return problem(400, {
          title: 'Invalid request',
          errors: [
            { field: 'title', message: 'is required' },
            { field: 'startDate', message: 'is required' },
            { field: 'districts[0]', message: "is not a known area code: 'x'" },
          ],
        });
      }),
    );
    const user = userEvent.setup();
    renderApp('/measures/new');

    expect(await screen.findByText(/Insatsen registreras för din organisation: Kultur-/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skapa insatsen' }));

    expect(await screen.findByText('Insatsen kunde inte sparas. Rätta fälten nedan:')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Titel/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('error-title')).toHaveTextContent('is required');
    expect(screen.getByTestId('error-startDate')).toHaveTextContent('is required');
    expect(screen.getByTestId('error-districts')).toHaveTextContent("is not a known area code: 'x'");
    expect(sent).not.toHaveProperty('responsibleOrganisation', 'barn-utbildning');
    expect(sent?.status).toBe('planned');
  });

  it('sends the ETag it read as If-Match and says so when someone else changed the measure first', async () => {
    signInAs('redaktor-kff', ['editor'], { code: 'kultur-idrott-fritid', sv: 'Kultur-, idrotts- och fritidsförvaltningen' });
    const ifMatch: (string | null)[] = [];
    server.use(
      http.put('*/api/v1/measures/:id', ({ request }) => {
        ifMatch.push(request.headers.get('If-Match'));
        return problem(412, { title: 'Precondition Failed', detail: 'The measure has changed since you read it.' });
      }),
    );
    const user = userEvent.setup();
    renderApp('/measures/1/edit');

    const title = await screen.findByLabelText(/^Titel/);
    expect(title).toHaveValue(measure.title);
    await user.clear(title);
    await user.type(title, 'Fritidsgårdar i Bäckby');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    expect(await screen.findByText(/Någon annan har ändrat insatsen/)).toBeInTheDocument();
    expect(ifMatch).toEqual(['"3"']);
    expect(screen.getByRole('button', { name: 'Ladda om insatsen' })).toBeInTheDocument();
  });
});
