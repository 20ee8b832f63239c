import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useIndicator } from '@/features/indicators/api/get-indicator';
import { useUpdateIndicator } from '@/features/indicators/api/update-indicator';
import { IndicatorForm } from '@/features/indicators/components/indicator-form';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiProblem } from '@/lib/api/api-problem';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useCaller } from '../measures/use-caller';
import { NotFoundRoute } from './not-found';

export function EditIndicatorRoute() {
  const { id } = useParams();
  const indicatorId = Number(id);
  if (!Number.isSafeInteger(indicatorId) || indicatorId < 1) return <NotFoundRoute />;
  return <EditIndicator indicatorId={indicatorId} />;
}

/** The coordinator changes an indicator's definition; others are told who may. */
function EditIndicator({ indicatorId }: { indicatorId: number }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const navigate = useNavigate();
  const caller = useCaller();
  const indicator = useIndicator(indicatorId);
  const update = useUpdateIndicator();
  const organisations = useOrganisations();
  const name = indicator.data ? text(indicator.data.name) : '…';
  useDocumentTitle(t('indicators.forms.edit.heading', { name }));

  if (indicator.isError && isApiProblem(indicator.error) && indicator.error.status === 404) return <NotFoundRoute />;

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/indicators">{t('nav.indicators')}</Link>
          </li>
          <li>
            <Link to={`/indicators/${indicatorId}`}>{indicator.data ? indicator.data.code : '…'}</Link>
          </li>
          <li>
            <span aria-current="page">{t('indicators.forms.edit.link')}</span>
          </li>
        </ol>
      </nav>
      <h1>{t('indicators.forms.edit.heading', { name })}</h1>
      {indicator.isPending || caller.loading ? (
        <Loading />
      ) : indicator.isError ? (
        <ErrorAlert error={indicator.error} onRetry={() => void indicator.refetch()} />
      ) : !caller.isCoordinator ? (
        <p className="alert alert-warning">{t('indicators.forms.edit.notAllowed')}</p>
      ) : (
        <IndicatorForm
          key={indicator.data.id}
          indicator={indicator.data}
          organisations={organisations.data?.items ?? []}
          onSubmit={(input) =>
            update.mutate(
              { id: indicatorId, input },
              { onSuccess: () => void navigate(`/indicators/${indicatorId}`, { state: { saved: true } }) },
            )
          }
          onCancel={() => void navigate(`/indicators/${indicatorId}`)}
          error={update.error}
          pending={update.isPending}
        />
      )}
    </>
  );
}
