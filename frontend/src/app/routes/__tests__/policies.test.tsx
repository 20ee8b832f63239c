import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { Crosswalk, Policy } from '@/lib/api/types';
import { goals, policy } from '@/testing/fixtures';
import { server } from '@/testing/server';
import { renderApp, signInAs } from '@/testing/test-utils';

const page = <T,>(items: T[]) => ({ items, total: items.length, limit: 100, offset: 0 });

const draft: Policy = {
  ...policy,
  id: 2,
  code: '2031-2035',
  title: { sv: 'Policy 2031–2035', en: 'Policy 2031–2035' },
  validFrom: 2031,
  validTo: 2035,
  status: 'draft',
  version: 3,
  effectiveFrom: null,
  current: false,
  predecessorId: 1,
  goals: [{ id: 21, number: 1, title: { sv: 'Tillit', en: 'Trust' } }],
};

const crosswalk: Crosswalk = {
  policyId: 2,
  version: 3,
  predecessor: { id: 1, code: '2020-2025', title: policy.title },
  entries: [],
  unmapped: goals.slice(0, 2).map(({ id, number, title }) => ({ id, number, title })),
};

afterEach(() => window.sessionStorage.clear());

describe('Policies', () => {
  it('shows the policy in force in the switcher, and a visitor cannot start a draft', async () => {
    renderApp('/policies');
    const inForce = await screen.findByRole('button', { name: 'Gäller nu (1)' });
    expect(inForce).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('link', { name: policy.title.sv })).toHaveAttribute('href', '/policies/1');
    expect(screen.queryByRole('button', { name: 'Skapa utkast' })).not.toBeInTheDocument();
  });

  it('lets the coordinator map the old goals and adopt the draft after confirming, with If-Match', async () => {
    signInAs(['coordinator']);
    const sent: { path: string; ifMatch: string | null; body: unknown }[] = [];
    const record = async (request: Request) =>
      sent.push({ path: new URL(request.url).pathname, ifMatch: request.headers.get('If-Match'), body: await request.json() });
    server.use(
      http.get('*/api/v1/policies', () => HttpResponse.json(page([policy, draft]))),
      http.get('*/api/v1/policies/2', () => HttpResponse.json(draft, { headers: { ETag: '"3"' } })),
      http.get('*/api/v1/policies/2/crosswalk', () => HttpResponse.json(crosswalk)),
      http.get('*/api/v1/goals', () =>
        HttpResponse.json(page([{ ...goals[0]!, id: 21, policyId: 2, title: { sv: 'Tillit', en: 'Trust' } }]))),
      http.put('*/api/v1/policies/2/crosswalk', async ({ request }) => {
        await record(request);
        return HttpResponse.json({ ...crosswalk, version: 3 });
      }),
      http.post('*/api/v1/policies/2/adoption', async ({ request }) => {
        await record(request);
        return HttpResponse.json({ ...draft, status: 'adopted', effectiveFrom: '2031-01-01' });
      }),
    );
    renderApp('/policies/2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Policy 2031–2035' })).toBeInTheDocument();
    const user = userEvent.setup();

    const first = await screen.findByRole('group', { name: /^Mål 1:/ });
    await user.click(within(first).getByRole('checkbox', { name: 'Motsvaras av mål 1: Tillit' }));
    const second = screen.getByRole('group', { name: /^Mål 2:/ });
    await user.type(within(second).getByRole('textbox', { name: /Motivering/ }), 'Utgår.');
    await user.click(screen.getByRole('button', { name: 'Spara målöversättningen' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      path: '/api/v1/policies/2/crosswalk',
      ifMatch: '"3"',
      body: { entries: [{ from: 1, to: [21], reason: null }, { from: 2, to: [], reason: 'Utgår.' }] },
    });

    await user.type(screen.getByLabelText(/Beslutsdatum/), '2030-11-27');
    await user.click(screen.getByRole('button', { name: 'Anta policyn…' }));
    // nothing is adopted before the confirmation
    expect(sent).toHaveLength(1);
    const confirm = screen.getByRole('group', { name: 'Bekräfta antagandet' });
    await user.click(within(confirm).getByRole('button', { name: 'Ja, anta policyn' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({
      path: '/api/v1/policies/2/adoption',
      ifMatch: '"3"',
      body: {
        decision: { body: 'Kommunfullmäktige', date: '2030-11-27', paragraph: null, diaryNumber: null },
        effectiveFrom: '2031-01-01',
      },
    });
  });

  it('carries an indicator of the old goal over to the draft goal the crosswalk maps it to, in one request', async () => {
    signInAs(['coordinator']);
    const sent: { path: string; ifMatch: string | null; body: unknown }[] = [];
    const mapped: Crosswalk = {
      ...crosswalk,
      entries: [{ from: { id: 1, number: 1, title: goals[0]!.title }, to: [draft.goals[0]!], reason: null }],
      unmapped: [],
    };
    server.use(
      http.get('*/api/v1/policies/2', () => HttpResponse.json(draft, { headers: { ETag: '"3"' } })),
      http.get('*/api/v1/policies/2/crosswalk', () => HttpResponse.json(mapped)),
      http.get('*/api/v1/goals', ({ request }) =>
        HttpResponse.json(page(new URL(request.url).searchParams.get('policy') === '2'
          ? [{ ...goals[0]!, id: 21, policyId: 2, title: { sv: 'Tillit', en: 'Trust' }, indicators: [] }]
          : goals))),
      http.post('*/api/v1/policies/2/goals/1/indicators', async ({ request }) => {
        sent.push({ path: new URL(request.url).pathname, ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return HttpResponse.json({ ...goals[0]!.indicators[0]!, carriedOverFrom: mapped.entries[0]!.from },
          { status: 201, headers: { ETag: '"4"' } });
      }),
    );
    renderApp('/policies/2');
    const user = userEvent.setup();
    expect(await screen.findByText('Målet följs inte av någon indikator ännu.')).toBeInTheDocument();

    const carry = await screen.findByRole('button', { name: 'För över Andel som känner tillit till andra till mål 1' });
    expect(carry).toHaveTextContent('För över');
    await user.click(carry);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      path: '/api/v1/policies/2/goals/1/indicators',
      ifMatch: '"3"',
      body: { indicator: 11, carryOverFrom: 1 },
    });
  });
});
