import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { IndicatorInput, IndicatorValueInput } from '@/lib/api/types';
import { indicators } from '@/testing/fixtures';
import { server } from '@/testing/server';
import { renderApp, signInAs } from '@/testing/test-utils';

const HBE = { id: 3, code: 'HBE', name: { sv: 'Hållbarhetsenheten', en: 'Sustainability unit' } };
const KFF = { id: 4, code: 'kultur-idrott-fritid', name: { sv: 'Kultur', en: 'Culture' } };

const problem = (status: number, body: object) =>
  HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

/** Waits until the page has its series and the caller's roles are read, then answers whether the form is offered. */
async function offered() {
  await screen.findByTestId('series-table');
  await waitFor(() => expect(screen.queryByRole('status', { name: /Läser/ })).not.toBeInTheDocument());
  return screen.queryByRole('button', { name: 'Registrera värde' }) !== null;
}

describe('Recording a value on the indicator page', () => {
  it('is not offered to anonymous visitors', async () => {
    renderApp('/indicators/11');
    expect(await offered()).toBe(false);
    expect(screen.queryByRole('link', { name: 'Redigera indikator' })).not.toBeInTheDocument();
  });

  it('is not offered to a viewer, nor to an editor of another organisation', async () => {
    signInAs(['viewer'], { username: 'lasare', organisation: HBE });
    const first = renderApp('/indicators/11');
    // the caller's roles are read once their organisation shows
    await screen.findByText('Hållbarhetsenheten', { selector: '.user-organisation' });
    expect(await offered()).toBe(false);
    first.unmount();

    signInAs(['editor'], { username: 'redaktor-kff', organisation: KFF });
    renderApp('/indicators/11');
    await screen.findByText('Kultur', { selector: '.user-organisation' });
    expect(await offered()).toBe(false);
  });

  it('is offered to an editor of the owning organisation, without the edit link', async () => {
    signInAs(['editor'], { username: 'redaktor-hbe', organisation: HBE });
    renderApp('/indicators/11');
    expect(await screen.findByRole('button', { name: 'Registrera värde' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Redigera indikator' })).not.toBeInTheDocument();
  });

  it('is offered to the coordinator with the edit link; a value is recorded, the outcome said in words, the series refetched', async () => {
    signInAs(['coordinator'], { organisation: HBE });
    const sent: IndicatorValueInput[] = [];
    let valueReads = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET' && request.url.includes('/indicators/11/values')) valueReads += 1;
    });
    server.use(
      http.post('*/api/v1/indicators/:id/values', async ({ request }) => {
        const input = (await request.json()) as IndicatorValueInput;
        sent.push(input);
        return HttpResponse.json(
          {
            indicator: 'TRUST', period: input.period, area: { code: '1980', name: 'Västerås', type: 'municipality' },
            sex: input.sex, ageGroup: input.ageGroup, value: input.value, numerator: null, denominator: null,
            status: 'final', source: input.source, demo: false, updatedAt: '2026-03-01T08:00:00Z',
            updatedBy: 'samordnare', outcome: 'updated',
          },
          { status: 200 },
        );
      }),
    );
    const user = userEvent.setup();
    renderApp('/indicators/11');
    expect(await screen.findByRole('link', { name: 'Redigera indikator' })).toHaveAttribute('href', '/indicators/11/edit');
    await screen.findByTestId('series-table');
    const open = screen.getByRole('button', { name: 'Registrera värde' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');

    const form = screen.getByRole('form', { name: 'Registrera ett värde' });
    const period = within(form).getByLabelText('Period');
    expect(period).toHaveAccessibleDescription(/2024Q2 \(kvartal\).*rapporteras årligen, till exempel 2024/);
    // TRUST is split by sex and age, not by area: only the municipality to choose
    expect(within(form).getByLabelText('Område')).toHaveAccessibleDescription(/delas inte upp på område/);
    expect(within(form).getAllByRole('option', { name: 'Västerås' })).toHaveLength(1);
    expect(within(form).queryByRole('option', { name: /Bäckby/ })).not.toBeInTheDocument();
    await user.type(period, '2024');
    await user.selectOptions(within(form).getByLabelText('Kön'), 'female');
    await user.selectOptions(within(form).getByLabelText('Åldersgrupp'), '18-24');
    await user.type(within(form).getByLabelText('Värde'), '64,2');
    await user.type(within(form).getByLabelText(/Källa/), 'Invånarundersökningen 2024');
    const readsBefore = valueReads;
    await user.click(within(form).getByRole('button', { name: 'Registrera värdet' }));

    const outcome = await screen.findByTestId('record-outcome');
    expect(outcome).toHaveTextContent('Värdet för 2024, Västerås ersattes med 64,2 %.');
    expect(outcome).toHaveAttribute('role', 'status');
    await waitFor(() => expect(outcome).toHaveFocus());
    expect(sent).toEqual([
      {
        period: '2024', area: '1980', sex: 'female', ageGroup: '18-24', value: 64.2,
        numerator: null, denominator: null, status: 'final', source: 'Invånarundersökningen 2024',
      },
    ]);
    await waitFor(() => expect(valueReads).toBeGreaterThan(readsBefore));
    server.events.removeAllListeners();
  });

  it('offers the districts for an indicator split by area, and says a new value was created', async () => {
    signInAs(['coordinator']);
    const user = userEvent.setup();
    renderApp('/indicators/12');
    await user.click(await screen.findByRole('button', { name: 'Registrera värde' }));
    const form = screen.getByRole('form', { name: 'Registrera ett värde' });
    await within(form).findByRole('option', { name: /Bäckby/ });
    expect(within(form).queryByLabelText('Kön')).not.toBeInTheDocument();
    expect(within(form).queryByLabelText('Åldersgrupp')).not.toBeInTheDocument();
    await user.type(within(form).getByLabelText('Period'), '2025');
    await user.selectOptions(within(form).getByLabelText('Område'), '1980-01');
    await user.type(within(form).getByLabelText('Värde'), '1240');
    await user.click(within(form).getByRole('button', { name: 'Registrera värdet' }));
    expect(await screen.findByTestId('record-outcome')).toHaveTextContent(
      'Nytt värde registrerat: 1 240 / 100 000 för 2025, Bäckby.',
    );
  });

  it('shows a 400 error at its field, tied to the control, with focus on the list of errors', async () => {
    signInAs(['coordinator']);
    server.use(
      http.post('*/api/v1/indicators/:id/values', () =>
        problem(400, {
          title: 'Bad Request',
          errors: [{ field: 'period', message: "'2024Q5' is not a period code; give 2024, 2024H1, 2024Q2 or 2024-05" }],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/indicators/11');
    await user.click(await screen.findByRole('button', { name: 'Registrera värde' }));
    const form = screen.getByRole('form', { name: 'Registrera ett värde' });
    await user.type(within(form).getByLabelText('Period'), '2024Q5');
    await user.type(within(form).getByLabelText('Värde'), '60');
    await user.click(within(form).getByRole('button', { name: 'Registrera värdet' }));

    const error = await screen.findByTestId('error-period');
    expect(error).toHaveTextContent("'2024Q5' is not a period code");
    const period = within(form).getByLabelText('Period');
    expect(period).toHaveAttribute('aria-invalid', 'true');
    expect(period.getAttribute('aria-describedby')).toContain(error.id);
    expect(within(form).getByLabelText('Värde')).not.toHaveAttribute('aria-invalid');
    const summary = screen.getByTestId('form-errors');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Period' })).toHaveAttribute('href', `#${period.id}`);
    expect(screen.queryByTestId('record-outcome')).not.toBeInTheDocument();
  });

  it('explains a 403 in words', async () => {
    signInAs(['coordinator']);
    server.use(
      http.post('*/api/v1/indicators/:id/values', () => problem(403, { title: 'Forbidden', detail: 'You may not record values of TRUST' })),
    );
    const user = userEvent.setup();
    renderApp('/indicators/11');
    await user.click(await screen.findByRole('button', { name: 'Registrera värde' }));
    const form = screen.getByRole('form', { name: 'Registrera ett värde' });
    await user.type(within(form).getByLabelText('Period'), '2024');
    await user.type(within(form).getByLabelText('Värde'), '60');
    await user.click(within(form).getByRole('button', { name: 'Registrera värdet' }));
    expect(await screen.findByTestId('form-errors')).toHaveTextContent(
      'en redaktör registrerar bara värden för indikatorer som den egna organisationen ansvarar för',
    );
  });

  it('does not send a value that is not a number, and says so at the field', async () => {
    signInAs(['coordinator']);
    let posts = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') posts += 1;
    });
    const user = userEvent.setup();
    renderApp('/indicators/11');
    await user.click(await screen.findByRole('button', { name: 'Registrera värde' }));
    const form = screen.getByRole('form', { name: 'Registrera ett värde' });
    await user.type(within(form).getByLabelText('Period'), '2024');
    await user.type(within(form).getByLabelText('Värde'), 'sextio');
    await user.click(within(form).getByRole('button', { name: 'Registrera värdet' }));
    expect(await screen.findByTestId('error-value')).toHaveTextContent('Ange ett tal');
    expect(within(form).getByLabelText('Värde')).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toBe(0);
    server.events.removeAllListeners();
  });

  it('speaks English when the reader chose English', async () => {
    signInAs(['coordinator']);
    const user = userEvent.setup();
    renderApp('/indicators/11');
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await user.click(await screen.findByRole('button', { name: 'Record a value' }));
    const form = screen.getByRole('form', { name: 'Record a value' });
    expect(within(form).getByLabelText('Period')).toHaveAccessibleDescription(/reported yearly, for example 2024/);
    expect(within(form).getByRole('button', { name: 'Record the value' })).toBeInTheDocument();
  });
});

describe('Editing an indicator', () => {
  it('loads the current definition and sends the whole IndicatorInput back, unshown fields unchanged', async () => {
    signInAs(['coordinator']);
    const sent: IndicatorInput[] = [];
    server.use(
      http.put('*/api/v1/indicators/:id', async ({ request }) => {
        const input = (await request.json()) as IndicatorInput;
        sent.push(input);
        return HttpResponse.json({ ...indicators[0]!, name: input.name, direction: input.direction });
      }),
    );
    const user = userEvent.setup();
    const { currentLocation } = renderApp('/indicators/11/edit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Redigera indikator: Andel som känner tillit till andra' }))
      .toBeInTheDocument();
    const nameSv = await screen.findByLabelText('Namn (svenska)');
    expect(nameSv).toHaveValue('Andel som känner tillit till andra');
    expect(screen.getByLabelText('Enhet')).toHaveValue('percent');
    expect(screen.getByLabelText('Utgångsvärdets period')).toHaveValue('2019');
    expect(screen.getByLabelText('År (mål 1)')).toHaveValue('2025');
    expect(screen.getByLabelText('Målvärde (mål 1)')).toHaveValue('66');

    await user.clear(nameSv);
    await user.type(nameSv, 'Andel som litar på andra');
    await user.selectOptions(screen.getByLabelText('Riktning'), 'lowerIsBetter');
    await user.click(screen.getByRole('button', { name: 'Lägg till mål' }));
    await user.type(screen.getByLabelText('År (mål 2)'), '2026');
    await user.type(screen.getByLabelText('Målvärde (mål 2)'), '67,5');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      code: 'TRUST',
      name: { sv: 'Andel som litar på andra', en: 'Share who trust other people' },
      description: {
        sv: 'Andel invånare 16–84 år som anser att man kan lita på de flesta människor.',
        en: 'Share of residents aged 16–84 who think most people can be trusted.',
      },
      unit: 'percent',
      direction: 'lowerIsBetter',
      source: 'kolada',
      sourceReference: 'U01405',
      frequency: 'yearly',
      disaggregations: ['sex', 'ageGroup'],
      ageGroups: ['18-24', '25-44'],
      owner: 'HBE',
      goals: [1],
      baseline: { period: '2019', value: 60 },
      targets: [
        { year: 2025, value: 66 },
        { year: 2026, value: 67.5 },
      ],
      // a recorded indicator stays recorded
      computation: null,
    });
    await waitFor(() => expect(currentLocation().pathname).toBe('/indicators/11'));
    expect(await screen.findByTestId('indicator-saved')).toHaveTextContent('Ändringarna av indikatorn sparades.');
  });

  it('shows the API\'s field errors at the fields, and focuses the list of errors', async () => {
    signInAs(['coordinator']);
    server.use(
      http.put('*/api/v1/indicators/:id', () =>
        problem(400, {
          title: 'Bad Request',
          errors: [
            { field: 'name.en', message: 'is required' },
            { field: 'targets', message: 'names the year 2025 twice' },
            { field: 'baseline.period', message: 'must be 2024 for an indicator reported yearly' },
          ],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/indicators/11/edit');
    await user.clear(await screen.findByLabelText('Namn (engelska)'));
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    expect(await screen.findByTestId('error-name.en')).toHaveTextContent('is required');
    expect(screen.getByLabelText('Namn (engelska)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Namn (engelska)')).toHaveAccessibleDescription('is required');
    expect(screen.getByTestId('error-targets')).toHaveTextContent('names the year 2025 twice');
    expect(screen.getByRole('group', { name: 'Mål per år' })).toHaveAccessibleDescription('names the year 2025 twice');
    expect(screen.getByLabelText('Utgångsvärdets period')).toHaveAccessibleDescription(/must be 2024/);
    expect(screen.getByLabelText('Namn (svenska)')).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(screen.getByTestId('form-errors')).toHaveFocus());
  });

  it('tells others that only the coordinator edits an indicator', async () => {
    signInAs(['editor'], { username: 'redaktor-hbe', organisation: HBE });
    renderApp('/indicators/11/edit');
    expect(await screen.findByText('Bara samordnaren kan ändra en indikators definition.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara ändringarna' })).not.toBeInTheDocument();
  });
});

describe('When the next value is due, on the indicator page', () => {
  it('is not shown to a visitor (the API serves due dates to signed-in readers only)', async () => {
    renderApp('/indicators/11');
    await offered();
    expect(screen.queryByRole('heading', { name: 'När nästa värde ska in' })).not.toBeInTheDocument();
  });

  it('shows a viewer the next period and its due date, read-only', async () => {
    signInAs(['viewer'], { username: 'lasare', organisation: HBE });
    renderApp('/indicators/11');
    const panel = await screen.findByTestId('due-rule');
    expect(await within(panel).findByTestId('due-date')).toHaveTextContent('30 september 2026');
    expect(within(panel).getByText('2026H1')).toBeInTheDocument();
    expect(within(panel).getByTestId('due-lag')).toHaveTextContent('3 månader efter periodens slut');
    expect(within(panel).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets the coordinator set the lag: the API\'s field error at the field, then the new due date in words', async () => {
    const sent: unknown[] = [];
    server.use(
      http.put('*/api/v1/indicators/:id/due-rule', async ({ request, params }) => {
        const body = (await request.json()) as { publicationLagMonths?: number };
        sent.push(body);
        if (body.publicationLagMonths === undefined || body.publicationLagMonths > 24) {
          return problem(400, {
            title: 'Ogiltig begäran',
            errors: [{ field: 'publicationLagMonths', message: 'måste vara mellan 0 och 24' }],
          });
        }
        return HttpResponse.json({ indicatorId: Number(params.id), publicationLagMonths: body.publicationLagMonths,
          nextPeriod: '2026H1', dueDate: '2026-12-31', updatedAt: '2026-08-14T10:00:00Z', updatedBy: 'samordnare' });
      }),
    );
    signInAs(['coordinator'], { username: 'samordnare', organisation: HBE });
    const user = userEvent.setup();
    renderApp('/indicators/11');
    const months = await screen.findByLabelText('Månader efter periodens slut');
    expect(months).toHaveValue('3');

    // not a whole number: said at the field, nothing sent
    await user.clear(months);
    await user.type(months, 'tre');
    await user.click(screen.getByRole('button', { name: 'Spara fördröjningen' }));
    expect(await screen.findByTestId('error-publicationLagMonths')).toHaveTextContent('Ange ett helt antal månader');
    expect(sent).toHaveLength(0);

    // out of range: the API's message at the field, tied to the control and announced
    await user.clear(months);
    await user.type(months, '30');
    await user.click(screen.getByRole('button', { name: 'Spara fördröjningen' }));
    const error = await screen.findByTestId('error-publicationLagMonths');
    await waitFor(() => expect(error).toHaveTextContent('måste vara mellan 0 och 24'));
    expect(error).toHaveAttribute('role', 'alert');
    expect(months).toHaveAttribute('aria-invalid', 'true');
    expect(months.getAttribute('aria-describedby')).toContain(error.id);
    expect(sent).toEqual([{ publicationLagMonths: 30 }]);

    await user.clear(months);
    await user.type(months, '6');
    await user.click(screen.getByRole('button', { name: 'Spara fördröjningen' }));
    const saved = await screen.findByTestId('due-rule-saved');
    expect(saved).toHaveTextContent('Nästa värde ska vara registrerat senast 31 december 2026.');
    await waitFor(() => expect(saved).toHaveFocus());
    expect(screen.getByTestId('due-date')).toHaveTextContent('31 december 2026');
    expect(screen.getByTestId('due-lag')).toHaveTextContent('6 månader efter periodens slut');
    expect(screen.queryByTestId('error-publicationLagMonths')).not.toBeInTheDocument();
    expect(sent.at(-1)).toEqual({ publicationLagMonths: 6 });
  });

  it('speaks English when the reader chose English', async () => {
    signInAs(['coordinator'], { username: 'samordnare', organisation: HBE });
    const user = userEvent.setup();
    renderApp('/indicators/11');
    await screen.findByTestId('due-rule');
    // the page's texts are a catalogue part: the other language comes when the reader switches
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'When the next value is due' })).toBeInTheDocument();
    expect(await screen.findByLabelText("Months after the period's end")).toHaveValue('3');
    expect(screen.getByTestId('due-lag')).toHaveTextContent("3 months after the period's end");
  });
});
