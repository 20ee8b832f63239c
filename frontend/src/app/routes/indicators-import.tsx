import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { config } from '@/config';
import { useMe } from '@/features/auth/api/get-me';
import { ImportPanel } from '@/features/indicators/components/import-panel';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** Import of indicator values, for coordinators and editors. */
export function IndicatorsImportRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('indicators.values.import.title'));
  const auth = useAuth();
  const me = useMe(auth.isAuthenticated ? auth.user?.profile.sub : undefined);
  const allowed = me.data?.roles.some((role) => role === 'coordinator' || role === 'editor') ?? false;

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/indicators">{t('nav.indicators')}</Link>
          </li>
          <li>
            <span aria-current="page">{t('indicators.values.import.title')}</span>
          </li>
        </ol>
      </nav>
      <div className="page-heading">
        <h1>{t('indicators.values.import.heading')}</h1>
        <p className="lead">{t('indicators.values.import.intro')}</p>
      </div>
      {!auth.isAuthenticated ? (
        <p className="alert alert-warning">{t('indicators.values.import.loginFirst')}</p>
      ) : me.isPending ? (
        <Loading />
      ) : !allowed ? (
        <p className="alert alert-warning">{t('indicators.values.import.notAllowed')}</p>
      ) : (
        <>
          <details className="format-help">
            <summary>{t('indicators.values.import.formatHeading')}</summary>
            <p>{t('indicators.values.import.formatText')}</p>
            <pre>
              <code>{`indicator;period;area;sex;ageGroup;value;status;source
TILLIT;2024;${config.municipalityCode};total;total;63,5;final;Invånarundersökningen 2024
TILLIT;2024;${config.municipalityCode};female;total;64,1;final;Invånarundersökningen 2024`}</code>
            </pre>
            <p>{t('indicators.values.import.koladaText')}</p>
          </details>
          <ImportPanel />
        </>
      )}
    </>
  );
}
