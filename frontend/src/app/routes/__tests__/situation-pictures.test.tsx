import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { ActionPlan, ActionPlanGaps, SituationPicture } from '@/lib/api/types';
import { server } from '@/testing/server';
import { renderApp, signInAsMemberOf } from '@/testing/test-utils';

const page = <T,>(items: T[]) => ({ items, total: items.length, limit: 500, offset: 0 });
const name = (sv: string, en: string) => ({ sv, en });

const cell = (area: string, category: string, period: string | null, count: number | null, value: number | null) => ({
  area,
  category,
  period,
  sex: null,
  ageGroup: null,
  count,
  value,
  disclosure: count === null ? ('suppressed' as const) : ('exact' as const),
  suppressed: count === null,
  suppressionReason: count === null ? ('smallCount' as const) : null,
  population: 1000,
  populationYear: 2025,
  previous: null,
  yearEarlier: null,
});

const crime = (groupBy: ('area' | 'category' | 'year')[], cells: ReturnType<typeof cell>[]) => ({
  from: '2024-01',
  to: '2025-12',
  measure: 'ratePer1000' as const,
  groupBy,
  exact: false,
  threshold: 3,
  demo: true,
  areas: [
    { code: '1980', name: 'Västerås', parentCode: null },
    { code: '1980-kristiansborg', name: 'Kristiansborg', parentCode: '1980' },
  ],
  categories: [{ code: 'narkotikabrott', name: name('Narkotikabrott', 'Narcotics offences'), group: false }],
  cells,
});

const picture = {
  id: 7,
  version: 1,
  title: 'Lägesbild Västerås 2024–2025',
  from: '2024-01',
  to: '2025-12',
  status: 'adopted',
  analysis: 'Narkotikabrotten ökar.',
  sections: [{ title: 'Skolenkäten', text: 'Fler känner sig otrygga.', source: 'Skolenkät', visibility: 'public' }],
  problems: [
    {
      id: 70,
      title: 'Öppen narkotikahandel vid Kristiansborgs centrum',
      description: null,
      priority: 'high',
      visibility: 'public',
      evidence: { crimeCategories: ['narkotikabrott'], districts: ['1980-kristiansborg'], indicators: [], factors: [] },
      sexes: ['male'],
      ageGroups: ['15-17'],
    },
  ],
  mapping: {
    builtAt: '2026-01-20T09:00:00+01:00',
    crimeByDistrict: crime(['area', 'category'], [
      cell('1980', 'narkotikabrott', null, 812, 5.3),
      cell('1980-kristiansborg', 'narkotikabrott', null, null, null),
    ]),
    crimeTrend: crime(['year', 'category'], [cell('1980', 'narkotikabrott', '2025', 400, 400)]),
    goals: [],
    riskFactors: [],
  },
  decision: { body: 'Kommunstyrelsen', date: '2026-02-04', paragraph: '§ 27', diaryNumber: 'KS 2026/00042' },
  adoptedAt: '2026-02-04T15:00:00+01:00',
  adoptedBy: 'demo',
  demo: true,
  createdAt: '2026-01-20T09:00:00+01:00',
  createdBy: 'demo',
  updatedAt: '2026-02-04T15:00:00+01:00',
  updatedBy: 'demo',
  predecessor: null,
  versions: [{ id: 7, title: 'Lägesbild Västerås 2024–2025', status: 'adopted', decision: { body: 'Kommunstyrelsen', date: '2026-02-04', paragraph: '§ 27', diaryNumber: 'KS 2026/00042' }, adoptedAt: '2026-02-04T15:00:00+01:00' }],
} satisfies SituationPicture;

