import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { agreement, districtCrimeTrend } from '@/testing/analyses-fixtures';
import { server } from '@/testing/server';
import { renderApp, signInAsMemberOf } from '@/testing/test-utils';

const signInAs = signInAsMemberOf;

const problem = (status: number, body: object) =>
  HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

describe('District page', () => {
  it('shows population, crime trend, the latest analysis in words, measures and agreements', async () => {
    signInAs('lasare', ['viewer'], 'kommunstyrelsen');
    const asked: URLSearchParams[] = [];
    server.use(
      http.get('*/api/v1/crime-statistics', ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return HttpResponse.json(districtCrimeTrend);
      }),
    );
    renderApp('/areas/1980-01');

    expect(await screen.findByRole('heading', { level: 1, name: 'Bäckby' })).toBeInTheDocument();
    expect(screen.getByTestId('district-population')).toHaveTextContent('2 000 invånare 2024');
    const crime = await screen.findByRole('table', { name: 'Anmälda brott per år i Bäckby' });
    expect(within(crime).getByRole('rowheader', { name: '2024' }).closest('tr')).toHaveTextContent('98 ↓ 22 färre än året före');
    expect(asked[0]?.getAll('area')).toEqual(['1980-01']);
    expect(asked[0]?.getAll('groupBy')).toEqual(['category', 'year']);

    const factors = await screen.findByRole('table', { name: 'Bedömda faktorer i Bäckby 2025-10-14' });
    const risk = within(factors).getByRole('rowheader', { name: 'Brottsbelastade kamrater' }).closest('tr')!;
    expect(risk).toHaveTextContent('Riskfaktor');
    expect(risk).toHaveTextContent('Hög');
    expect(risk).toHaveTextContent('Försämras');
    expect(within(factors).getByRole('rowheader', { name: 'Prosociala kamrater' }).closest('tr')).toHaveTextContent('Förbättras');

    const measures = screen.getByRole('region', { name: 'Insatser i stadsdelen' });
    expect(await within(measures).findByRole('link', { name: /Fritidsgårdar/ })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Överenskommelser som gäller Bäckby' })).toHaveTextContent(
      'Medborgarlöfte Västerås 2025',
    );
  });

  it('asks anonymous visitors to sign in for the safety analysis and answers an unknown district', async () => {
    renderApp('/areas/1980-01');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bäckby' })).toBeInTheDocument();
    expect(await screen.findByText('Trygghetsanalyserna innehåller interna bedömningar. Logga in för att läsa dem.')).toBeInTheDocument();
  });

  it('says when there is no such district', async () => {
    renderApp('/areas/1980-finns-inte');
    expect(await screen.findByRole('heading', { level: 1, name: 'Stadsdelen finns inte' })).toBeInTheDocument();
  });

  it('is linked from the districts page', async () => {
    renderApp('/areas');
    expect(await screen.findByRole('link', { name: 'Lägesbild för Bäckby' })).toHaveAttribute('href', '/areas/1980-01');
  });
});

