import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useSafetyAnalysis } from '@/features/safety-analyses/api/get-safety-analysis';
import { useSafetyAnalysisHistory } from '@/features/safety-analyses/api/get-safety-analysis-history';
import { SafetyAnalysisDetails } from '@/features/safety-analyses/components/safety-analysis-details';
import { SafetyAnalysisHistory } from '@/features/safety-analyses/components/safety-analysis-history';
import { useFactors } from '@/features/factors/api/get-factors';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useCaller } from '../measures/use-caller';
import { NotFoundRoute } from './not-found';

export function SafetyAnalysisRoute() {
  const { id } = useParams();
  const analysisId = Number(id);
  if (!Number.isSafeInteger(analysisId) || analysisId < 1) return <NotFoundRoute />;
  return <SafetyAnalysisPage analysisId={analysisId} />;
}

function SafetyAnalysisPage({ analysisId }: { analysisId: number }) {
  const { t } = useTranslation();
  const caller = useCaller();
  const query = useSafetyAnalysis(analysisId, { enabled: caller.signedIn });
  const history = useSafetyAnalysisHistory(analysisId, caller.signedIn && query.isSuccess);
  const risk = useFactors('risk');
  const protective = useFactors('protective');
  useDocumentTitle(query.data?.analysis.title ?? t('safetyAnalyses.title'));
  if (caller.loading) return <Loading />;
  if (!caller.signedIn) {
    return (
      <>
        <h1>{t('safetyAnalyses.title')}</h1>
        <p>{t('safetyAnalyses.signIn')}</p>
      </>
    );
  }
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const a = query.data.analysis;
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/safety-analyses">{t('nav.safetyAnalyses')}</Link>
          </li>
          <li>
            <span aria-current="page">{a.title}</span>
          </li>
        </ol>
      </nav>
      <div className="page-heading page-heading-with-action">
        <h1>
          {a.title}
          {a.demo && <span className="badge badge-demo"> {t('forms.demo')}</span>}
        </h1>
        {caller.isCoordinator && (
          <Link to={`/safety-analyses/${a.id}/edit`} className="button">
            {t('forms.edit')}
          </Link>
        )}
      </div>
      <p className="lead">
        <Link to={`/areas/${a.area.code}`}>{a.area.name}</Link>, {a.date}
      </p>
      <SafetyAnalysisDetails analysis={a} />
      <section className="section" aria-labelledby="analysis-history">
        <h2 id="analysis-history">{t('history.heading')}</h2>
        <QueryBoundary query={history}>{(page) => (
            <SafetyAnalysisHistory
              entries={page.items}
              analysis={a}
              factors={[...(risk.data?.items ?? []), ...(protective.data?.items ?? [])]}
            />
          )}</QueryBoundary>
      </section>
    </>
  );
}
