import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { areaBoundaries } from '@/testing/fixtures';
import { server } from '@/testing/server';
import { renderApp, signInAs } from '@/testing/test-utils';

/** The boundaries as the coordinator's upload leaves them: real, no longer schematic demo shapes. */
const uploaded = {
  ...areaBoundaries,
  features: areaBoundaries.features.map((f) => ({ ...f, properties: { ...f.properties, demo: false } })),
};

describe('Reference data shared by the pages', () => {
  it('redraws the crime map with the boundaries the coordinator uploaded on the areas page', async () => {
    signInAs(['coordinator']);
    let stored = areaBoundaries;
    let boundaryReads = 0;
    server.use(
      http.get('*/api/v1/areas/boundaries', () => {
        boundaryReads += 1;
        return HttpResponse.json(stored, { headers: { 'Content-Type': 'application/geo+json' } });
      }),
      http.put('*/api/v1/areas/boundaries', () => {
        stored = uploaded;
        return HttpResponse.json({
          dryRun: false,
          featuresRead: 2,
          areasStored: 2,
          areasUnchanged: 0,
          items: [
            { row: 1, code: '1980-01', name: 'Bäckby', result: 'stored', replacedDemo: true },
            { row: 2, code: '1980-02', name: 'Skultuna', result: 'stored', replacedDemo: true },
          ],
        });
      }),
    );
    const { navigate } = renderApp('/crime-statistics?area=1980-01');
    const user = userEvent.setup();

    // The crime map draws the demo boundaries.
    expect(await within(await screen.findByTestId('choropleth-map')).findByTestId('choropleth-demo')).toBeInTheDocument();
    const readsBefore = boundaryReads;

    // On the areas page, within the boundaries' ten fresh minutes, the coordinator uploads real ones.
    await navigate('/areas');
    const form = (await screen.findByRole('heading', { name: 'Ladda upp gränser' })).closest('section')!;
    await user.upload(
      within(form).getByLabelText('GeoJSON-fil (.geojson)'),
      new File([JSON.stringify(uploaded)], 'stadsdelar.geojson', { type: 'application/geo+json' }),
    );
    await user.click(within(form).getByRole('button', { name: 'Ladda upp' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('2 gränser sparade');

    // Back on the crime statistics, the map has read them again and no longer calls them demo.
    await navigate('/crime-statistics?area=1980-01');
    const map = await screen.findByTestId('choropleth-map');
    await waitFor(() => expect(within(map).queryByTestId('choropleth-demo')).not.toBeInTheDocument());
    expect(boundaryReads).toBeGreaterThan(readsBefore);
    // Two pages with maps, each loading echarts: more than the default five seconds on a busy machine.
  }, 30_000);
});