describe('Safety analyses', () => {
  it('lists analyses for signed-in users, with the nav entry', async () => {
    signInAs('lasare', ['viewer'], 'kommunstyrelsen');
    renderApp('/safety-analyses');
    expect(await screen.findByRole('link', { name: 'Trygghetsanalys Bäckby 2025' })).toHaveAttribute('href', '/safety-analyses/7');
    expect(screen.getByRole('link', { name: 'Trygghetsanalyser' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('link', { name: 'Ny trygghetsanalys' })).not.toBeInTheDocument();
  });

  it('shows the coordinator the API’s field errors at each field', async () => {
    signInAs('samordnare', ['coordinator'], 'hallbarhetsenheten');
    let sent: unknown;
    server.use(
      http.post('*/api/v1/safety-analyses', async ({ request }) => {
        sent = await request.json();
        return problem(400, {
          title: 'Invalid parameter',
          errors: [
            { field: 'title', message: 'is required' },
            { field: 'factors[0].level', message: 'is required: low, medium or high' },
          ],
        });
      }),
    );
    const user = userEvent.setup();
    renderApp('/safety-analyses/new');
    await user.selectOptions(await screen.findByLabelText('Område'), '1980-01');
    await user.click(screen.getByRole('button', { name: 'Lägg till faktor' }));
    await user.selectOptions(screen.getByLabelText('Risk- eller skyddsfaktor'), screen.getAllByRole('option', { name: /^Riskfaktor:/ })[0]!);
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByTestId('error-title')).toHaveTextContent('is required');
    expect(screen.getByTestId('error-factors[0].level')).toHaveTextContent('is required: low, medium or high');
    expect(screen.getByLabelText('Nivå')).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toMatchObject({ area: '1980-01', factors: [{ factor: expect.any(String) }] });
  });
});

describe('Agreements', () => {
  it('shows an agreement to anyone with commitment statuses in words', async () => {
    renderApp('/agreements/3');
    expect(await screen.findByRole('heading', { level: 1, name: /Medborgarlöfte Västerås 2025/ })).toBeInTheDocument();
    expect(screen.getByText('Uppfyllt')).toBeInTheDocument();
    expect(screen.getByText('Pågår')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Trygghetsvandringar i Råby' })).toHaveAttribute('href', '/measures/2');
    expect(screen.queryByRole('button', { name: 'Spara uppföljning' })).not.toBeInTheDocument();
  });

  it('lets the committed organisation follow up its commitment', async () => {
    signInAs('redaktor-kff', ['editor'], 'kultur-idrott-fritid');
    let sent: unknown;
    server.use(
      http.get('*/api/v1/agreements/:id', () =>
        HttpResponse.json({
          ...agreement,
          commitments: [agreement.commitments[0], { ...agreement.commitments[1]!, canUpdateStatus: true }],
        }),
      ),
      http.put('*/api/v1/agreements/:id/commitments/:commitmentId/status', async ({ request, params }) => {
        sent = { ...((await request.json()) as object), commitmentId: params.commitmentId };
        return HttpResponse.json(agreement, { headers: { ETag: '"1"' } });
      }),
    );
    const user = userEvent.setup();
    renderApp('/agreements/3');
    await user.selectOptions(await screen.findByLabelText('Ny status'), 'fulfilled');
    await user.type(screen.getByLabelText('Kommentar till uppföljningen'), 'Klart');
    await user.click(screen.getByRole('button', { name: 'Spara uppföljning' }));
    await waitFor(() => expect(sent).toEqual({ status: 'fulfilled', comment: 'Klart', commitmentId: '32' }));
    expect(await screen.findByText('Uppföljningen är sparad.')).toBeInTheDocument();
  });

  it('lists agreements for anonymous visitors and filters by kind', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      http.get('*/api/v1/agreements', ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return HttpResponse.json({ items: [], total: 0, limit: 100, offset: 0 });
      }),
    );
    const user = userEvent.setup();
    renderApp('/agreements');
    await user.selectOptions(await screen.findByLabelText('Typ'), 'collaborationAgreement');
    await waitFor(() => expect(asked.at(-1)?.get('type')).toBe('collaborationAgreement'));
    expect(screen.getByText('Inga överenskommelser.')).toBeInTheDocument();
  });

  it('lets the coordinator change an agreement with If-Match, keeping the commitments by id', async () => {
    signInAs('samordnare', ['coordinator'], 'hallbarhetsenheten');
    let sent: { ifMatch: string | null; body: unknown } | undefined;
    server.use(
      http.get('*/api/v1/agreements/:id', () =>
        HttpResponse.json({ ...agreement, canEdit: true }, { headers: { ETag: '"4"' } }),
      ),
      http.put('*/api/v1/agreements/:id', async ({ request }) => {
        sent = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
        return HttpResponse.json(agreement, { headers: { ETag: '"5"' } });
      }),
    );
    const user = userEvent.setup();
    renderApp('/agreements/3');
    await user.click(await screen.findByRole('link', { name: 'Ändra' }));
    const title = await screen.findByLabelText('Rubrik');
    await user.clear(title);
    await user.type(title, 'Medborgarlöfte Västerås 2025, reviderat');
    await user.click(screen.getByRole('button', { name: 'Spara överenskommelsen' }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent?.ifMatch).toBe('"4"');
    expect(sent?.body).toMatchObject({
      title: 'Medborgarlöfte Västerås 2025, reviderat',
      parties: ['polisen', 'kultur-idrott-fritid'],
      commitments: [
        { id: 31, responsibleOrganisation: 'polisen', status: 'fulfilled', measures: [2] },
        { id: 32, responsibleOrganisation: 'kultur-idrott-fritid', status: 'ongoing', measures: [] },
      ],
    });
  });

  it('shows the coordinator the API’s field errors on a new agreement', async () => {
    signInAs('samordnare', ['coordinator'], 'hallbarhetsenheten');
    server.use(
      http.post('*/api/v1/agreements', () =>
        problem(400, {
          title: 'Invalid parameter',
          errors: [
            { field: 'parties', message: 'name at least one organisation' },
            { field: 'startDate', message: 'is required' },
          ],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/agreements/new');
    await user.type(await screen.findByLabelText('Rubrik'), 'Medborgarlöfte 2026');
    await user.click(screen.getByRole('button', { name: 'Spara överenskommelsen' }));
    expect(await screen.findByTestId('error-parties')).toHaveTextContent('name at least one organisation');
    expect(screen.getByTestId('error-startDate')).toHaveTextContent('is required');
  });
});
