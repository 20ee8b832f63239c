import { useTranslation } from 'react-i18next';
import type { CrimeStatistics } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

/** Reported crimes per year (rows) and category (columns), with the change against the year before. */
export function CrimeTrendTable({ statistics, areaName }: { statistics: CrimeStatistics; areaName: string }) {
  const { t } = useTranslation();
  const { text, number } = useLocalized();
  const years = [...new Set(statistics.cells.map((c) => c.period).filter((p): p is string => p != null))].sort();
  if (years.length === 0) return <p>{t('areas.page.noCrime')}</p>;
  const value = (category: string, year: string) =>
    statistics.cells.find((c) => c.category === category && c.period === year);
  const show = (n: number | null | undefined) => (n == null ? t('areas.page.suppressed') : number(n));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('areas.page.crimeCaption', { area: areaName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('areas.page.year')}</th>
            {statistics.categories.map((c) => (
              <th scope="col" key={c.code}>
                {text(c.name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year, i) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {statistics.categories.map((c) => {
                const cell = value(c.code, year);
                const previous = i > 0 ? value(c.code, years[i - 1] ?? '') : undefined;
                const change =
                  cell?.count != null && previous?.count != null ? cell.count - previous.count : undefined;
                return (
                  <td key={c.code}>
                    {show(cell?.count)}
                    {change !== undefined && change !== 0 && (
                      <span className="muted">
                        {' '}
                        <span aria-hidden="true">{change > 0 ? '↑' : '↓'}</span>{' '}
                        {t(change > 0 ? 'areas.page.up' : 'areas.page.down', { n: number(Math.abs(change)) })}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
