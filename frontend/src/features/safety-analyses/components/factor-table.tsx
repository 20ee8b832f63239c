import { useTranslation } from 'react-i18next';
import type { AssessedFactor } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { LEVEL_SYMBOL, TREND_SYMBOL } from './vocabulary';

/** The assessed factors as a table: level and trend in words, with symbols beside them. */
export function FactorTable({ factors, caption }: { factors: AssessedFactor[]; caption: string }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  if (factors.length === 0) return <p>{t('safetyAnalyses.noFactors')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('safetyAnalyses.factor')}</th>
            <th scope="col">{t('safetyAnalyses.kind')}</th>
            <th scope="col">{t('safetyAnalyses.level')}</th>
            <th scope="col">{t('safetyAnalyses.trend')}</th>
            <th scope="col">{t('safetyAnalyses.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => (
            <tr key={f.factor.code}>
              <th scope="row">{text(f.factor.name)}</th>
              <td>{t(`safetyAnalyses.kinds.${f.kind}`)}</td>
              <td>
                <span aria-hidden="true">{LEVEL_SYMBOL[f.level]} </span>
                {t(`safetyAnalyses.levels.${f.level}`)}
              </td>
              <td>
                <span aria-hidden="true">{TREND_SYMBOL[f.trend]} </span>
                {t(`safetyAnalyses.trends.${f.trend}`)}
              </td>
              <td>{f.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
