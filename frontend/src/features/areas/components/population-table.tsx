import { useTranslation } from 'react-i18next';
import type { Area } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { flattenChildren } from './flatten-areas';

function PopulationCells({ area }: { area: Area }) {
  const { t } = useTranslation();
  const { number } = useLocalized();
  if (!area.population) {
    return (
      <td colSpan={3} className="muted">
        {t('areas.unknown')}
      </td>
    );
  }
  return (
    <>
      <td className="num">{number(area.population.total)}</td>
      <td className="num">{number(area.population.female)}</td>
      <td className="num">{number(area.population.male)}</td>
    </>
  );
}

/** Population per area: each district as a row, the municipality's total at the foot. */
export function PopulationTable({ top, caption }: { top: Area; caption: string }) {
  const { t } = useTranslation();
  const rows = flattenChildren(top);
  return (
    <div className="table-scroll" role="region" aria-label={t('areas.tableRegion')} tabIndex={0}>
      <table className="data-table" data-testid="population-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('areas.area')}</th>
            <th scope="col">{t('areas.type')}</th>
            <th scope="col" className="num">
              {t('areas.total')}
            </th>
            <th scope="col" className="num">
              {t('areas.female')}
            </th>
            <th scope="col" className="num">
              {t('areas.male')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ area, depth }) => (
            <tr key={area.id}>
              <th scope="row" style={{ paddingInlineStart: `${0.5 + (depth - 1) * 1.25}rem` }}>
                {area.name}
              </th>
              <td>{t(`areas.areaType.${area.type}`)}</td>
              <PopulationCells area={area} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{top.name}</th>
            <td>{t(`areas.areaType.${top.type}`)}</td>
            <PopulationCells area={top} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
