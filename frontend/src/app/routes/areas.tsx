import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, useSearchParams } from 'react-router';
import { ChoroplethMap } from '@/components/choropleth-map';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useAreaBoundaries } from '@/features/areas/api/get-area-boundaries';
import { useAreas } from '@/features/areas/api/get-areas';
import { BoundaryUpload } from '@/features/areas/components/boundary-upload';
import { DemoNotice } from '@/features/areas/components/demo-notice';
import { flattenChildren, hasDemoPopulation } from '@/features/areas/components/flatten-areas';
import { PopulationTable } from '@/features/areas/components/population-table';
import { YearSelect } from '@/features/areas/components/year-select';
import { useMe } from '@/features/auth/api/get-me';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { Area } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

// ECharts is large; load it only on this page.
const PopulationChart = lazy(() =>
  import('@/features/areas/components/population-chart').then((module) => ({ default: module.PopulationChart })),
);

/** The children of `top` on a map coloured by population, with the boundaries' demo label. */
function PopulationMap({ top, children, year }: { top: Area; children: Area[]; year: number }) {
  const { t } = useTranslation();
  const { number } = useLocalized();
  const boundaries = useAreaBoundaries(top.code);
  const values = useMemo(
    () => Object.fromEntries(children.map((area) => [area.code, area.population?.total ?? null])),
    [children],
  );
  if (boundaries.isPending) return <Loading />;
  if (boundaries.isError) {
    return (
      <ErrorAlert
        error={boundaries.error}
        title={t('areas.map.loadFailed')}
        onRetry={() => void boundaries.refetch()}
      />
    );
  }
  const withFigures = children
    .filter((area) => area.population)
    .sort((a, b) => (a.population?.total ?? 0) - (b.population?.total ?? 0));
  const smallest = withFigures[0];
  const largest = withFigures[withFigures.length - 1];
  return (
    <ChoroplethMap
      boundaries={boundaries.data}
      values={values}
      legendTitle={t('areas.map.legendTitle', { year })}
      formatValue={number}
      ariaLabel={t('areas.map.ariaLabel', {
        municipality: top.name,
        year,
        smallest: smallest?.name ?? '',
        smallestValue: number(smallest?.population?.total ?? 0),
        largest: largest?.name ?? '',
        largestValue: number(largest?.population?.total ?? 0),
      })}
      tableCaption={t('areas.map.tableCaption', { year })}
    />
  );
}

const parseYear = (value: string | null): number | undefined => {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : undefined;
};

export function AreasRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('areas.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const year = parseYear(searchParams.get('year'));
  const areas = useAreas(year);
  const auth = useAuth();
  const me = useMe(auth.isAuthenticated ? auth.user?.profile.sub : undefined);
  const isCoordinator = me.data?.roles.includes('coordinator') ?? false;

  // Offer the years that have figures, newest first, and keep a year asked for in the address.
  const years = [...new Set([...(areas.data?.years ?? []), ...(year === undefined ? [] : [year])])].sort(
    (a, b) => b - a,
  );

  return (
    <>
      <div className="page-heading">
        <h1>{t('areas.heading')}</h1>
        <p className="lead">{t('areas.intro')}</p>
      </div>
      <YearSelect
        years={years}
        value={year}
        onChange={(y) => setSearchParams(y === undefined ? {} : { year: String(y) })}
      />
      <div aria-busy={areas.isFetching ? true : undefined}>
        {areas.isPending ? (
          <Loading />
        ) : areas.isError ? (
          <ErrorAlert error={areas.error} onRetry={() => void areas.refetch()} />
        ) : (
          <>
            {areas.isFetching && <Loading />}
            {areas.data.year === null ? (
              <p>{t('areas.noPopulation')}</p>
            ) : (
              <p className="population-year">{t('areas.populationYear', { year: areas.data.year })}</p>
            )}
            {hasDemoPopulation(areas.data.items) && <DemoNotice />}
            {areas.data.items.map((top) => {
              const children = flattenChildren(top)
                .filter((row) => row.depth === 1)
                .map((row) => row.area);
              return (
                <div key={top.id}>
                  {areas.data.year !== null && (
                    <section className="section" aria-labelledby={`chart-${top.id}`}>
                      <h2 id={`chart-${top.id}`}>{t('areas.chartHeading')}</h2>
                      <Suspense fallback={<Loading />}>
                        <PopulationChart areas={children} year={areas.data.year} />
                      </Suspense>
                    </section>
                  )}
                  {areas.data.year !== null && (
                    <section className="section" aria-labelledby={`map-${top.id}`}>
                      <h2 id={`map-${top.id}`}>{t('areas.map.heading')}</h2>
                      <PopulationMap top={top} children={children} year={areas.data.year} />
                    </section>
                  )}
                  <section className="section" aria-labelledby={`table-${top.id}`}>
                    <h2 id={`table-${top.id}`}>{t('areas.tableHeading')}</h2>
                    <PopulationTable
                      top={top}
                      caption={t('areas.caption', { year: areas.data.year ?? '' })}
                    />
                  </section>
                  <section className="section" aria-labelledby={`pages-${top.id}`}>
                    <h2 id={`pages-${top.id}`}>{t('areas.page.pagesHeading')}</h2>
                    <ul className="district-links">
                      {[...children]
                        .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
                        .map((district) => (
                          <li key={district.code}>
                            <Link to={`/areas/${district.code}`}>
                              {t('areas.page.open', { area: district.name })}
                            </Link>
                          </li>
                        ))}
                    </ul>
                  </section>
                </div>
              );
            })}
          </>
        )}
      </div>
      {isCoordinator && <BoundaryUpload />}
    </>
  );
}
