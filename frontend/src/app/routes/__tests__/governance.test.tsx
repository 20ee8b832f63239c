import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shorten } from '@/features/governance/components/decision-text';
import { server } from '@/testing/server';
import { renderApp, signInAs } from '@/testing/test-utils';

describe('Governance page', () => {
  it('shows the organisations by level and asks a visitor to log in for the decisions', async () => {
    renderApp('/forum-decisions');

    expect(await screen.findByRole('heading', { level: 1, name: 'Styrning och forumbeslut' })).toBeInTheDocument();
    const levels = await screen.findByTestId('governance-levels');
    expect(within(levels).getByRole('row', { name: /Strategisk nivå/ })).toHaveTextContent('Samordningsarenan (forum)');
    expect(within(levels).getByRole('row', { name: /Operativ nivå/ })).toHaveTextContent('Kultur-, idrotts- och fritidsförvaltningen');
    expect(levels).not.toHaveTextContent('Polisen');
    expect(screen.getByText('Logga in för att läsa forumens beslut.')).toBeInTheDocument();
  });

  it("lets the coordinator record a decision, showing the API's field errors at each field", async () => {
    signInAs(['coordinator']);
    const sent: Record<string, unknown>[] = [];
    server.use(
      http.post('*/api/v1/forum-decisions', async ({ request }) => {
        sent.push((await request.json()) as Record<string, unknown>);
        if (sent.length === 1) {
          return HttpResponse.json(
            { status: 400, title: 'Invalid request', errors: [{ field: 'date', message: 'får inte ligga i framtiden' }] },
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json({ id: 6 }, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderApp('/forum-decisions');

    const table = await screen.findByTestId('forum-decisions');
    expect(table).toHaveTextContent('Fritidsgårdarna i Bäckby håller öppet längre på helger.');
    expect(table).toHaveTextContent('Samordningsarenan (Strategisk nivå)');
    const form = screen.getByRole('form', { name: 'Registrera ett beslut' });
    await user.type(within(form).getByLabelText(/^Datum/), '2030-01-01');
    await user.selectOptions(within(form).getByLabelText(/^Forum/), 'samordningsarenan');
    await user.type(within(form).getByLabelText(/^Beslut \(svenska\)/), 'Fler fältassistenter i centrum.');
    await user.click(within(form).getByRole('button', { name: 'Registrera beslutet' }));

    expect(await within(form).findByText('får inte ligga i framtiden')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Datum/)).toHaveAttribute('aria-invalid', 'true');
    expect(sent[0]).toEqual({
      date: '2030-01-01', forum: 'samordningsarenan', textSv: 'Fler fältassistenter i centrum.', textEn: null, reference: null,
    });

    await user.clear(within(form).getByLabelText(/^Datum/));
    await user.type(within(form).getByLabelText(/^Datum/), '2026-11-20');
    await user.click(within(form).getByRole('button', { name: 'Registrera beslutet' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Beslut \(svenska\)/)).toHaveValue(''));
    expect(sent[1]).toMatchObject({ date: '2026-11-20', textSv: 'Fler fältassistenter i centrum.' });
  });

  it("lets the coordinator change a level, showing the API's error at the level and a confirmation", async () => {
    signInAs(['coordinator']);
    const sent: { code: string; body: Record<string, unknown> }[] = [];
    server.use(
      http.put('*/api/v1/organisations/:code/governance-level', async ({ request, params }) => {
        const body = (await request.json()) as Record<string, unknown>;
        sent.push({ code: String(params.code), body });
        if (sent.length === 1) {
          return HttpResponse.json(
            { status: 422, title: 'Styrningsnivån finns inte i policyn', errors: [{ field: 'level', message: 'är ingen nivå' }] },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json({
          id: 3, code: String(params.code), name: { sv: 'Kommunstyrelsen', en: 'Municipal Executive Board' },
          type: 'committee', parentId: null, external: false, governanceLevel: body.level,
        });
      }),
    );
    const user = userEvent.setup();
    renderApp('/forum-decisions');

    const form = await screen.findByRole('form', { name: 'Ändra en nivå' });
    expect(within(form).getByRole('button', { name: 'Spara nivån' })).toBeDisabled();
    await user.selectOptions(within(form).getByLabelText(/^Organisation eller forum/), 'kultur-idrott-fritid');
    expect(within(form).getByLabelText(/^Nivå/)).toHaveValue('operativ');
    await user.selectOptions(within(form).getByLabelText(/^Nivå/), 'taktisk');
    await user.click(within(form).getByRole('button', { name: 'Spara nivån' }));
    expect(await within(form).findByText('är ingen nivå')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Nivå/)).toHaveAttribute('aria-invalid', 'true');

    await user.click(within(form).getByRole('button', { name: 'Spara nivån' }));
    expect(await within(form).findByRole('status')).toHaveTextContent(
      'Sparat: Kultur-, idrotts- och fritidsförvaltningen är nu på Taktisk nivå.',
    );
    expect(sent[1]).toEqual({ code: 'kultur-idrott-fritid', body: { level: 'taktisk' } });
  });

  it('shows the levels read-only to others', async () => {
    signInAs(['editor']);
    renderApp('/forum-decisions');
    await screen.findByTestId('governance-levels');
    expect(screen.queryByRole('form', { name: 'Ändra en nivå' })).not.toBeInTheDocument();
  });
});

describe('a decision as a choice', () => {
  it('is cut at a word with an ellipsis when longer than the choice shows', () => {
    expect(shorten('Kort beslut.')).toBe('Kort beslut.');
    expect(shorten('  Två\nrader  ')).toBe('Två rader');
    const long = 'Fritidsgårdarna i Bäckby, Råby och Vallby håller öppet till klockan 23 fredagar och lördagar hela året.';
    expect(shorten(long)).toBe('Fritidsgårdarna i Bäckby, Råby och Vallby håller öppet till klockan 23 fredagar…');
    expect(shorten(long, 30)).toBe('Fritidsgårdarna i Bäckby,…');
    expect(shorten('Ettmycketlångtordutanmellanslag', 10)).toBe('Ettmycket…');
  });
});
