import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgreementSummary } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

export function AgreementsTable({ items, caption }: { items: AgreementSummary[]; caption?: string }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  if (items.length === 0) return <p>{t('analyses.agreements.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption ?? t('analyses.agreements.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analyses.agreements.titleColumn')}</th>
            <th scope="col">{t('analyses.agreements.type')}</th>
            <th scope="col">{t('analyses.agreements.area')}</th>
            <th scope="col">{t('analyses.agreements.period')}</th>
            <th scope="col">{t('analyses.agreements.parties')}</th>
            <th scope="col">{t('analyses.agreements.fulfilled')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => {
            const c = a.commitmentCounts;
            const total = c.notStarted + c.ongoing + c.fulfilled + c.notFulfilled;
            return (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/agreements/${a.id}`}>{a.title}</Link>
                  {a.demo && <span className="badge badge-demo"> {t('analyses.demo')}</span>}
                </th>
                <td>{t(`analyses.agreements.types.${a.type}`)}</td>
                <td>{a.area.name}</td>
                <td>
                  {a.startDate} – {a.endDate ?? ''}
                </td>
                <td>{a.parties.map((p) => text(p.name)).join(', ')}</td>
                <td>{t('analyses.agreements.fulfilledOf', { fulfilled: c.fulfilled, total })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
