import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link } from 'react-router';
import { useAreaBoundaries } from '@/features/areas/api/get-area-boundaries';
import { useMe } from '@/features/auth/api/get-me';
import { CrimeExplorer } from '@/features/crime-statistics/components/crime-explorer';
import {
  canImportCrimeStatistics,
  CrimeImportPanel,
} from '@/features/crime-statistics/components/crime-import-panel';
import { MUNICIPALITY } from '@/features/crime-statistics/components/explorer-params';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** Reported crimes by category, period, district, sex and age; the import for those who deliver them. */
export function CrimeStatisticsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('crimeStatistics.title'));
  const auth = useAuth();
  const me = useMe(auth.isAuthenticated ? auth.user?.profile.sub : undefined);
  // The areas feature's query: the same cache entry as the areas page's map, which a boundary upload refreshes.
  const boundaries = useAreaBoundaries(MUNICIPALITY);
  return (
    <>
      <div className="page-heading">
        <h1>{t('crimeStatistics.heading')}</h1>
        <p className="lead">{t('crimeStatistics.intro')}</p>
        {me.data?.roles.includes('coordinator') && (
          <p>
            <Link to="/population">{t('population.ratesLink')}</Link>
          </p>
        )}
      </div>
      <CrimeExplorer boundaries={boundaries} />
      {auth.isAuthenticated && canImportCrimeStatistics(me.data?.roles) && <CrimeImportPanel chooseSource={me.data?.roles.includes('coordinator') ?? false} />}
    </>
  );
}
