import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useAreas } from '@/features/areas/api/get-areas';
import { DemoNotice } from '@/features/areas/components/demo-notice';
import { flattenChildren, hasDemoPopulation } from '@/features/areas/components/flatten-areas';
import { PopulationTable } from '@/features/areas/components/population-table';
import { YearSelect } from '@/features/areas/components/year-select';
import { useDocumentTitle } from '@/hooks/use-document-title';

// ECharts is large; load it only on this page.
const PopulationChart = lazy(() =>
  import('@/features/areas/components/population-chart').then((module) => ({ default: module.PopulationChart })),
);

const parseYear = (value: string | null): number | undefined => {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : undefined;
};

export function DistrictsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('districts.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const year = parseYear(searchParams.get('year'));
  const areas = useAreas(year);

  // Offer the years that have figures, newest first, and keep a year asked for in the address.
  const years = [...new Set([...(areas.data?.years ?? []), ...(year === undefined ? [] : [year])])].sort(
    (a, b) => b - a,
  );

  return (
    <>
      <div className="page-heading">
        <h1>{t('districts.heading')}</h1>
        <p className="lead">{t('districts.intro')}</p>
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
              <p>{t('districts.noPopulation')}</p>
            ) : (
              <p className="population-year">{t('districts.populationYear', { year: areas.data.year })}</p>
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
                      <h2 id={`chart-${top.id}`}>{t('districts.chartHeading')}</h2>
                      <Suspense fallback={<Loading />}>
                        <PopulationChart areas={children} year={areas.data.year} />
                      </Suspense>
                    </section>
                  )}
                  <section className="section" aria-labelledby={`table-${top.id}`}>
                    <h2 id={`table-${top.id}`}>{t('districts.tableHeading')}</h2>
                    <PopulationTable
                      top={top}
                      caption={t('districts.caption', { year: areas.data.year ?? '' })}
                    />
                  </section>
                </div>
              );
            })}
          </>
        )}
      </div>
    </>
  );
}
