import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '@/components/loading';
import { useCreateAgreement } from '@/features/agreements/api/create-agreement';
import { useAgreementOrganisations } from '@/features/agreements/api/get-organisations';
import { AgreementForm } from '@/features/agreements/components/agreement-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useAreaChoices } from '../analyses/use-area-choices';
import { useCaller } from '../measures/use-caller';

export function NewAgreementRoute() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  useDocumentTitle(t('analyses.agreements.new'));
  const navigate = useNavigate();
  const caller = useCaller();
  const areas = useAreaChoices();
  const organisations = useAgreementOrganisations();
  const create = useCreateAgreement();
  return (
    <>
      <h1>{t('analyses.agreements.new')}</h1>
      {caller.loading || (caller.isCoordinator && (areas.isPending || organisations.isPending)) ? (
        <Loading />
      ) : !caller.isCoordinator ? (
        <p>{t('analyses.notAllowed')}</p>
      ) : (
        <AgreementForm
          options={{
            areas: areas.choices,
            organisations: (organisations.data?.items ?? []).map((o) => ({ value: o.code, label: text(o.name) })),
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
