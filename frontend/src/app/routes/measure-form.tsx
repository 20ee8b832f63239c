import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useCreateMeasure } from '@/features/measures/api/create-measure';
import { useMeasure } from '@/features/measures/api/get-measure';
import { useReplaceMeasure } from '@/features/measures/api/replace-measure';
import { MeasureForm } from '@/features/measures/components/measure-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useCaller } from '../measures/use-caller';
import { useMeasureOptions } from '../measures/use-measure-options';
import { useDecisionChoices } from '../governance/use-decision-choices';
import { NotFoundRoute } from './not-found';

/** A new measure: editors register for their own organisation, the coordinator for any. */
export function NewMeasureRoute() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  useDocumentTitle(t('measures.form.createHeading'));
  const navigate = useNavigate();
  const caller = useCaller();
  const options = { ...useMeasureOptions(), forumDecisions: useDecisionChoices() };
  const create = useCreateMeasure();

  return (
    <>
      <h1>{t('measures.form.createHeading')}</h1>
      {caller.loading ? (
        <Loading />
      ) : !caller.canCreate ? (
        <p>{t('measures.form.notAllowed')}</p>
      ) : (
        <MeasureForm
          options={options}
          chooseOrganisation={caller.isCoordinator}
          ownOrganisationName={caller.me?.organisation ? text(caller.me.organisation.name) : undefined}
          submitLabel={t('measures.form.create')}
          onSubmit={(input) =>
            create.mutate(input, { onSuccess: (created) => void navigate(`/measures/${created.id}`) })
          }
          onCancel={() => void navigate('/measures')}
          error={create.error}
          pending={create.isPending}
        />
      )}
    </>
  );
}

export function EditMeasureRoute() {
  const { id } = useParams();
  const measureId = Number(id);
  if (!Number.isSafeInteger(measureId) || measureId < 1) return <NotFoundRoute />;
  return <EditMeasure measureId={measureId} />;
}

/** Changes a measure with the ETag of the version the form was filled from. */
function EditMeasure({ measureId }: { measureId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const caller = useCaller();
  const options = { ...useMeasureOptions(), forumDecisions: useDecisionChoices() };
  const measure = useMeasure(measureId);
  const replace = useReplaceMeasure();
  useDocumentTitle(measure.data ? t('measures.form.editHeading', { title: measure.data.measure.title }) : t('measures.edit'));

  if (measure.isPending) return <Loading />;
  if (measure.isError) return <ErrorAlert error={measure.error} onRetry={() => void measure.refetch()} />;
  const { measure: m, etag } = measure.data;

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/measures">{t('nav.measures')}</Link>
          </li>
          <li>
            <Link to={`/measures/${m.id}`}>{m.title}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t('measures.form.editHeading', { title: m.title })}</h1>
      <MeasureForm
        key={etag ?? m.version}
        measure={m}
        options={options}
        chooseOrganisation={caller.isCoordinator}
        submitLabel={t('measures.form.save')}
        onSubmit={(input) =>
          replace.mutate(
            { id: m.id, etag: etag ?? `"${m.version}"`, input },
            { onSuccess: () => void navigate(`/measures/${m.id}`) },
          )
        }
        onCancel={() => void navigate(`/measures/${m.id}`)}
        onReload={() => {
          replace.reset();
          void measure.refetch();
        }}
        error={replace.error}
        pending={replace.isPending}
      />
    </>
  );
}
