import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeasureSummary } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { AssessmentLabel } from './assessment-label';

/** The measures of one page; those without an update for six months stand out in words and look. */
export function MeasuresTable({ measures, caption }: { measures: MeasureSummary[]; caption: string }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const date = (value: string) => new Date(`${value}T00:00:00`).toLocaleDateString(locale);
  return (
    <div className="table-scroll" role="region" aria-label={t('measures.table.region')} tabIndex={0}>
      <table className="data-table measures-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measures.table.title')}</th>
            <th scope="col">{t('measures.table.organisation')}</th>
            <th scope="col">{t('measures.table.status')}</th>
            <th scope="col">{t('measures.table.prevention')}</th>
            <th scope="col">{t('measures.table.districts')}</th>
            <th scope="col">{t('measures.table.lastUpdate')}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.id} data-testid="measure-row" className={measure.needsFollowUp ? 'needs-follow-up' : undefined}>
              <th scope="row">
                <Link to={`/measures/${measure.id}`}>{measure.title}</Link>
                {measure.demo && (
                  <>
                    {' '}
                    <span className="badge badge-demo" title={t('measures.demoTitle')}>
                      {t('measures.demo')}
                    </span>
                  </>
                )}
              </th>
              <td>{text(measure.responsibleOrganisation.name)}</td>
              <td>{t(`measures.status.${measure.status}`)}</td>
              <td>
                {t(`measures.preventionType.${measure.preventionType}`)},{' '}
                {t(`measures.preventionLevel.${measure.preventionLevel}`).toLowerCase()}
              </td>
              <td>
                {measure.districts.length === 0
                  ? t('measures.table.allDistricts')
                  : measure.districts.map((district) => district.name).join(', ')}
              </td>
              <td>
                {measure.lastUpdate ? (
                  <>
                    {date(measure.lastUpdate.date)} <AssessmentLabel assessment={measure.lastUpdate.assessment} short />
                  </>
                ) : (
                  t('measures.table.noUpdate')
                )}
                {measure.needsFollowUp && (
                  <strong className="follow-up-flag" data-testid="needs-follow-up">
                    <span aria-hidden="true">⚠ </span>
                    {t('measures.table.needsFollowUp')}
                  </strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
