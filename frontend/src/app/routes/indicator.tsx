import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useAreas } from '@/features/areas/api/get-areas';
import { useIndicator } from '@/features/indicators/api/get-indicator';
import { formatValue } from '@/features/indicators/components/format';
import { DueRulePanel } from '@/features/indicators/components/due-rule-panel';
import { RecordValueForm } from '@/features/indicators/components/record-value-form';
import { SeriesView } from '@/features/indicators/components/series-view';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiProblem } from '@/lib/api/api-problem';
import { useLocalized } from '@/lib/i18n/use-localized';
import type { Indicator } from '@/lib/api/types';
import { useCaller } from '../measures/use-caller';
import { NotFoundRoute } from './not-found';

export function IndicatorRoute() {
  const { id } = useParams();
  const indicatorId = Number(id);
  if (!Number.isSafeInteger(indicatorId) || indicatorId < 1) return <NotFoundRoute />;
  return <IndicatorPage indicatorId={indicatorId} />;
}

function IndicatorPage({ indicatorId }: { indicatorId: number }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const indicator = useIndicator(indicatorId);
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  useDocumentTitle(indicator.data ? text(indicator.data.name) : t('indicators.list.title'));

  if (indicator.isError && isApiProblem(indicator.error) && indicator.error.status === 404) return <NotFoundRoute />;

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/">{t('nav.overview')}</Link>
          </li>
          <li>
            <Link to="/indicators">{t('nav.indicators')}</Link>
          </li>
          <li>
            <span aria-current="page">{indicator.data ? indicator.data.code : '…'}</span>
          </li>
        </ol>
      </nav>
      {indicator.isPending ? (
        <div aria-busy="true">
          <h1>{t('state.loading')}</h1>
          <Loading />
        </div>
      ) : indicator.isError ? (
        <>
          <h1>{t('indicators.list.heading')}</h1>
          <ErrorAlert error={indicator.error} onRetry={() => void indicator.refetch()} />
        </>
      ) : (
        <>
          <div className="page-heading">
            <h1>{text(indicator.data.name)}</h1>
            <p className="lead">{text(indicator.data.description)}</p>
          </div>
          {saved && (
            <p className="alert alert-success" role="status" data-testid="indicator-saved">
              {t('indicators.forms.edit.saved')}
            </p>
          )}
          <dl className="facts">
            <div>
              <dt>{t('indicators.details.code')}</dt>
              <dd>
                <code>{indicator.data.code}</code>
              </dd>
            </div>
            <div>
              <dt>{t('indicators.details.unit')}</dt>
              <dd>{t(`indicators.details.unitValue.${indicator.data.unit}`)}</dd>
            </div>
            <div>
              <dt>{t('indicators.details.directionLabel')}</dt>
              <dd>{t(`indicators.details.direction.${indicator.data.direction}`)}</dd>
            </div>
            <div>
              <dt>{t('indicators.details.sourceLabel')}</dt>
              <dd>
                {t(`indicators.details.source.${indicator.data.source}`)}
                {indicator.data.sourceReference && <> ({indicator.data.sourceReference})</>}
              </dd>
            </div>
            <div>
              <dt>{t('indicators.details.frequencyLabel')}</dt>
              <dd>{t(`indicators.details.frequency.${indicator.data.frequency}`)}</dd>
            </div>
            <div>
              <dt>{t('indicators.details.owner')}</dt>
              <dd>{indicator.data.owner ? text(indicator.data.owner.name) : t('indicators.details.noOwner')}</dd>
            </div>
            <div>
              <dt>{t('indicators.values.baseline')}</dt>
              <dd>
                {indicator.data.baseline
                  ? `${formatValue(indicator.data.baseline.value, indicator.data.unit, locale)} (${indicator.data.baseline.period})`
                  : '–'}
              </dd>
            </div>
            <div>
              <dt>{t('indicators.values.targets')}</dt>
              <dd>
                {indicator.data.targets.length === 0
                  ? t('indicators.values.noTarget')
                  : indicator.data.targets
                      .map((target) => `${target.year}: ${formatValue(target.value, indicator.data.unit, locale)}`)
                      .join(', ')}
              </dd>
            </div>
            <div>
              <dt>{t('indicators.details.goals')}</dt>
              <dd>
                <ul className="inline-list">
                  {indicator.data.goals.map((goal) => (
                    <li key={goal.id}>
                      <Link to={`/goals/${goal.id}`}>
                        {t('goals.number', { number: goal.number })}: {text(goal.title)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          </dl>
          <IndicatorActions indicator={indicator.data} />
          <IndicatorDue indicator={indicator.data} />
          <SeriesView indicator={indicator.data} />
        </>
      )}
    </>
  );
}

/**
 * What the signed-in user may do with the indicator: the coordinator records values and edits
 * the definition, an editor of the owning organisation records values; nobody else sees either.
 */
function IndicatorActions({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const caller = useCaller();
  const [open, setOpen] = useState(false);
  const ownsIndicator =
    caller.isEditor && caller.me?.organisation != null && caller.me.organisation.code === indicator.owner?.code;
  const mayRecord = caller.isCoordinator || ownsIndicator;
  if (caller.loading || !mayRecord) return null;
  return (
    <section aria-labelledby="indicator-actions-heading" className="section" data-testid="indicator-actions">
      <h2 id="indicator-actions-heading">{t('indicators.forms.heading')}</h2>
      <div className="form-actions">
        {indicator.computation ? (
          <p className="muted">{t('indicators.details.computedNoRecording')}</p>
        ) : (
          <button type="button" className="button" aria-expanded={open} aria-controls="record-value"
            onClick={() => setOpen(!open)}>
            {t('indicators.forms.record.open')}
          </button>
        )}
        {caller.isCoordinator && (
          <Link className="button button-secondary" to={`/indicators/${indicator.id}/edit`}>
            {t('indicators.forms.edit.link')}
          </Link>
        )}
      </div>
      <div id="record-value" hidden={!open}>
        {open && <RecordValue indicator={indicator} />}
      </div>
    </section>
  );
}

/** When the next value is due, for signed-in readers; the coordinator sets the publication lag there. */
function IndicatorDue({ indicator }: { indicator: Indicator }) {
  const caller = useCaller();
  if (caller.loading || !caller.signedIn || !caller.me) return null;
  return <DueRulePanel indicator={indicator} editable={caller.isCoordinator} />;
}

/** The record form with the area tree, fetched only once the form is opened. */
function RecordValue({ indicator }: { indicator: Indicator }) {
  const areas = useAreas();
  return <RecordValueForm indicator={indicator} areas={areas.data?.items ?? []} />;
}
