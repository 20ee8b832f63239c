import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgreementSummary } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

export function AgreementsTable({ items, caption }: { items: AgreementSummary[]; caption?: string }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  if (items.length === 0) return <p>{t('agreements.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption ?? t('agreements.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agreements.titleColumn')}</th>
            <th scope="col">{t('agreements.type')}</th>
            <th scope="col">{t('agreements.area')}</th>
            <th scope="col">{t('agreements.period')}</th>
            <th scope="col">{t('agreements.parties')}</th>
            <th scope="col">{t('agreements.fulfilled')}</th>
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
                  {a.demo && <span className="badge badge-demo"> {t('forms.demo')}</span>}
                </th>
                <td>{t(`agreements.types.${a.type}`)}</td>
                <td>{a.area.name}</td>
                <td>
                  {a.startDate} – {a.endDate ?? ''}
                </td>
                <td>{a.parties.map((p) => text(p.name)).join(', ')}</td>
                <td>{t('agreements.fulfilledOf', { fulfilled: c.fulfilled, total })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
