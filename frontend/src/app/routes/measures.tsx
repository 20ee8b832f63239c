import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryBoundary } from '@/components/query-boundary';
import { useMeasures, type MeasureListParams } from '@/features/measures/api/get-measures';
import { MeasureFilters, type FilterName } from '@/features/measures/components/measure-filters';
import { MeasuresTable } from '@/features/measures/components/measures-table';
import { StatusCounts } from '@/features/measures/components/status-counts';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { MeasureStatus } from '@/lib/api/types';
import { useCaller } from '../measures/use-caller';
import { useMeasureOptions } from '../measures/use-measure-options';

const PAGE_SIZE = 25;
const FILTERS: FilterName[] = [
  'goal',
  'organisation',
  'district',
  'preventionType',
  'preventionLevel',
  'status',
  'riskFactor',
  'protectiveFactor',
  'targetGroup',
  'q',
  'needsFollowUp',
  'sort',
];

/** The measures board: filters in the address, counts per status, the list and paging. */
export function MeasuresRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('measures.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const caller = useCaller();
  const options = useMeasureOptions();

  const values: Partial<Record<FilterName, string>> = {};
  for (const name of FILTERS) {
    const value = searchParams.get(name);
    if (value) values[name] = value;
  }
  const offset = Math.max(0, Number(searchParams.get('offset')) || 0);
  const params = { ...values, limit: PAGE_SIZE, offset } as MeasureListParams;
  if (values.goal) params.goal = Number(values.goal);
  if (values.needsFollowUp) params.needsFollowUp = values.needsFollowUp === 'true';
  const measures = useMeasures(params);

  const update = (changes: Partial<Record<FilterName | 'offset', string>>) => {
    const next = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('offset' in changes)) next.delete('offset');
    // Synchronous, so a checkbox or radio shows its new state at once, not after the
    // navigation's transition (a click that seems ignored, for people and for tests).
    setSearchParams(next, { flushSync: true });
  };

  const ownOrganisation = caller.isEditor ? caller.me?.organisation?.code : undefined;

  return (
    <>
      <div className="page-heading page-heading-with-action">
        <div>
          <h1>{t('measures.heading')}</h1>
          <p className="lead">{t('measures.intro')}</p>
        </div>
        {caller.canCreate && (
          <Link to="/measures/new" className="button">
            {t('measures.new')}
          </Link>
        )}
      </div>
      <MeasureFilters
        key={values.q ?? ''}
        values={values}
        options={options}
        ownOrganisation={ownOrganisation}
        onChange={(name, value) => update({ [name]: value })}
        onClear={() => setSearchParams({})}
      />
      <QueryBoundary query={measures}>
        {(page) => (
          <>
            <StatusCounts
              counts={page.statusCounts}
              selected={values.status as MeasureStatus | undefined}
              onSelect={(status) => update({ status: status ?? '' })}
            />
            {page.items.length === 0 ? (
              <p>{t('measures.none')}</p>
            ) : (
              <>
                <MeasuresTable measures={page.items} caption={t('measures.table.caption', { total: page.total })} />
                <nav className="paging" aria-label={t('measures.paging.label')}>
                  <p>
                    {t('measures.paging.range', {
                      from: page.offset + 1,
                      to: page.offset + page.items.length,
                      total: page.total,
                    })}
                  </p>
                  {page.offset > 0 && (
                    <button type="button" className="button button-secondary"
                      onClick={() => update({ offset: String(Math.max(0, page.offset - PAGE_SIZE)) })}>
                      {t('measures.paging.previous')}
                    </button>
                  )}
                  {page.offset + page.items.length < page.total && (
                    <button type="button" className="button button-secondary"
                      onClick={() => update({ offset: String(page.offset + PAGE_SIZE) })}>
                      {t('measures.paging.next')}
                    </button>
                  )}
                </nav>
              </>
            )}
          </>
        )}
      </QueryBoundary>
    </>
  );
}
