import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useCreateSafetyAnalysis } from '@/features/safety-analyses/api/create-safety-analysis';
import { useFactors } from '@/features/factors/api/get-factors';
import { useAnalysisMeasureOptions } from '@/features/safety-analyses/api/get-form-options';
import { useSafetyAnalysis } from '@/features/safety-analyses/api/get-safety-analysis';
import { useReplaceSafetyAnalysis } from '@/features/safety-analyses/api/replace-safety-analysis';
import {
  SafetyAnalysisForm,
  type SafetyAnalysisFormOptions,
} from '@/features/safety-analyses/components/safety-analysis-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useAreaChoices } from '@/features/areas/hooks/use-area-choices';
import { useCaller } from '../measures/use-caller';
import { NotFoundRoute } from './not-found';

function useFormOptions(): SafetyAnalysisFormOptions & { ready: boolean } {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const areas = useAreaChoices();
  const risk = useFactors('risk');
  const protective = useFactors('protective');
  const measures = useAnalysisMeasureOptions();
  return {
    ready: !areas.isPending && !risk.isPending && !protective.isPending && !measures.isPending,
    areas: areas.choices,
    factors: [
      ...(risk.data?.items ?? []).map((f) => ({
        value: f.code,
        label: `${t('safetyAnalyses.kinds.risk')}: ${text(f.name)}`,
      })),
      ...(protective.data?.items ?? []).map((f) => ({
        value: f.code,
        label: `${t('safetyAnalyses.kinds.protective')}: ${text(f.name)}`,
      })),
    ],
    measures: (measures.data?.items ?? []).map((m) => ({ value: String(m.id), label: m.title })),
  };
}

export function NewSafetyAnalysisRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('safetyAnalyses.new'));
  const navigate = useNavigate();
  const caller = useCaller();
  const options = useFormOptions();
  const create = useCreateSafetyAnalysis();
  return (
    <>
      <h1>{t('safetyAnalyses.new')}</h1>
      {caller.loading || (caller.isCoordinator && !options.ready) ? (
        <Loading />
      ) : !caller.isCoordinator ? (
        <p>{t('forms.notAllowed')}</p>
      ) : (
        <SafetyAnalysisForm
          options={options}
          submitLabel={t('forms.save')}
          onSubmit={(input) =>
            create.mutate(input, { onSuccess: (created) => void navigate(`/safety-analyses/${created.id}`) })
          }
          onCancel={() => void navigate('/safety-analyses')}
          error={create.error}
          pending={create.isPending}
        />
      )}
    </>
  );
}

export function EditSafetyAnalysisRoute() {
  const { id } = useParams();
  const analysisId = Number(id);
  if (!Number.isSafeInteger(analysisId) || analysisId < 1) return <NotFoundRoute />;
  return <EditSafetyAnalysis analysisId={analysisId} />;
}

function EditSafetyAnalysis({ analysisId }: { analysisId: number }) {
  const { t } = useTranslation();
  useDocumentTitle(t('safetyAnalyses.editHeading'));
  const navigate = useNavigate();
  const caller = useCaller();
  const options = useFormOptions();
  const query = useSafetyAnalysis(analysisId, { enabled: caller.signedIn });
  const replace = useReplaceSafetyAnalysis();
  if (caller.loading || query.isPending || !options.ready) return <Loading />;
  if (!caller.isCoordinator) return <p>{t('forms.notAllowed')}</p>;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <h1>{t('safetyAnalyses.editHeading')}</h1>
      <SafetyAnalysisForm
        analysis={query.data.analysis}
        options={options}
        submitLabel={t('forms.save')}
        onSubmit={(input) =>
          replace.mutate(
            { id: analysisId, etag: query.data.etag ?? '', input },
            { onSuccess: () => void navigate(`/safety-analyses/${analysisId}`) },
          )
        }
        onCancel={() => void navigate(`/safety-analyses/${analysisId}`)}
        error={replace.error}
        pending={replace.isPending}
      />
    </>
  );
}
