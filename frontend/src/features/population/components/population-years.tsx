import { useTranslation } from 'react-i18next';
import type { PopulationOverview } from '@/lib/api/types';

/** The years with population figures: the municipality's total, areas with figures, demo or imported. */
export function PopulationYears({ overview }: { overview: PopulationOverview }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE');
  return (
    <section aria-labelledby="population-years-heading" className="section">
      <h2 id="population-years-heading">{t('population.yearsHeading')}</h2>
      <p>
        {t('population.mappedRegions', { count: overview.mappedRegions })} {t('population.latestEarlier')}
      </p>
      {overview.years.length === 0 ? (
        <p>{t('population.noYears')}</p>
      ) : (
        <table className="table" data-testid="population-years">
          <thead>
            <tr>
              <th scope="col">{t('population.year')}</th>
              <th scope="col" className="numeric">{t('population.total')}</th>
              <th scope="col" className="numeric">{t('population.areas')}</th>
              <th scope="col">{t('population.source')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.years.map((year) => (
              <tr key={year.year}>
                <th scope="row">{year.year}</th>
                <td className="numeric">{number.format(year.total)}</td>
                <td className="numeric">{year.areas}</td>
                <td>{year.demo ? t('population.demo') : t('population.imported')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
