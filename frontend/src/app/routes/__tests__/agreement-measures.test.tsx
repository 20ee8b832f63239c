import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { agreement } from '@/testing/analyses-fixtures';
import { measureSummaries } from '@/testing/measures-fixtures';
import { server } from '@/testing/server';
import { renderApp, signInAsMemberOf } from '@/testing/test-utils';

const signInAs = signInAsMemberOf;

const problem = (status: number, body: object) =>
  HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

/** The measures search as the API answers it: matches of `q` in the title, at most `limit`. */
function measureSearch(asked: URLSearchParams[]) {
  return http.get('*/api/v1/measures', ({ request }) => {
    const params = new URL(request.url).searchParams;
    asked.push(params);
    const q = (params.get('q') ?? '').toLowerCase();
    const items = measureSummaries.filter((m) => m.title.toLowerCase().includes(q));
    return HttpResponse.json({
      items, total: items.length, limit: Number(params.get('limit') ?? 25), offset: 0,
      statusCounts: { planned: 0, ongoing: items.length, completed: 0, cancelled: 0 },
    });
  });
}

describe('Linking measures to commitments in the agreement form', () => {
  it('shows the current links, lets the coordinator search, pick and remove measures, and sends their ids', async () => {
    signInAs('samordnare', ['coordinator'], 'hallbarhetsenheten');
    const asked: URLSearchParams[] = [];
    let sent: { commitments: { id?: number; measures: number[] }[] } | undefined;
    server.use(
      http.get('*/api/v1/agreements/:id', () => HttpResponse.json({ ...agreement, canEdit: true }, { headers: { ETag: '"4"' } })),
      measureSearch(asked),
      http.put('*/api/v1/agreements/:id', async ({ request }) => {
        sent = (await request.json()) as typeof sent;
        return HttpResponse.json(agreement, { headers: { ETag: '"5"' } });
      }),
    );
    const user = userEvent.setup();
    renderApp('/agreements/3/edit');

    const first = await screen.findByRole('group', { name: 'Insatser som uppfyller åtagande 1' });
    const second = screen.getByRole('group', { name: 'Insatser som uppfyller åtagande 2' });
    // The existing link is shown with its title; the other commitment has none.
    expect(within(within(first).getByRole('list', { name: 'Kopplade insatser' })).getByText('Trygghetsvandringar i Råby')).toBeInTheDocument();
    expect(within(second).getByText('Inga kopplade insatser.')).toBeInTheDocument();
    expect(asked).toHaveLength(0); // nothing is fetched before a search

    await user.type(within(second).getByLabelText('Sök insats att koppla till åtagande 2'), 'fritid');
    const results = await within(second).findByRole('group', { name: 'Sökträffar för åtagande 2' });
    const box = within(results).getByRole('checkbox', { name: 'Fritidsgårdar med förlängda öppettider i Bäckby' });
    expect(within(results).queryByRole('checkbox', { name: 'Grannsamverkan' })).not.toBeInTheDocument();
    expect(asked.at(-1)?.get('q')).toBe('fritid');
    expect(asked.at(-1)?.get('limit')).toBe('10');
    // Keyboard: focus the match and tick it with the space bar.
    box.focus();
    await user.keyboard(' ');
    expect(box).toBeChecked();
    expect(within(within(second).getByRole('list', { name: 'Kopplade insatser' })).getByText('Fritidsgårdar med förlängda öppettider i Bäckby')).toBeInTheDocument();

    await user.click(within(first).getByRole('button', { name: 'Ta bort kopplingen till Trygghetsvandringar i Råby' }));
    expect(within(first).getByText('Inga kopplade insatser.')).toBeInTheDocument();
    expect(within(first).getByLabelText('Sök insats att koppla till åtagande 1')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Spara överenskommelsen' }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent?.commitments).toMatchObject([
      { id: 31, measures: [] },
      { id: 32, measures: [1] },
    ]);
  });

  it('unticking a match removes the link, and a new commitment gets its own picker', async () => {
    signInAs('samordnare', ['coordinator'], 'hallbarhetsenheten');
    const asked: URLSearchParams[] = [];
    let sent: { commitments: { measures: number[] }[] } | undefined;
    server.use(
      measureSearch(asked),
      http.post('*/api/v1/agreements', async ({ request }) => {
        sent = (await request.json()) as typeof sent;
        return HttpResponse.json({ ...agreement, id: 9 }, { status: 201, headers: { ETag: '"0"' } });
      }),
    );
    const user = userEvent.setup();
    renderApp('/agreements/new');
    await user.click(await screen.findByRole('button', { name: 'Lägg till åtagande' }));
    const picker = screen.getByRole('group', { name: 'Insatser som uppfyller åtagande 1' });
    await user.type(within(picker).getByLabelText('Sök insats att koppla till åtagande 1'), 'grann');
    const box = await within(picker).findByRole('checkbox', { name: 'Grannsamverkan' });
    await user.click(box);
    await user.clear(within(picker).getByLabelText('Sök insats att koppla till åtagande 1'));
    await user.type(within(picker).getByLabelText('Sök insats att koppla till åtagande 1'), 'fritid');
    await user.click(await within(picker).findByRole('checkbox', { name: /^Fritidsgårdar/ }));
    await user.click(within(picker).getByRole('checkbox', { name: /^Fritidsgårdar/ }));
    const chips = within(picker).getByRole('list', { name: 'Kopplade insatser' });
    expect(within(chips).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Grannsamverkan'),
    ]);
    await user.click(screen.getByRole('button', { name: 'Spara överenskommelsen' }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent?.commitments[0]?.measures).toEqual([2]);
  });

  it('says when nothing matches, and shows the API’s error about a linked measure at the picker', async () => {
    signInAs('samordnare', ['coordinator'], 'hallbarhetsenheten');
    server.use(
      http.get('*/api/v1/agreements/:id', () => HttpResponse.json({ ...agreement, canEdit: true }, { headers: { ETag: '"4"' } })),
      measureSearch([]),
      http.put('*/api/v1/agreements/:id', () =>
        problem(400, { title: 'Invalid parameter', errors: [{ field: 'commitments[0].measures[0]', message: 'no measure with id 2' }] }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/agreements/3/edit');
    const first = await screen.findByRole('group', { name: 'Insatser som uppfyller åtagande 1' });
    await user.type(within(first).getByLabelText('Sök insats att koppla till åtagande 1'), 'finns inte');
    expect(await within(first).findByText('Inga insatser matchar sökningen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara överenskommelsen' }));
    expect(await screen.findByTestId('error-commitments[0].measures')).toHaveTextContent('no measure with id 2');
    expect(within(first).getByLabelText('Sök insats att koppla till åtagande 1')).toHaveAttribute('aria-invalid', 'true');
    expect(within(first).getByLabelText('Sök insats att koppla till åtagande 1')).toHaveAccessibleDescription(/no measure with id 2/);
  });
});

describe('History of agreements and safety analyses', () => {
  it('shows a signed-in reader who changed the agreement, newest first, with each change before → after', async () => {
    signInAs('lasare', ['viewer'], 'kommunstyrelsen');
    renderApp('/agreements/3');
    const section = await screen.findByRole('region', { name: 'Ändringar av överenskommelsen, senaste först' });
    const rows = await within(section).findAllByTestId('history-entry');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent(
      'Följde upp åtagandet ”Trygghetsvandringar i minst fyra stadsdelar.”',
    );
    expect(rows[0]).toHaveTextContent('Status: Pågår → Uppfyllt');
    expect(rows[0]).toHaveTextContent('Kommentar: (tomt) → Sex vandringar genomförda.');
    expect(rows[0]).toHaveTextContent('Sara Samordnare (samordnare)');
    expect(within(rows[0]!).getByText(/^2025-07-01 \d\d:15:00$/)).toHaveAttribute('datetime', '2025-07-01T12:15:00Z');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Ändrade överenskommelsen');
    expect(rows[1]).toHaveTextContent(
      'Åtaganden: Ändrat ”Trygghetsvandringar i minst fyra stadsdelar.”: Insatser: (tomt) → Trygghetsvandringar i Råby',
    );
    expect(within(rows[1]!).getByRole('link', { name: 'Trygghetsvandringar i Råby' })).toHaveAttribute('href', '/measures/2');
    expect(screen.getByRole('heading', { level: 2, name: 'Historik' })).toBeInTheDocument();
  });

  it('asks anonymous visitors to sign in and does not ask the API for the agreement’s history', async () => {
    let historyAsked = 0;
    server.use(
      http.get('*/api/v1/agreements/:id/history', () => {
        historyAsked++;
        return problem(401, { title: 'Unauthorized' });
      }),
    );
    renderApp('/agreements/3');
    expect(await screen.findByRole('heading', { level: 1, name: /Medborgarlöfte Västerås 2025/ })).toBeInTheDocument();
    expect(screen.getByText('Logga in för att se vem som ändrat vad.')).toBeInTheDocument();
    expect(screen.queryByTestId('history-entry')).not.toBeInTheDocument();
    expect(historyAsked).toBe(0);
  });

  it('shows the safety analysis’s history with factors by name and levels in words', async () => {
    signInAs('lasare', ['viewer'], 'kommunstyrelsen');
    renderApp('/safety-analyses/7');
    const section = await screen.findByRole('region', { name: 'Ändringar av trygghetsanalysen, senaste först' });
    const rows = await within(section).findAllByTestId('history-entry');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Ändrade trygghetsanalysen');
    expect(rows[0]).toHaveTextContent('Rubrik: Trygghetsanalys Bäckby → Trygghetsanalys Bäckby 2025');
    expect(rows[0]).toHaveTextContent('Bedömda faktorer: Ändrat Brottsbelastade kamrater: Nivå: Medel → Hög');
    expect(rows[0]).toHaveTextContent('Otrygga platser: Tillagt: Bäckby centrum');
    expect(rows[0]).not.toHaveTextContent('{');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Skapade trygghetsanalysen');
    expect(rows[1]).toHaveTextContent('Rubrik: Trygghetsanalys Bäckby');
    expect(rows[1]).not.toHaveTextContent('→');
  });

  it('shows the history in English when English is chosen', async () => {
    signInAs('lasare', ['viewer'], 'kommunstyrelsen');
    const user = userEvent.setup();
    renderApp('/agreements/3');
    await screen.findAllByTestId('history-entry');
    await user.click(screen.getByRole('button', { name: /English/ }));
    const section = await screen.findByRole('region', { name: 'Changes to the agreement, newest first' });
    expect(within(section).getAllByTestId('history-entry')[0]).toHaveTextContent('Status: Ongoing → Fulfilled');
    expect(screen.getByRole('heading', { level: 2, name: 'History' })).toBeInTheDocument();
  });

  it('does not ask for a safety analysis’s history without a sign-in', async () => {
    let historyAsked = 0;
    server.use(
      http.get('*/api/v1/safety-analyses/:id/history', () => {
        historyAsked++;
        return problem(401, { title: 'Unauthorized' });
      }),
    );
    renderApp('/safety-analyses/7');
    expect(await screen.findByText('Trygghetsanalyserna innehåller interna bedömningar. Logga in för att läsa dem.')).toBeInTheDocument();
    expect(historyAsked).toBe(0);
  });
});
