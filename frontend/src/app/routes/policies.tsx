import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryBoundary } from '@/components/query-boundary';
import { useCreatePolicy } from '@/features/policies/api/create-policy';
import { usePolicies } from '@/features/policies/api/get-policies';
import { PolicyForm } from '@/features/policies/components/policy-form';
import { PolicySwitcher } from '@/features/policies/components/policy-switcher';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useCaller } from '../measures/use-caller';

/** The policy versions (in force, earlier, upcoming, drafts), and for the coordinator a new draft. */
export function PoliciesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('policies.title'));
  const caller = useCaller();
  // drafts are listed only to signed-in readers: the key follows the caller
  const policies = usePolicies(caller.signedIn);
  const create = useCreatePolicy();
  const navigate = useNavigate();
  return (
    <>
      <div className="page-heading">
        <h1>{t('policies.heading')}</h1>
        <p className="lead">{t('policies.intro')}</p>
      </div>
      <QueryBoundary query={policies}>{(page) => <PolicySwitcher policies={page.items} />}</QueryBoundary>
      {caller.isCoordinator && (
        <section className="section">
          <PolicyForm heading={t('policies.create.heading')} submitLabel={t('policies.create.submit')}
            pending={create.isPending} error={create.error}
            onSubmit={(input) => create.mutate(input, { onSuccess: (p) => void navigate(`/policies/${p.id}`) })} />
        </section>
      )}
    </>
  );
}
