import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import type { CrimeStatistics } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useCrimeCategories } from '../api/get-crime-categories';
import { useCrimeStatistics } from '../api/get-crime-statistics';
import { CategoryTree } from './category-tree';
import { CrimeMap, type CrimeMapArea, type CrimeMapBoundaries } from './crime-map';
import { CrimeTable } from './crime-table';
import { DistrictPicker } from './district-picker';
import {
  mapMeasure,
  mapQuery,
  MUNICIPALITY,
  parseExplorerParams,
  seriesQuery,
  toSearchParams,
  type ExplorerParams,
} from './explorer-params';
import { CrimeDemoNotice, SuppressionNote } from './notices';
import { useCrimeFormat } from './use-crime-format';
import { ViewControls } from './view-controls';

// ECharts is large; load the chart only when it is shown.
const CrimeChart = lazy(() => import('./crime-chart').then((module) => ({ default: module.CrimeChart })));

/**
 * The crime-statistics explorer: categories, period, districts, measure and split (all in the
 * address), a chart over time, the same figures as a table with CSV, and a map by district on
 * the `boundaries` the route gives.
 */
export function CrimeExplorer({ boundaries }: { boundaries: CrimeMapBoundaries }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseExplorerParams(searchParams), [searchParams]);
  const update = (next: Partial<ExplorerParams>) =>
    // flushSync: a checkbox or radio shows its new state at once, not after the navigation.
    setSearchParams(toSearchParams({ ...params, ...next }), { replace: true, flushSync: true });

  const categories = useCrimeCategories();
  const series = useCrimeStatistics(seriesQuery(params));
  const byArea = useCrimeStatistics(mapQuery(params));
  const pickable = (byArea.data?.areas ?? []).filter((area) => area.parentCode === MUNICIPALITY);

  const shown = series.data;
  const chosenCategories = shown?.categories.filter((category) => params.categories.includes(category.code)) ?? [];

  return (
    <div className="crime-explorer">
      <section className="crime-controls" aria-labelledby={`${id}-controls`}>
        <h2 id={`${id}-controls`}>{t('crimeStatistics.controls.heading')}</h2>
        {categories.isPending ? (
          <Loading />
        ) : categories.isError ? (
          <ErrorAlert
            error={categories.error}
            title={t('crimeStatistics.controls.categoriesFailed')}
            onRetry={() => void categories.refetch()}
          />
        ) : (
          <CategoryTree
            tree={categories.data}
            selected={params.categories}
            onChange={(codes) => update({ categories: codes })}
          />
        )}
        <DistrictPicker areas={pickable} selected={params.areas} onChange={(codes) => update({ areas: codes })} />
        <ViewControls params={params} shownFrom={shown?.from} shownTo={shown?.to} onChange={update} />
      </section>

      <div className="crime-results" aria-busy={series.isFetching ? true : undefined}>
        {series.isPending ? (
          <Loading />
        ) : series.isError ? (
          <ErrorAlert error={series.error} onRetry={() => void series.refetch()} />
        ) : (
          <>
            <p className="lead" data-testid="crime-selection">
              {t('crimeStatistics.selection', {
                categories: chosenCategories.length
                  ? chosenCategories.map((category) => text(category.name)).join(', ')
                  : t('crimeStatistics.allCrimes'),
                areas: shown!.areas.map((area) => (area.code === MUNICIPALITY ? t('crimeStatistics.controls.wholeMunicipality') : area.name)).join(', '),
              })}
            </p>
            {(shown!.demo || byArea.data?.demo) && <CrimeDemoNotice />}
            <SuppressionNote exact={shown!.exact} threshold={shown!.threshold} />
            {shown!.cells.length === 0 ? (
              <p>{t('crimeStatistics.noFigures')}</p>
            ) : (
              <>
                <section className="section" aria-labelledby={`${id}-chart`}>
                  <h2 id={`${id}-chart`}>{t('crimeStatistics.chart.heading')}</h2>
                  <Suspense fallback={<Loading />}>
                    <CrimeChart data={shown!} params={params} />
                  </Suspense>
                </section>
                <section className="section" aria-labelledby={`${id}-table`}>
                  <h2 id={`${id}-table`}>{t('crimeStatistics.table.heading')}</h2>
                  <CrimeTable data={shown!} params={params} />
                </section>
              </>
            )}
          </>
        )}
        <section className="section" aria-labelledby={`${id}-map`}>
          <h2 id={`${id}-map`}>{t('crimeStatistics.map.heading')}</h2>
          {byArea.isPending ? (
            <Loading />
          ) : byArea.isError ? (
            <ErrorAlert error={byArea.error} onRetry={() => void byArea.refetch()} />
          ) : (
            <DistrictMap data={byArea.data} params={params} boundaries={boundaries} />
          )}
        </section>
      </div>
    </div>
  );
}

/** The map's figures: each district's and locality's rate over the whole period. */
function DistrictMap({
  data,
  params,
  boundaries,
}: {
  data: CrimeStatistics;
  params: ExplorerParams;
  boundaries: CrimeMapBoundaries;
}) {
  const { t } = useTranslation();
  const format = useCrimeFormat();
  const measure = mapMeasure(params.measure);
  const names = new Map(data.areas.map((area) => [area.code, area.name]));
  const areas: CrimeMapArea[] = data.areas
    .filter((area) => area.parentCode === MUNICIPALITY)
    .map((area) => {
      const cell = data.cells.find((c) => c.area === area.code);
      return {
        code: area.code,
        name: area.name,
        rate: cell && !cell.suppressed ? cell.value : null,
        state: cell?.suppressed ? 'suppressed' : !cell || cell.value === null ? 'noData' : undefined,
      };
    });
  const ranked = areas.filter((area) => area.rate !== null).sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0));
  const measureText = t(`crimeStatistics.measure.${measure}`);
  const period = `${format.period(data.from)}–${format.period(data.to)}`;
  const highest = ranked[0];
  const lowest = ranked[ranked.length - 1];
  return (
    <>
      <p className="hint">
        {t('crimeStatistics.map.intro', { measure: measureText.toLowerCase() })}
        {!data.exact && <> {t('crimeStatistics.map.perturbedNote')}</>}
      </p>
      <CrimeMap
        areas={areas}
        boundaries={boundaries}
        legendTitle={t('crimeStatistics.map.legendTitle', { measure: measureText.toLowerCase(), period })}
        ariaLabel={t('crimeStatistics.map.ariaLabel', {
          measure: measureText.toLowerCase(),
          period,
          highest: highest ? `${names.get(highest.code)} (${format.value(highest.rate ?? 0, measure)})` : '–',
          lowest: lowest ? `${names.get(lowest.code)} (${format.value(lowest.rate ?? 0, measure)})` : '–',
        })}
        tableCaption={t('crimeStatistics.map.tableCaption', { measure: measureText.toLowerCase(), period })}
        formatRate={(rate) => format.value(rate, measure)}
      />
    </>
  );
}
