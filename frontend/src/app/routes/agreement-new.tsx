import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useCreateAgreement } from '@/features/agreements/api/create-agreement';
import { useAgreement } from '@/features/agreements/api/get-agreement';
import { useReplaceAgreement } from '@/features/agreements/api/replace-agreement';
import { AgreementForm } from '@/features/agreements/components/agreement-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useAreaChoices } from '@/features/areas/hooks/use-area-choices';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { useCaller } from '../measures/use-caller';
import { useDecisionChoices } from '../governance/use-decision-choices';
import { NotFoundRoute } from './not-found';

export function NewAgreementRoute() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  useDocumentTitle(t('agreements.new'));
  const navigate = useNavigate();
  const caller = useCaller();
  const areas = useAreaChoices();
  const organisations = useOrganisations();
  const forumDecisions = useDecisionChoices();
  const create = useCreateAgreement();
  return (
    <>
      <h1>{t('agreements.new')}</h1>
      {caller.loading || (caller.isCoordinator && (areas.isPending || organisations.isPending)) ? (
        <Loading />
      ) : !caller.isCoordinator ? (
        <p>{t('forms.notAllowed')}</p>
      ) : (
        <AgreementForm
          options={{
            areas: areas.choices,
            organisations: (organisations.data?.items ?? []).map((o) => ({ value: o.code, label: text(o.name) })),
          forumDecisions,
          }}
          onSubmit={(input) =>
            create.mutate(input, { onSuccess: (created) => void navigate(`/agreements/${created.id}`) })
          }
          onCancel={() => void navigate('/agreements')}
          error={create.error}
          pending={create.isPending}
        />
      )}
    </>
  );
}

export function EditAgreementRoute() {
  const { id } = useParams();
  const agreementId = Number(id);
  if (!Number.isSafeInteger(agreementId) || agreementId < 1) return <NotFoundRoute />;
  return <EditAgreement agreementId={agreementId} />;
}

/** Changes an agreement with the ETag of the version the form was filled from. */
function EditAgreement({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  useDocumentTitle(t('agreements.editHeading'));
  const navigate = useNavigate();
  const caller = useCaller();
  const areas = useAreaChoices();
  const organisations = useOrganisations();
  const forumDecisions = useDecisionChoices();
  const query = useAgreement(agreementId);
  const replace = useReplaceAgreement();
  if (caller.loading || query.isPending || areas.isPending || organisations.isPending) return <Loading />;
  if (!caller.isCoordinator) return <p>{t('forms.notAllowed')}</p>;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <h1>{t('agreements.editHeading')}</h1>
      <AgreementForm
        agreement={query.data.agreement}
        options={{
          areas: areas.choices,
          organisations: (organisations.data?.items ?? []).map((o) => ({ value: o.code, label: text(o.name) })),
          forumDecisions,
        }}
        onSubmit={(input) =>
          replace.mutate(
            { id: agreementId, etag: query.data.etag ?? '', input },
            { onSuccess: () => void navigate(`/agreements/${agreementId}`) },
          )
        }
        onCancel={() => void navigate(`/agreements/${agreementId}`)}
        error={replace.error}
        pending={replace.isPending}
      />
    </>
  );
}
