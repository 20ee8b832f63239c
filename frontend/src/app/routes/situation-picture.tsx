import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useActionPlan } from '@/features/action-plans/api/get-action-plan';
import { useActionPlanGaps } from '@/features/action-plans/api/get-action-plan-gaps';
import { useActionPlans } from '@/features/action-plans/api/get-action-plans';
import { ActionPlanView } from '@/features/action-plans/components/action-plan-view';
import { GapsList } from '@/features/action-plans/components/gaps-list';
import { NewPlanForm } from '@/features/action-plans/components/new-plan-form';
import { PlanVersions } from '@/features/action-plans/components/plan-versions';
import { useDecideProposal } from '@/features/action-plans/api/decide-proposal';
import { useSituationPicture } from '@/features/situation-pictures/api/get-situation-picture';
import { AdoptPanel } from '@/features/situation-pictures/components/adopt-panel';
import { DocumentDownloads } from '@/features/situation-pictures/components/document-downloads';
import { useAdoptActionPlan } from '@/features/action-plans/api/adopt-action-plan';
import { useAdoptSituationPicture } from '@/features/situation-pictures/api/adopt-situation-picture';
import { MappingTables } from '@/features/situation-pictures/components/mapping-tables';
import { ProblemsList } from '@/features/situation-pictures/components/problems-list';
import { PictureVersions } from '@/features/situation-pictures/components/picture-versions';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useCaller } from '../measures/use-caller';
import { CrimeRateMap } from '../situation/crime-rate-map';
import { PictureEditorWithOptions, PlanEditorWithOptions, ProposalFormWithOptions } from '../situation/editors';

// ECharts is large: the charts load only when a mapping is shown.
const CrimeByDistrictChart = lazy(() =>
  import('@/features/situation-pictures/components/mapping-charts').then((m) => ({ default: m.CrimeByDistrictChart })),
);
const CrimeTrendChart = lazy(() =>
  import('@/features/situation-pictures/components/mapping-charts').then((m) => ({ default: m.CrimeTrendChart })),
);
import { NotFoundRoute } from './not-found';

export function SituationPictureRoute() {
  const { id } = useParams();
  const pictureId = Number(id);
  if (!Number.isSafeInteger(pictureId) || pictureId < 1) return <NotFoundRoute />;
  return <SituationPicturePage pictureId={pictureId} />;
}

