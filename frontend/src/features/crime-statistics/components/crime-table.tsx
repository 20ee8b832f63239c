import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { csvMediaType, useDownload } from '@/lib/api/download';
import type { CrimeStatistics, CrimeStatisticsCell } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { seriesQuery, type ExplorerParams } from './explorer-params';
import { change, useCrimeFormat, type Figure } from './use-crime-format';

interface CrimeTableProps {
  data: CrimeStatistics;
  params: ExplorerParams;
}

/**
 * The figures of the chart as a table, with the change against the previous period and a year
 * earlier, and the same query downloaded from the API as CSV (suppressed as the table is).
 */
export function CrimeTable({ data, params }: CrimeTableProps) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const format = useCrimeFormat();
  const captionId = useId();
  const download = useDownload<'/api/v1/crime-statistics'>();
  const measure = data.measure;
  const areaName = useMemo(() => new Map(data.areas.map((area) => [area.code, area.name])), [data.areas]);
  const splitLabel = (cell: CrimeStatisticsCell) =>
    params.split === 'sex' ? format.sex(cell.sex) : params.split === 'ageGroup' ? format.ageGroup(cell.ageGroup) : '';
  const show = (f: Figure | null | undefined) => format.figure(f, measure, data.threshold);
  const isSplit = params.split !== 'none';
  const caption = t('crimeStatistics.table.caption', {
    measure: t(`crimeStatistics.measure.${measure}`),
    from: format.period(data.from),
    to: format.period(data.to),
  });

  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table" data-testid="crime-table">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('crimeStatistics.table.area')}</th>
              <th scope="col">{t('crimeStatistics.table.period')}</th>
              {isSplit && <th scope="col">{t(`crimeStatistics.split.${params.split}`)}</th>}
              <th scope="col" className="num">
                {t(`crimeStatistics.measure.${measure}`)}
              </th>
              <th scope="col" className="num">
                {t('crimeStatistics.table.previous')}
              </th>
              <th scope="col" className="num">
                {t('crimeStatistics.table.change')}
              </th>
              <th scope="col" className="num">
                {t('crimeStatistics.table.yearEarlier')}
              </th>
              <th scope="col" className="num">
                {t('crimeStatistics.table.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.cells.map((cell) => (
              <tr key={`${cell.area}|${cell.category}|${cell.period}|${cell.sex}|${cell.ageGroup}`}>
                <th scope="row">{areaName.get(cell.area ?? '') ?? cell.area}</th>
                <td className="nowrap">{format.period(cell.period)}</td>
                {isSplit && <td>{splitLabel(cell)}</td>}
                <td className={cell.suppressed ? 'num suppressed' : 'num'}>{show(cell)}</td>
                <td className="num">{show(cell.previous)}</td>
                <td className="num">{format.percent(change(cell, cell.previous))}</td>
                <td className="num">{show(cell.yearEarlier)}</td>
                <td className="num">{format.percent(change(cell, cell.yearEarlier))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('crimeStatistics.table.changeNote')}</p>
      <button
        type="button"
        className="button"
        disabled={download.isPending}
        onClick={() =>
          download.mutate({
            path: '/api/v1/crime-statistics',
            params: { query: seriesQuery(params) },
            accept: csvMediaType(language),
            fallbackName: `brottsstatistik-${data.from}-${data.to}.csv`,
          })
        }
      >
        {t('crimeStatistics.table.download')}
      </button>
      {download.isError && <ErrorAlert error={download.error} title={t('state.downloadFailed')} />}
    </>
  );
}