const ref = { id: 7, title: picture.title, from: '2024-01', to: '2025-12', status: 'adopted' as const };
const plan = {
  id: 9,
  version: 1,
  title: 'Åtgärdsplan Västerås 2026–2027',
  situationPicture: ref,
  status: 'adopted',
  actions: [
    {
      id: 90,
      title: 'Samordnade insatser mot öppen narkotikahandel',
      description: null,
      problems: [{ id: 70, title: 'Öppen narkotikahandel vid Kristiansborgs centrum', priority: 'high' }],
      organisations: [{ id: 1, code: 'polisen', name: name('Polisen', 'The police') }],
      measures: [{ id: 33, title: 'Insatser mot öppen narkotikahandel i Kristiansborg', status: 'ongoing' }],
      from: '2026-01-01',
      to: '2027-12-31',
      resultIndicator: null,
      resultCrimeCategory: 'narkotikabrott',
      effects: [{ measureId: 33, measureTitle: 'Insatser mot öppen narkotikahandel i Kristiansborg', outcome: 'Narkotikabrott',
        retrospective: true, estimate: null, insufficientData: 'fewEvents',
        sentence: 'För få anmälda brott för en skattning.' }],
      followUp: { status: 'atRisk', measures: 1, measuresAssessed: 1, latestUpdate: '2026-01-20',
        resultTrend: { source: 'crimeCategory', code: 'narkotikabrott', trend: 'worsening', period: '2025-01/2025-12',
          value: 40, previousPeriod: '2024-01/2024-12', previousValue: 31 } },
      status: 'accepted',
      proposedBy: null,
    },
  ],
  consultations: [{ date: '2026-02-17', parties: [{ id: 1, code: 'polisen', name: name('Polisen', 'The police') }], summary: 'Polisen delar bilden.' }],
  decision: picture.decision,
  adoptedAt: picture.adoptedAt,
  adoptedBy: 'demo',
  demo: true,
  createdAt: picture.createdAt,
  createdBy: 'demo',
  updatedAt: picture.updatedAt,
  updatedBy: 'demo',
  predecessor: null,
} satisfies ActionPlan;

const gaps = {
  problemsWithoutAction: [{ id: 71, title: 'Otrygghet i centrum kvällstid', priority: 'medium' }],
  actionsWithoutProblem: [{ id: 93, title: 'Informationskampanj om trygghet' }],
  actionsWithoutMeasure: [{ id: 93, title: 'Informationskampanj om trygghet' }],
  measuresWithoutRecentUpdate: [
    {
      measure: { id: 17, title: 'Mentorsprogram för unga', status: 'ongoing' },
      lastUpdate: { date: '2026-03-01', assessment: 'amber' },
      actions: [{ id: 91, title: 'Förebygga rekrytering' }],
    },
  ],
} satisfies ActionPlanGaps;

beforeEach(() => {
  server.use(
    http.get('*/api/v1/situation-pictures', () =>
      HttpResponse.json(page([{ id: 7, title: picture.title, from: '2024-01', to: '2025-12', status: 'adopted', problemCount: 1, decision: picture.decision, demo: true, updatedAt: picture.updatedAt }])),
    ),
    http.get('*/api/v1/situation-pictures/:id', () => HttpResponse.json(picture)),
    http.get('*/api/v1/action-plans', () =>
      HttpResponse.json(page([{ id: 9, title: plan.title, situationPicture: ref, status: 'adopted', actionCount: 1, decision: plan.decision, demo: true, updatedAt: plan.updatedAt }])),
    ),
    http.get('*/api/v1/action-plans/:id', () => HttpResponse.json(plan)),
    http.get('*/api/v1/action-plans/:id/gaps', () => HttpResponse.json(gaps)),
  );
});

