import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/server';
import { renderApp, signInAs } from '@/testing/test-utils';

const geojsonFile = (content: string) => new File([content], 'stadsdelar.geojson', { type: 'application/geo+json' });

describe('Districts map', () => {
  it('colours the districts by population, labelled as schematic demo boundaries, with the figures as a table', async () => {
    renderApp('/areas');

    const map = await screen.findByTestId('choropleth-map');
    expect(within(map).getByTestId('choropleth-demo')).toHaveTextContent(
      'Schematiska demogränser Kartans gränser är schematiska demogränser',
    );
    expect(
      await within(map).findByRole('img', {
        name: /befolkning 2024, från Skultuna med 1\u00a0500 invånare till Bäckby med 2\u00a0000/,
      }),
    ).toBeInTheDocument();
    expect(within(map).getByText(/^Lägst 1\s500$/)).toBeInTheDocument();
    const table = within(map).getByRole('table', { name: 'Invånare per område 2024 (kartans värden)', hidden: true });
    expect(within(table).getAllByRole('cell', { hidden: true }).map((c) => c.textContent)).toEqual([
      '2\u00a0000',
      '1\u00a0500',
    ]);
    // the bar chart and the population table stay
    expect(screen.getByTestId('population-table')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Ladda upp gränser' })).not.toBeInTheDocument();
  });

  it('shows why the boundaries could not be loaded', async () => {
    server.use(
      http.get('*/api/v1/areas/boundaries', () =>
        HttpResponse.json(
          { title: 'Not Found', status: 404, detail: 'No area with id 1980.' },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp('/areas');
    expect(await screen.findByText('Det gick inte att hämta områdenas gränser.')).toBeInTheDocument();
  });

  it('is not offered to an editor', async () => {
    signInAs(['editor']);
    renderApp('/areas');
    await screen.findByTestId('choropleth-map');
    await waitFor(() => expect(screen.getByText('Sara')).toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: 'Ladda upp gränser' })).not.toBeInTheDocument();
  });

  it('lets the coordinator upload a FeatureCollection and reports each feature', async () => {
    signInAs(['coordinator']);
    const sent: { dryRun: string | null; body: unknown; auth: string | null }[] = [];
    server.use(
      http.put('*/api/v1/areas/boundaries', async ({ request }) => {
        sent.push({
          dryRun: new URL(request.url).searchParams.get('dryRun'),
          body: await request.json(),
          auth: request.headers.get('Authorization'),
        });
        return HttpResponse.json({
          dryRun: false,
          featuresRead: 2,
          areasStored: 1,
          areasUnchanged: 1,
          items: [
            { row: 1, code: '1980-01', name: 'Bäckby', result: 'stored', replacedDemo: true },
            { row: 2, code: '1980-02', name: 'Skultuna', result: 'unchanged', replacedDemo: false },
          ],
        });
      }),
    );
    renderApp('/areas');
    const user = userEvent.setup();
    const heading = await screen.findByRole('heading', { name: 'Ladda upp gränser' });
    const form = heading.closest('section')!;
    const content = '{"type":"FeatureCollection","features":[]}';

    await user.upload(within(form).getByLabelText('GeoJSON-fil (.geojson)'), geojsonFile(content));
    await user.click(within(form).getByRole('button', { name: 'Ladda upp' }));

    const report = await within(form).findByRole('status');
    expect(report).toHaveTextContent('1 gränser sparade, 1 oförändrade.');
    const rows = within(report).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['1Bäckby (1980-01)Sparad, ersatte demogräns', '2Skultuna (1980-02)Oförändrad']);
    expect(sent).toEqual([{ dryRun: 'false', body: JSON.parse(content), auth: 'Bearer token-samordnare' }]);
  });

  it('shows the problem when the coordinator uploads invalid boundaries, and refuses a file that is not JSON', async () => {
    signInAs(['coordinator']);
    server.use(
      http.put('*/api/v1/areas/boundaries', () =>
        HttpResponse.json(
          {
            type: 'urn:varna:problem:import-rejected',
            title: 'Import rejected',
            status: 422,
            detail: '1 of 2 features are invalid, so no boundary was stored.',
            errors: [{ field: 'features[1].geometry.coordinates[0]', message: 'is not closed', row: 2 }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp('/areas');
    const user = userEvent.setup();
    const form = (await screen.findByRole('heading', { name: 'Ladda upp gränser' })).closest('section')!;
    const input = within(form).getByLabelText('GeoJSON-fil (.geojson)');

    await user.upload(input, geojsonFile('not json'));
    await user.click(within(form).getByRole('button', { name: 'Ladda upp' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Filen stadsdelar.geojson är inte giltig JSON.');

    await user.upload(input, geojsonFile('{"type":"FeatureCollection","features":[{}]}'));
    await user.click(within(form).getByLabelText('Kontrollera bara filen, spara inget'));
    await user.click(within(form).getByRole('button', { name: 'Ladda upp' }));
    const alert = await within(form).findByText('Gränserna sparades inte.');
    expect(alert.closest('[role="alert"]')).toHaveTextContent(
      /1 of 2 features are invalid.*features\[1\]\.geometry\.coordinates\[0\]: is not closed/,
    );
  });
});
