import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { CitedDecisions } from '@/features/governance/components/cited-decisions';
import { useAgreement } from '@/features/agreements/api/get-agreement';
import { useAgreementHistory } from '@/features/agreements/api/get-agreement-history';
import { useUpdateCommitmentStatus } from '@/features/agreements/api/update-commitment-status';
import { AgreementHistory } from '@/features/agreements/components/agreement-history';
import { CommitmentsTable } from '@/features/agreements/components/commitments-table';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useCaller } from '../measures/use-caller';
import { NotFoundRoute } from './not-found';

export function AgreementRoute() {
  const { id } = useParams();
  const agreementId = Number(id);
  if (!Number.isSafeInteger(agreementId) || agreementId < 1) return <NotFoundRoute />;
  return <AgreementPage agreementId={agreementId} />;
}

function AgreementPage({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const caller = useCaller();
  const query = useAgreement(agreementId);
  // The history is for signed-in readers only (the API answers anonymous callers 401).
  const history = useAgreementHistory(agreementId, caller.signedIn && query.isSuccess);
  const organisations = useOrganisations();
  const followUp = useUpdateCommitmentStatus();
  useDocumentTitle(query.data?.agreement.title ?? t('agreements.title'));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const a = query.data.agreement;
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/agreements">{t('nav.agreements')}</Link>
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
        {a.canEdit && (
          <Link to={`/agreements/${a.id}/edit`} className="button">
            {t('forms.edit')}
          </Link>
        )}
      </div>
      {a.description && <p className="lead">{a.description}</p>}
      <dl className="facts">
        <dt>{t('agreements.type')}</dt>
        <dd>{t(`agreements.types.${a.type}`)}</dd>
        <dt>{t('agreements.area')}</dt>
        <dd>
          {a.area.code.includes('-') ? <Link to={`/areas/${a.area.code}`}>{a.area.name}</Link> : a.area.name}
        </dd>
        <dt>{t('agreements.period')}</dt>
        <dd>
          {a.startDate} – {a.endDate ?? ''}
        </dd>
        <dt>{t('agreements.parties')}</dt>
        <dd>{a.parties.map((p) => text(p.name)).join(', ')}</dd>
      </dl>
      <CitedDecisions decisions={a.forumDecisions} id="agreement-forum-decisions" />
      <section className="section" aria-labelledby="commitments">
        <h2 id="commitments">{t('agreements.commitments')}</h2>
        <CommitmentsTable
          commitments={a.commitments}
          onFollowUp={(commitmentId, input) => followUp.mutateAsync({ id: a.id, commitmentId, input })}
        />
      </section>
      <section className="section" aria-labelledby="agreement-history">
        <h2 id="agreement-history">{t('history.heading')}</h2>
        {caller.signedIn ? (
          <QueryBoundary query={history}>{(page) => (
              <AgreementHistory entries={page.items} agreement={a} organisations={organisations.data?.items ?? []} />
            )}</QueryBoundary>
        ) : (
          <p>{t('history.signIn')}</p>
        )}
      </section>
    </>
  );
}
