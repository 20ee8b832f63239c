import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrimeStatistics, CrimeStatisticsCell } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { csvDialect, downloadCsv, toCsv, type CsvValue } from './crime-csv';
import type { ExplorerParams } from './explorer-params';
import { change, useCrimeFormat, type Figure } from './use-crime-format';

interface CrimeTableProps {
  data: CrimeStatistics;
  params: ExplorerParams;
}

/** The split value of a cell (sex or age group), or null when not split. */
const splitCode = (cell: CrimeStatisticsCell, params: ExplorerParams) =>
  params.split === 'sex' ? cell.sex : params.split === 'ageGroup' ? cell.ageGroup : null;

/** The figures of the chart as a table, with the change against the previous period and a year earlier, and as CSV. */
export function CrimeTable({ data, params }: CrimeTableProps) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const format = useCrimeFormat();
  const captionId = useId();
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

  const download = () => {
    const header = [
      t('crimeStatistics.table.area'),
      t('crimeStatistics.csv.areaCode'),
      t('crimeStatistics.table.period'),
      ...(isSplit ? [t(`crimeStatistics.split.${params.split}`), t('crimeStatistics.csv.splitCode')] : []),
      t('crimeStatistics.csv.value', { measure: t(`crimeStatistics.measure.${measure}`) }),
      t('crimeStatistics.csv.count'),
      t('crimeStatistics.csv.note'),
      t('crimeStatistics.csv.previousPeriod'),
      t('crimeStatistics.csv.previousValue'),
      t('crimeStatistics.csv.previousChange'),
      t('crimeStatistics.csv.yearEarlierPeriod'),
      t('crimeStatistics.csv.yearEarlierValue'),
      t('crimeStatistics.csv.yearEarlierChange'),
    ];
    const note = (f: Figure | null | undefined) => (f && (f.suppressed || f.value === null) ? show(f) : null);
    const rounded = (p: number | null) => (p === null ? null : Math.round(p * 10) / 10);
    const rows: CsvValue[][] = data.cells.map((cell) => [
      areaName.get(cell.area ?? '') ?? cell.area,
      cell.area,
      cell.period,
      ...(isSplit ? [splitLabel(cell), splitCode(cell, params)] : []),
      cell.value,
      cell.count,
      note(cell),
      cell.previous?.period ?? null,
      cell.previous ? (cell.previous.value ?? show(cell.previous)) : null,
      rounded(change(cell, cell.previous)),
      cell.yearEarlier?.period ?? null,
      cell.yearEarlier ? (cell.yearEarlier.value ?? show(cell.yearEarlier)) : null,
      rounded(change(cell, cell.yearEarlier)),
    ]);
    downloadCsv(toCsv(header, rows, csvDialect(language)), `brottsstatistik-${data.from}-${data.to}.csv`);
  };

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
      <button type="button" className="button" onClick={download}>
        {t('crimeStatistics.table.download')}
      </button>
    </>
  );
}
