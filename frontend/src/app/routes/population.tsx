import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { FileImport } from '@/components/file-import';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useMe } from '@/features/auth/api/get-me';
import { useImportPopulation, usePopulation, useReplaceAreaMapping } from '@/features/population/api/population';
import { PopulationYears } from '@/features/population/components/population-years';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** The coordinator's page for real population: what is loaded, the DeSO mapping, the import. */
export function PopulationRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('population.title'));
  const auth = useAuth();
  const me = useMe(auth.isAuthenticated ? auth.user?.profile.sub : undefined);
  const allowed = me.data?.roles.includes('coordinator') ?? false;
  const overview = usePopulation(allowed);

  return (
    <>
      <div className="page-heading">
        <h1>{t('population.heading')}</h1>
        <p className="lead">{t('population.intro')}</p>
      </div>
      {!auth.isAuthenticated ? (
        <p className="alert alert-warning">{t('population.loginFirst')}</p>
      ) : me.isPending ? (
        <Loading />
      ) : !allowed ? (
        <p className="alert alert-warning">{t('population.notAllowed')}</p>
      ) : (
        <>
          <QueryBoundary query={overview}>{(data) => <PopulationYears overview={data} />}</QueryBoundary>
          <section aria-labelledby="mapping-heading" className="section">
            <h2 id="mapping-heading">{t('population.mappingHeading')}</h2>
            <p>{t('population.mappingText')}</p>
            <pre>
              <code>{'deso,district\nXXXXC1010,<områdets kod>'}</code>
            </pre>
            <FileImport useImport={useReplaceAreaMapping} name="mapping-mode" fileLabel={t('population.file')}
              fileHint={t('population.fileHint')} />
          </section>
          <section aria-labelledby="population-import-heading" className="section">
            <h2 id="population-import-heading">{t('population.importHeading')}</h2>
            <p>{t('population.importText')}</p>
            <pre>
              <code>{'region,ålder,kön,år,antal\nXXXXC1010,15 år,kvinnor,2025,31'}</code>
            </pre>
            <FileImport useImport={useImportPopulation} name="population-mode" fileLabel={t('population.file')}
              fileHint={t('population.fileHint')} />
          </section>
        </>
      )}
    </>
  );
}
