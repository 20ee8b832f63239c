import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormField } from '@/components/form-field';
import { QueryBoundary } from '@/components/query-boundary';
import { useAgreements } from '@/features/agreements/api/get-agreements';
import { AgreementsTable } from '@/features/agreements/components/agreements-table';
import { AGREEMENT_TYPES } from '@/features/agreements/components/vocabulary';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { AgreementType } from '@/lib/api/types';
import { useCaller } from '../measures/use-caller';

/** Citizen promises and collaboration agreements: public documents. */
export function AgreementsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('agreements.title'));
  const caller = useCaller();
  const [searchParams, setSearchParams] = useSearchParams();
  const type = searchParams.get('type') ?? '';
  const list = useAgreements(type ? { type: type as AgreementType } : {});
  return (
    <>
      <div className="page-heading page-heading-with-action">
        <h1>{t('agreements.title')}</h1>
        {caller.isCoordinator && (
          <Link to="/agreements/new" className="button">
            {t('agreements.new')}
          </Link>
        )}
      </div>
      <p className="lead">{t('agreements.intro')}</p>
      <FormField label={t('agreements.type')}>
        {(control) => (
          <select {...control} value={type} onChange={(e) => setSearchParams(e.target.value ? { type: e.target.value } : {})}>
            <option value="">{t('agreements.allTypes')}</option>
            {AGREEMENT_TYPES.map((v) => (
              <option key={v} value={v}>
                {t(`agreements.types.${v}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <QueryBoundary query={list}>{(page) => <AgreementsTable items={page.items} />}</QueryBoundary>
    </>
  );
}
