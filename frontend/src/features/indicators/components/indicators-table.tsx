import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Indicator } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

export function IndicatorsTable({ indicators, caption }: { indicators: Indicator[]; caption: string }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  return (
    <div className="table-scroll" role="region" aria-label={t('indicators.list.tableRegion')} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.details.code')}</th>
            <th scope="col">{t('indicators.details.name')}</th>
            <th scope="col">{t('indicators.details.goals')}</th>
            <th scope="col">{t('indicators.details.unit')}</th>
            <th scope="col">{t('indicators.details.directionLabel')}</th>
            <th scope="col">{t('indicators.details.sourceLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.id} data-testid="indicator-row">
              <td>
                <code>{indicator.code}</code>
              </td>
              <th scope="row">
                <Link to={`/indicators/${indicator.id}`}>{text(indicator.name)}</Link>
              </th>
              <td>
                <ul className="inline-list">
                  {indicator.goals.map((goal) => (
                    <li key={goal.id}>
                      <Link to={`/goals/${goal.id}`} title={text(goal.title)}>
                        {t('goals.number', { number: goal.number })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </td>
              <td>{t(`indicators.details.unitValue.${indicator.unit}`)}</td>
              <td>{t(`indicators.details.direction.${indicator.direction}`)}</td>
              <td>
                {t(`indicators.details.source.${indicator.source}`)}
                {indicator.sourceReference && (
                  <>
                    {' '}
                    <code className="muted">{indicator.sourceReference}</code>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
