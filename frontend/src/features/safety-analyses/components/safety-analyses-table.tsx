import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SafetyAnalysisSummary } from '@/lib/api/types';

export function SafetyAnalysesTable({ items }: { items: SafetyAnalysisSummary[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p>{t('safetyAnalyses.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('safetyAnalyses.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('safetyAnalyses.titleColumn')}</th>
            <th scope="col">{t('safetyAnalyses.area')}</th>
            <th scope="col">{t('safetyAnalyses.date')}</th>
            <th scope="col">{t('safetyAnalyses.highRisk')}</th>
            <th scope="col">{t('safetyAnalyses.places')}</th>
            <th scope="col">{t('safetyAnalyses.measures')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link to={`/safety-analyses/${a.id}`}>{a.title}</Link>
                {a.demo && <span className="badge badge-demo"> {t('forms.demo')}</span>}
              </th>
              <td>{a.area.name}</td>
              <td>{a.date}</td>
              <td>{a.highRiskCount}</td>
              <td>{a.placeCount}</td>
              <td>{a.measureCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
