import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SituationMapping } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

type Crime = SituationMapping['crimeByDistrict'];
type Cell = Crime['cells'][number];

/** A published figure: "färre än 3" when suppressed, "≈ 57" when perturbed, the figure when exact. */
function useFigure(threshold: number) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  return (f: { value: number | null; suppressed: boolean; disclosure: string } | null | undefined, digits = 0) => {
    if (!f) return '–';
    if (f.suppressed) return t('situationPictures.mapping.fewerThan', { threshold });
    if (f.value === null) return '–';
    const text = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
      f.value,
    );
    return f.disclosure === 'perturbed' ? `≈ ${text}` : text;
  };
}

/** Reported crime by category group (columns) and district (rows), counts and rates per 1 000. */
function CrimeByDistrict({ crime }: { crime: Crime }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const figure = useFigure(crime.threshold);
  const byKey = new Map<string, Cell>(crime.cells.map((c) => [`${c.area}|${c.category}`, c]));
  const areas = [...crime.areas].sort((a, b) => (a.parentCode === null ? -1 : b.parentCode === null ? 1 : 0));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('situationPictures.mapping.byDistrictCaption', { from: crime.from, to: crime.to })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('situationPictures.mapping.area')}</th>
            {crime.categories.map((c) => (
              <th scope="col" key={c.code}>
                {text(c.name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.code}>
              <th scope="row">{a.name}</th>
              {crime.categories.map((c) => {
                const cell = byKey.get(`${a.code}|${c.code}`);
                const count = cell ? { value: cell.count ?? null, suppressed: cell.suppressed, disclosure: cell.disclosure } : null;
                return (
                  <td key={c.code}>
                    {figure(count)}
                    {cell && cell.value !== null && (
                      <span className="muted"> ({figure(cell, 1)} {t('situationPictures.mapping.per1000')})</span>
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

/** The municipality's reported crime per year and category group, with the change against the year before. */
function CrimeTrend({ crime }: { crime: Crime }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const figure = useFigure(crime.threshold);
  const periods = [...new Set(crime.cells.map((c) => c.period ?? ''))].sort();
  const byKey = new Map<string, Cell>(crime.cells.map((c) => [`${c.period}|${c.category}`, c]));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('situationPictures.mapping.trendCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('situationPictures.mapping.category')}</th>
            {periods.map((p) => (
              <th scope="col" key={p}>
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {crime.categories.map((c) => (
            <tr key={c.code}>
              <th scope="row">{text(c.name)}</th>
              {periods.map((p) => {
                const cell = byKey.get(`${p}|${c.code}`);
                const now = cell?.count;
                const before = cell?.previous?.count;
                const change =
                  now != null && before != null && before !== 0 ? Math.round(((now - before) / before) * 100) : null;
                return (
                  <td key={p}>
                    {cell ? figure({ value: cell.count ?? null, suppressed: cell.suppressed, disclosure: cell.disclosure }) : '–'}
                    {change !== null && (
                      <span className="muted">
                        {' '}
                        ({change > 0 ? '+' : ''}
                        {change} %)
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

/**
 * The mapping Värna drafted: crime by district, the trend, indicator status per goal, risk factors.
 * The page may put charts and a map before the tables (`byDistrict`, `trend`); the tables stay,
 * as the figures' text alternative.
 */
export function MappingTables({ mapping, byDistrict, trend }: { mapping: SituationMapping; byDistrict?: ReactNode; trend?: ReactNode }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  return (
    <>
      <p className="muted">{t('situationPictures.mapping.builtAt', { at: mapping.builtAt.slice(0, 10) })}</p>
      <h3>{t('situationPictures.mapping.crimeHeading')}</h3>
      {byDistrict}
      <CrimeByDistrict crime={mapping.crimeByDistrict} />
      <h3>{t('situationPictures.mapping.trendHeading')}</h3>
      {trend}
      <CrimeTrend crime={mapping.crimeTrend} />
      <h3>{t('situationPictures.mapping.indicatorsHeading')}</h3>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('situationPictures.mapping.indicatorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('situationPictures.mapping.goal')}</th>
              <th scope="col">{t('situationPictures.mapping.indicator')}</th>
              <th scope="col">{t('situationPictures.mapping.latest')}</th>
              <th scope="col">{t('situationPictures.mapping.indicatorStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {mapping.goals.flatMap((g) =>
              g.indicators.map((i) => (
                <tr key={`${g.goal.id}-${i.indicator.id}`}>
                  <td>
                    {g.goal.number}. {text(g.goal.title)}
                  </td>
                  <th scope="row">{text(i.indicator.name)}</th>
                  <td>
                    {i.series?.latest?.value != null ? `${i.series.latest.value} (${i.series.latest.period})` : '–'}
                  </td>
                  <td>{i.series ? t(`situationPictures.indicatorStatus.${i.series.status}`) : '–'}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      {mapping.riskFactors.length > 0 && (
        <>
          <h3>{t('situationPictures.mapping.riskHeading')}</h3>
          <ul>
            {mapping.riskFactors.map((d) => (
              <li key={d.area.code}>
                <strong>{d.area.name}</strong> ({d.date}): {d.factors.map((f) => text(f.factor.name)).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