/** A lägesbild: its mapping, other information, analysis and problems, and the action plan based on it with its gaps. */
function SituationPicturePage({ pictureId }: { pictureId: number }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const caller = useCaller();
  const query = useSituationPicture(pictureId);
  const plans = useActionPlans();
  // a plan's versions share its lägesbild; the newest is shown unless the reader picks an earlier one
  const planVersions = (plans.data?.items ?? [])
    .filter((p) => p.situationPicture.id === pictureId)
    .sort((a, b) => a.id - b.id);
  const [shownPlan, setShownPlan] = useState<number | undefined>();
  const planId = planVersions.find((v) => v.id === shownPlan)?.id ?? planVersions[planVersions.length - 1]?.id;
  const plan = useActionPlan(planId);
  const decideProposal = useDecideProposal();
  // the gaps are for viewers, editors and the coordinator (the API answers others 401 or 403)
  const readsGaps = (caller.me?.roles ?? []).some((r) => r !== 'partner');
  const gaps = useActionPlanGaps(planId, readsGaps);
  const adoptPicture = useAdoptSituationPicture();
  const adoptPlan = useAdoptActionPlan();
  const [editingPicture, setEditingPicture] = useState(false);
  const [editingPlan, setEditingPlan] = useState(false);
  const [proposing, setProposing] = useState(false);
  const [sentProposal, setSentProposal] = useState<string | undefined>();
  // an editor proposes actions for their own organisation; the coordinator edits the plan itself
  const proposer = caller.isEditor && !caller.isCoordinator ? caller.me?.organisation : undefined;
  useDocumentTitle(query.data?.title ?? t('situationPictures.title'));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const p = query.data;
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/situation-pictures">{t('nav.situationPictures')}</Link>
          </li>
          <li>
            <span aria-current="page">{p.title}</span>
          </li>
        </ol>
      </nav>
      <div className="page-heading">
        <h1>
          {p.title}
          {p.demo && <span className="badge badge-demo"> {t('forms.demo')}</span>}
        </h1>
      </div>
      <dl className="facts">
        <dt>{t('situationPictures.period')}</dt>
        <dd>
          {p.from} – {p.to}
        </dd>
        <dt>{t('situationPictures.statusColumn')}</dt>
        <dd>{t(`situationPictures.status.${p.status}`)}</dd>
        {p.decision && (
          <>
            <dt>{t('situationPictures.decision')}</dt>
            <dd>
              {[p.decision.body, p.decision.date, p.decision.paragraph, p.decision.diaryNumber]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </>
        )}
      </dl>
      <PictureVersions picture={p} coordinator={caller.isCoordinator} />
      {caller.isCoordinator && p.status === 'draft' && (
        editingPicture ? (
          <PictureEditorWithOptions picture={p} onDone={() => setEditingPicture(false)} />
        ) : (
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setEditingPicture(true)}>
              {t('situationPictures.editor.start')}
            </button>
          </div>
        )
      )}
      <section aria-labelledby="mapping-heading">
        <h2 id="mapping-heading">{t('situationPictures.mappingHeading')}</h2>
        {p.mapping ? (
          <MappingTables
            mapping={p.mapping}
            byDistrict={
              <>
                <Suspense fallback={<Loading />}>
                  <CrimeByDistrictChart crime={p.mapping.crimeByDistrict} />
                </Suspense>
                <CrimeRateMap crime={p.mapping.crimeByDistrict} />
              </>
            }
            trend={
              <Suspense fallback={<Loading />}>
                <CrimeTrendChart crime={p.mapping.crimeTrend} />
              </Suspense>
            }
          />
        ) : (
          <p>{t('situationPictures.noMapping')}</p>
        )}
      </section>
      {p.sections.length > 0 && (
        <section aria-labelledby="sections-heading">
          <h2 id="sections-heading">{t('situationPictures.sectionsHeading')}</h2>
          {p.sections.map((s, i) => (
            <article key={i}>
              <h3>{s.title}</h3>
              <p>{s.text}</p>
              <p className="muted">
                {s.source && `${t('situationPictures.source')}: ${s.source} · `}
                {t(`situationPictures.visibility.${s.visibility}`)}
              </p>
            </article>
          ))}
        </section>
      )}
      <section aria-labelledby="analysis-heading">
        <h2 id="analysis-heading">{t('situationPictures.analysisHeading')}</h2>
        <p>{p.analysis || '–'}</p>
      </section>
      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading">{t('situationPictures.problemsHeading')}</h2>
        <ProblemsList problems={p.problems} indicatorName={(id) => {
          const found = p.mapping?.goals.flatMap((g) => g.indicators).find((i) => i.indicator.id === id);
          return found ? text(found.indicator.name) : String(id);
        }} />
      </section>
      <DocumentDownloads kind="situation-pictures" id={p.id} level="h2" />
      {caller.isCoordinator && p.status === 'draft' && <AdoptPanel id={p.id} adopt={adoptPicture} />}
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t('actionPlans.heading')}</h2>
        {planId === undefined ? (
          plans.isPending ? (
            <Loading />
          ) : (
            <>
              <p>{t('actionPlans.none')}</p>
              {caller.isCoordinator && p.status === 'adopted' && <NewPlanForm situationPicture={p.id} />}
            </>
          )
        ) : (
          <QueryBoundary query={plan}>
            {(data) => (
              <>
                <ActionPlanView
                  plan={data}
                  proposals={
                    caller.isCoordinator && data.status === 'draft'
                      ? {
                          decide: (actionId, decision) => decideProposal.mutate({ id: data.id, actionId, decision }),
                          isPending: decideProposal.isPending,
                        }
                      : undefined
                  }
                />
                {decideProposal.isError && <ErrorAlert error={decideProposal.error} />}
                <PlanVersions
                  versions={planVersions}
                  plan={data}
                  onShow={setShownPlan}
                  coordinator={caller.isCoordinator}
                />
                <DocumentDownloads kind="action-plans" id={data.id} level="h3" />
                {proposer && data.status === 'draft' && (
                  proposing ? (
                    <ProposalFormWithOptions plan={data} picture={p} organisation={proposer}
                      onSent={(title) => { setProposing(false); setSentProposal(title); }}
                      onCancel={() => setProposing(false)} />
                  ) : (
                    <>
                      <p role="status">{sentProposal && t('actionPlans.proposal.form.sent', { title: sentProposal })}</p>
                      <div className="form-actions">
                        <button type="button" className="button" onClick={() => { setSentProposal(undefined); setProposing(true); }}>
                          {t('actionPlans.proposal.form.start')}
                        </button>
                      </div>
                    </>
                  )
                )}
                {caller.isCoordinator && data.status === 'draft' && (
                  editingPlan ? (
                    <PlanEditorWithOptions plan={data} picture={p} onDone={() => setEditingPlan(false)} />
                  ) : (
                    <>
                      <div className="form-actions">
                        <button type="button" className="button" onClick={() => setEditingPlan(true)}>
                          {t('actionPlans.editor.start')}
                        </button>
                      </div>
                      <AdoptPanel id={data.id} adopt={adoptPlan} kind="actionPlan" />
                    </>
                  )
                )}
              </>
            )}
          </QueryBoundary>
        )}
      </section>
      {readsGaps && planId !== undefined && (
        <section aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">{t('actionPlans.gaps.heading')}</h2>
          <QueryBoundary query={gaps}>{(data) => <GapsList gaps={data} />}</QueryBoundary>
        </section>
      )}
    </>
  );
}
