import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useSafetyAnalyses } from '@/features/safety-analyses/api/get-safety-analyses';
import { SafetyAnalysesTable } from '@/features/safety-analyses/components/safety-analyses-table';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useAreaChoices } from '@/features/areas/hooks/use-area-choices';
import { useCaller } from '../measures/use-caller';

/** The safety analyses, newest first, for signed-in users; filter by district. */
export function SafetyAnalysesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('safetyAnalyses.title'));
  const caller = useCaller();
  const [searchParams, setSearchParams] = useSearchParams();
  const area = searchParams.get('area') ?? '';
  const areas = useAreaChoices();
  const signedInWithRole = caller.signedIn && (caller.me?.roles.length ?? 0) > 0;
  const list = useSafetyAnalyses(area ? { area } : {}, { enabled: signedInWithRole });

  return (
    <>
      <div className="page-heading page-heading-with-action">
        <h1>{t('safetyAnalyses.title')}</h1>
        {caller.isCoordinator && (
          <Link to="/safety-analyses/new" className="button">
            {t('safetyAnalyses.new')}
          </Link>
        )}
      </div>
      <p className="lead">{t('safetyAnalyses.intro')}</p>
      {caller.loading ? (
        <Loading />
      ) : !signedInWithRole ? (
        <p>{t('safetyAnalyses.signIn')}</p>
      ) : (
        <>
          <FormField label={t('safetyAnalyses.filterArea')}>
            {(control) => (
              <select {...control} value={area} onChange={(e) => setSearchParams(e.target.value ? { area: e.target.value } : {})}>
                <option value="">{t('forms.allAreas')}</option>
                {areas.choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <QueryBoundary query={list}>{(page) => <SafetyAnalysesTable items={page.items} />}</QueryBoundary>
        </>
      )}
    </>
  );
}