describe('Lägesbild pages', () => {
  it('lists the lägesbilder and opens one with its mapping, problems, plan and gaps', async () => {
    signInAsMemberOf('samordnare', ['coordinator'], 'hallbarhetsenheten');
    renderApp('/situation-pictures');
    const list = await screen.findByRole('table', { name: 'Lägesbilder' });
    expect(within(list).getByRole('link', { name: picture.title })).toHaveAttribute('href', '/situation-pictures/7');

    renderApp('/situation-pictures/7');
    const byDistrict = await screen.findByRole('table', { name: /^Anmälda brott per brottsgrupp och stadsdel/ });
    expect(within(byDistrict).getByRole('rowheader', { name: 'Kristiansborg' }).closest('tr')).toHaveTextContent('färre än 3');
    expect(within(byDistrict).getByRole('rowheader', { name: 'Västerås' }).closest('tr')).toHaveTextContent('812');
    expect(screen.getByRole('heading', { level: 3, name: 'Öppen narkotikahandel vid Kristiansborgs centrum' })).toBeInTheDocument();
    const actions = await screen.findByRole('table', { name: 'Åtgärder i Åtgärdsplan Västerås 2026–2027' });
    expect(within(actions).getByRole('link', { name: /Insatser mot öppen narkotikahandel/ })).toHaveAttribute('href', '/measures/33');
    // the plan's follow-up says what its measures achieved, or why it cannot say
    expect(within(actions).getByTestId('action-effects')).toHaveTextContent(
      '(Narkotikabrott, efterhandsbedömning): För få anmälda brott för en skattning.');
    const gapList = await screen.findByRole('region', { name: 'Luckor' });
    expect(await within(gapList).findByText('Otrygghet i centrum kvällstid')).toBeInTheDocument();
    expect(within(gapList).getByRole('link', { name: 'Mentorsprogram för unga' })).toBeInTheDocument();
  });

  it('shows anonymous readers the plan but not the gaps', async () => {
    renderApp('/situation-pictures/7');
    expect(await screen.findByRole('table', { name: 'Åtgärder i Åtgärdsplan Västerås 2026–2027' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Luckor' })).not.toBeInTheDocument();
  });

  it('lets the coordinator start a lägesbild and adopt a draft after confirming, naming a missing date', async () => {
    signInAsMemberOf('samordnare', ['coordinator'], 'hallbarhetsenheten');
    const created: unknown[] = [];
    const adoptions: unknown[] = [];
    const draft = { ...picture, id: 8, status: 'draft' as const, decision: null, adoptedAt: null, adoptedBy: null };
    server.use(
      http.post('*/api/v1/situation-pictures', async ({ request }) => {
        created.push(await request.json());
        return HttpResponse.json(draft, { status: 201 });
      }),
      http.get('*/api/v1/situation-pictures/:id', () => HttpResponse.json(draft)),
      http.post('*/api/v1/situation-pictures/:id/adoption', async ({ request }) => {
        adoptions.push(await request.json());
        return HttpResponse.json(
          { status: 400, title: 'Bad Request', errors: [{ field: 'decision.date', message: 'krävs: beslutets datum' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const user = userEvent.setup();
    renderApp('/situation-pictures');
    await user.type(await screen.findByRole('textbox', { name: 'Rubrik' }), 'Lägesbild 2026');
    await user.click(screen.getByRole('button', { name: 'Skapa lägesbild' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ title: 'Lägesbild 2026' });

    await user.click(await screen.findByRole('button', { name: 'Anta' }));
    expect(screen.getByText(/kan inte ändras efteråt/)).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Ja, anta lägesbilden' }));
    expect(await screen.findByText('krävs: beslutets datum')).toBeInTheDocument();
    expect(adoptions[0]).toMatchObject({ decision: { body: 'Kommunstyrelsen' } });
  });

  it('lets the coordinator name a problem with evidence picked from the lists, with If-Match, and shows the API errors at their fields', async () => {
    signInAsMemberOf('samordnare', ['coordinator'], 'hallbarhetsenheten');
    const draft = { ...picture, id: 8, version: 4, status: 'draft' as const, problems: [], sections: [], decision: null, adoptedAt: null, adoptedBy: null };
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    const answers = [
      () => HttpResponse.json(
        { status: 400, title: 'Bad Request', errors: [{ field: 'problems[0].evidence.districts[0]', message: 'okänt område' }] },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } }),
      () => HttpResponse.json({ status: 412, title: 'Precondition Failed', detail: 'stale' },
        { status: 412, headers: { 'Content-Type': 'application/problem+json' } }),
    ];
    server.use(
      http.get('*/api/v1/situation-pictures/:id', () => HttpResponse.json(draft)),
      http.put('*/api/v1/situation-pictures/:id', async ({ request }) => {
        puts.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return answers[puts.length - 1]!();
      }),
    );
    const user = userEvent.setup();
    renderApp('/situation-pictures/8');
    await user.click(await screen.findByRole('button', { name: 'Ändra texter, analys och problem' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till problem' }));
    await user.type(screen.getByRole('textbox', { name: 'Problemets rubrik' }), 'Skadegörelse');
    const districts = await screen.findByRole('group', { name: /^Stadsdelar och områden/ });
    await user.click(within(districts).getByRole('checkbox', { name: 'Bäckby' }));
    expect(districts).toHaveAccessibleName('Stadsdelar och områden (1 vald)');
    await user.click(within(screen.getByRole('group', { name: /^Brottskategorier/ })).getByRole('checkbox', { name: 'Misshandel' }));
    await user.click(within(screen.getByRole('group', { name: /^Berörda kön/ })).getByRole('checkbox', { name: 'kvinnor och flickor' }));
    await user.type(screen.getByRole('textbox', { name: 'Berörda åldersgrupper' }), '15-17, 18-24');
    await user.click(screen.getByRole('button', { name: 'Spara lägesbilden' }));

    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]!.ifMatch).toBe('"4"');
    expect(puts[0]!.body).toMatchObject({
      problems: [{ title: 'Skadegörelse', visibility: 'internal', sexes: ['female'], ageGroups: ['15-17', '18-24'],
        evidence: { districts: ['1980-01'], crimeCategories: ['misshandel'], indicators: [], factors: [] } }],
    });
    // the unknown district is named at the districts' group, not only in the summary
    expect(await screen.findByTestId('error-problems[0].evidence.districts')).toHaveTextContent('okänt område');
    expect(screen.getByRole('alert')).toHaveTextContent('Uppgifterna behöver rättas');

    await user.click(screen.getByRole('button', { name: 'Spara lägesbilden' }));
    expect(await screen.findByText(/Någon annan har sparat lägesbilden sedan du öppnade den/)).toBeInTheDocument();
  });

  it('lets the coordinator link an action to a problem and a measure in a draft plan, and refetches the gaps', async () => {
    signInAsMemberOf('samordnare', ['coordinator'], 'hallbarhetsenheten');
    const draftPlan = { ...plan, status: 'draft' as const, version: 2, actions: [], consultations: [], decision: null, adoptedAt: null, adoptedBy: null };
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    let gapReads = 0;
    server.use(
      http.get('*/api/v1/action-plans/:id', () => HttpResponse.json(draftPlan)),
      http.get('*/api/v1/action-plans/:id/gaps', () => {
        gapReads += 1;
        return HttpResponse.json(gaps);
      }),
      http.get('*/api/v1/measures', () =>
        HttpResponse.json(page([{ id: 33, title: 'Insatser mot öppen narkotikahandel i Kristiansborg' }]))),
      http.put('*/api/v1/action-plans/:id', async ({ request }) => {
        puts.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return HttpResponse.json(draftPlan);
      }),
    );
    const user = userEvent.setup();
    renderApp('/situation-pictures/7');
    await user.click(await screen.findByRole('button', { name: 'Ändra åtgärder och samråd' }));
    await user.click(await screen.findByRole('button', { name: 'Lägg till åtgärd' }));
    await user.type(screen.getByRole('textbox', { name: 'Åtgärdens rubrik' }), 'Kvällsvandringar');
    await user.click(within(screen.getByRole('group', { name: /^Problem i lägesbilden/ }))
      .getByRole('checkbox', { name: 'Öppen narkotikahandel vid Kristiansborgs centrum' }));
    await user.click(within(screen.getByRole('group', { name: /^Insatser som genomför/ }))
      .getByRole('checkbox', { name: 'Insatser mot öppen narkotikahandel i Kristiansborg' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Resultatmått' }), 'crime:misshandel');
    await user.click(screen.getByRole('button', { name: 'Lägg till samråd' }));
    await user.type(screen.getByLabelText('Datum'), '2026-02-20');
    await user.type(screen.getByRole('textbox', { name: 'Sammanfattning' }), 'Polisen delar bilden.');
    const before = gapReads;
    await user.click(screen.getByRole('button', { name: 'Spara åtgärdsplanen' }));

    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]!.ifMatch).toBe('"2"');
    expect(puts[0]!.body).toMatchObject({
      situationPicture: 7,
      actions: [{ title: 'Kvällsvandringar', problems: [70], measures: [33], resultCrimeCategory: 'misshandel', resultIndicator: null }],
      consultations: [{ date: '2026-02-20', parties: [], summary: 'Polisen delar bilden.' }],
    });
    await waitFor(() => expect(gapReads).toBeGreaterThan(before));
    expect(await screen.findByRole('button', { name: 'Ändra åtgärder och samråd' })).toBeInTheDocument();
  });

  it('shows each action\'s follow-up, and lets the coordinator accept an editor\'s proposal on a draft plan', async () => {
    signInAsMemberOf('samordnare', ['coordinator'], 'hallbarhetsenheten');
    const proposed = { ...plan.actions[0]!, id: 95, title: 'Läxhjälp i Bäckby', status: 'proposed' as const,
      proposedBy: { id: 4, code: 'kultur-idrott-fritid', name: name('Kultur-, idrotts- och fritidsförvaltningen', 'Culture') } };
    const draftPlan = { ...plan, status: 'draft' as const, decision: null, adoptedAt: null, adoptedBy: null,
      actions: [plan.actions[0]!, proposed] };
    const accepted: string[] = [];
    server.use(
      http.get('*/api/v1/action-plans/:id', () => HttpResponse.json(draftPlan)),
      http.post('*/api/v1/action-plans/:id/proposals/:actionId/acceptance', ({ params }) => {
        accepted.push(`${String(params.id)}/${String(params.actionId)}`);
        return HttpResponse.json(draftPlan);
      }),
    );
    const user = userEvent.setup();
    renderApp('/situation-pictures/7');
    const actions = await screen.findByRole('table', { name: 'Åtgärder i Åtgärdsplan Västerås 2026–2027' });
    const followUps = within(actions).getAllByTestId('action-follow-up');
    expect(followUps[0]).toHaveTextContent('Risk för avvikelse');
    expect(followUps[0]).toHaveTextContent('1 av 1 insatser bedömda');
    expect(followUps[0]).toHaveTextContent('Resultatmåttet försämras');
    expect(within(actions).getByText('Förslag från Kultur-, idrotts- och fritidsförvaltningen')).toBeInTheDocument();
    await user.click(within(actions).getByRole('button', { name: 'Godta förslaget Läxhjälp i Bäckby' }));
    await waitFor(() => expect(accepted).toEqual(['9/95']));
  });

  it('lets an editor propose an action for their own organisation on a draft plan, naming the API\'s errors at the fields', async () => {
    signInAsMemberOf('redaktor', ['editor'], 'kultur-idrott-fritid');
    const own = { id: 4, code: 'kultur-idrott-fritid', name: name('kultur-idrott-fritid', 'kultur-idrott-fritid') };
    const draftPlan = { ...plan, status: 'draft' as const, decision: null, adoptedAt: null, adoptedBy: null };
    const proposal = { ...plan.actions[0]!, id: 96, title: 'Läxhjälp i Bäckby', organisations: [own], measures: [],
      status: 'proposed' as const, proposedBy: own };
    const posts: unknown[] = [];
    const stored = () => (posts.length === 2 ? { ...draftPlan, actions: [...draftPlan.actions, proposal] } : draftPlan);
    server.use(
      http.get('*/api/v1/action-plans/:id', () => HttpResponse.json(stored())),
      http.get('*/api/v1/measures', () => HttpResponse.json(page([
        { id: 33, title: 'Polisens insats', responsibleOrganisation: { id: 1, code: 'polisen', name: name('Polisen', 'The police') } },
        { id: 34, title: 'Fritidsgården kvällstid', responsibleOrganisation: own },
      ]))),
      http.post('*/api/v1/action-plans/:id/proposals', async ({ request }) => {
        posts.push(await request.json());
        return posts.length === 1
          ? HttpResponse.json(
            { status: 400, title: 'Bad Request', errors: [{ field: 'actions[1].to', message: 'får inte vara före from' }] },
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } })
          : HttpResponse.json(stored(), { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderApp('/situation-pictures/7');
    // an editor does not edit the plan itself
    await user.click(await screen.findByRole('button', { name: 'Föreslå en åtgärd' }));
    expect(screen.queryByRole('button', { name: 'Ändra åtgärder och samråd' })).not.toBeInTheDocument();
    const form = await screen.findByRole('form', { name: 'Föreslå en åtgärd för din organisation' });
    expect(within(form).getByTestId('proposal-organisation')).toHaveTextContent('kultur-idrott-fritid');
    await user.type(within(form).getByRole('textbox', { name: /^Åtgärdens rubrik/ }), 'Läxhjälp i Bäckby');
    await user.click(within(within(form).getByRole('group', { name: /^Problem i lägesbilden/ }))
      .getByRole('checkbox', { name: 'Öppen narkotikahandel vid Kristiansborgs centrum' }));
    // only the editor's own organisation's measures are offered
    const measures = within(form).getByRole('group', { name: /^Din organisations insatser/ });
    expect(within(measures).queryByRole('checkbox', { name: 'Polisens insats' })).not.toBeInTheDocument();
    await user.click(within(measures).getByRole('checkbox', { name: 'Fritidsgården kvällstid' }));
    await user.type(within(form).getByLabelText('Från'), '2026-09-01');
    await user.type(within(form).getByLabelText('Till'), '2026-08-01');
    await user.click(within(form).getByRole('button', { name: 'Skicka förslaget' }));

    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({ title: 'Läxhjälp i Bäckby', description: null, problems: [70], organisations: ['kultur-idrott-fritid'],
      measures: [34], from: '2026-09-01', to: '2026-08-01', resultIndicator: null, resultCrimeCategory: null });
    expect(await within(form).findByTestId('error-to')).toHaveTextContent('får inte vara före from');
    expect(within(form).getByLabelText('Till')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(within(form).getByLabelText('Till'));
    await user.type(within(form).getByLabelText('Till'), '2026-12-31');
    await user.click(within(form).getByRole('button', { name: 'Skicka förslaget' }));
    await waitFor(() => expect(posts).toHaveLength(2));
    expect(await screen.findByText(/^Förslaget ”Läxhjälp i Bäckby” är skickat/)).toHaveAttribute('role', 'status');
    const actions = screen.getByRole('table', { name: 'Åtgärder i Åtgärdsplan Västerås 2026–2027' });
    expect(within(actions).getByText('Förslag från kultur-idrott-fritid')).toBeInTheDocument();
    // an editor decides no proposal
    expect(within(actions).queryByRole('button', { name: /^Godta/ })).not.toBeInTheDocument();
  });

  it.each([
    ['the coordinator', ['coordinator'], 'hallbarhetsenheten'],
    ['a viewer', ['viewer'], 'kultur-idrott-fritid'],
  ])('offers %s no proposal form on a draft plan', async (_who, roles, organisation) => {
    signInAsMemberOf('someone', roles, organisation);
    const draftPlan = { ...plan, status: 'draft' as const, decision: null, adoptedAt: null, adoptedBy: null };
    server.use(http.get('*/api/v1/action-plans/:id', () => HttpResponse.json(draftPlan)));
    renderApp('/situation-pictures/7');
    expect(await screen.findByRole('table', { name: 'Åtgärder i Åtgärdsplan Västerås 2026–2027' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Luckor' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Föreslå en åtgärd' })).not.toBeInTheDocument();
  });

  it('offers an editor no proposal form on an adopted plan', async () => {
    signInAsMemberOf('redaktor', ['editor'], 'kultur-idrott-fritid');
    renderApp('/situation-pictures/7');
    expect(await screen.findByRole('table', { name: 'Åtgärder i Åtgärdsplan Västerås 2026–2027' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Luckor' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Föreslå en åtgärd' })).not.toBeInTheDocument();
  });

  it('lists a plan\'s versions, shows what the newest changed, and an earlier one on request', async () => {
    const version = { ...plan, id: 10, status: 'draft' as const, decision: null, adoptedAt: null, adoptedBy: null,
      predecessor: { id: 9, title: plan.title } };
    server.use(
      http.get('*/api/v1/action-plans', () => HttpResponse.json(page([
        { id: 9, title: plan.title, situationPicture: ref, status: 'adopted', actionCount: 1, decision: plan.decision, demo: true, updatedAt: plan.updatedAt },
        { id: 10, title: plan.title, situationPicture: ref, status: 'draft', actionCount: 1, decision: null, demo: false, updatedAt: plan.updatedAt },
      ]))),
      http.get('*/api/v1/action-plans/:id', ({ params }) => HttpResponse.json(Number(params.id) === 10 ? version : plan)),
      http.get('*/api/v1/action-plans/:id/changes', () => HttpResponse.json({
        predecessor: { id: 9, title: plan.title }, added: [{ id: 101, title: 'Föräldravandringar' }], removed: [],
        changed: [{ action: { id: 100, title: 'Samordnade insatser mot öppen narkotikahandel' }, fields: ['measures'] }],
      })),
    );
    const user = userEvent.setup();
    renderApp('/situation-pictures/7');
    const changes = await screen.findByTestId('plan-changes');
    expect(changes).toHaveTextContent('Tillagda åtgärderFöräldravandringar');
    expect(changes).toHaveTextContent('Samordnade insatser mot öppen narkotikahandel (insatser)');
    const versions = screen.getByTestId('plan-versions');
    expect(within(versions).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(versions).getByRole('button', { name: `Visa ${plan.title} (Antagen)` }));
    expect(await screen.findByText('En tidigare version visas; den kan inte ändras.')).toBeInTheDocument();
    expect(screen.queryByTestId('plan-changes')).not.toBeInTheDocument();
  });

  it('lets the coordinator start a new version of an adopted lägesbild and lists the versions', async () => {
    signInAsMemberOf('samordnare', ['coordinator'], 'hallbarhetsenheten');
    const draft = { ...picture, id: 8, status: 'draft' as const, decision: null, adoptedAt: null, adoptedBy: null,
      predecessor: picture.versions[0]!, versions: [...picture.versions, { id: 8, title: picture.title, status: 'draft' as const, decision: null, adoptedAt: null }] };
    let created = 0;
    server.use(
      http.post('*/api/v1/situation-pictures/:id/versions', ({ params }) => {
        created += Number(params.id) === 7 ? 1 : 100;
        return HttpResponse.json(draft, { status: 201 });
      }),
      http.get('*/api/v1/situation-pictures/:id', ({ params }) => HttpResponse.json(Number(params.id) === 8 ? draft : picture)),
    );
    const user = userEvent.setup();
    renderApp('/situation-pictures/7');
    await user.click(await screen.findByRole('button', { name: 'Ny version' }));
    await waitFor(() => expect(created).toBe(1));
    const versions = await screen.findByTestId('picture-versions');
    expect(within(versions).getByRole('link', { name: picture.title })).toHaveAttribute('href', '/situation-pictures/7');
    expect(within(versions).getByText(picture.title, { selector: '[aria-current="page"]' })).toBeInTheDocument();
    // the draft is edited, not versioned again; its lägesbild has no plan yet
    expect(screen.queryByRole('button', { name: 'Ny version' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ändra texter, analys och problem' })).toBeInTheDocument();
  });
});
