import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SituationPictureSummary } from '@/lib/api/types';

export function SituationPicturesTable({ items }: { items: SituationPictureSummary[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p>{t('situationPictures.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('situationPictures.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('situationPictures.titleColumn')}</th>
            <th scope="col">{t('situationPictures.period')}</th>
            <th scope="col">{t('situationPictures.statusColumn')}</th>
            <th scope="col">{t('situationPictures.problemCount')}</th>
            <th scope="col">{t('situationPictures.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link to={`/situation-pictures/${p.id}`}>{p.title}</Link>
                {p.demo && <span className="badge badge-demo"> {t('forms.demo')}</span>}
              </th>
              <td>
                {p.from} – {p.to}
              </td>
              <td>{t(`situationPictures.status.${p.status}`)}</td>
              <td>{p.problemCount}</td>
              <td>{p.decision ? `${p.decision.body} ${p.decision.date}` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
