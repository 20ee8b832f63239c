import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Factor, Measure } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

function FactorList({ factors, empty }: { factors: Factor[]; empty: string }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  if (factors.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {factors.map((factor) => (
        <li key={factor.id}>
          {text(factor.name)} <span className="muted">({t(`measures.factorLevel.${factor.level}`)})</span>
        </li>
      ))}
    </ul>
  );
}

/** What a measure is, whom it serves and what it aims at. */
export function MeasureDetails({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const { text, locale, number } = useLocalized();
  const none = t('measures.details.noneSelected');
  const date = (value: string) => new Date(`${value}T00:00:00`).toLocaleDateString(locale);
  const list = (values: string[]) => (values.length === 0 ? none : values.join(', '));

  return (
    <>
      {measure.description && <p className="lead">{measure.description}</p>}
      <section className="section" aria-labelledby="measure-facts">
        <h2 id="measure-facts">{t('measures.details.facts')}</h2>
        <dl className="facts facts-wide">
          <dt>{t('measures.field.responsibleOrganisation')}</dt>
          <dd>{text(measure.responsibleOrganisation.name)}</dd>
          <dt>{t('measures.field.partnerOrganisations')}</dt>
          <dd>{list(measure.partnerOrganisations.map((o) => text(o.name)))}</dd>
          <dt>{t('measures.field.status')}</dt>
          <dd data-testid="measure-status">{t(`measures.status.${measure.status}`)}</dd>
          <dt>{t('measures.details.period')}</dt>
          <dd>
            {measure.endDate
              ? `${date(measure.startDate)} – ${date(measure.endDate)}`
              : t('measures.details.from', { start: date(measure.startDate) })}
          </dd>
          <dt>{t('measures.details.prevention')}</dt>
          <dd>
            {t('measures.details.preventionValue', {
              type: t(`measures.preventionType.${measure.preventionType}`),
              level: t(`measures.preventionLevel.${measure.preventionLevel}`).toLowerCase(),
            })}
          </dd>
          <dt>{t('measures.field.targetGroups')}</dt>
          <dd>{list(measure.targetGroups.map((g) => t(`measures.targetGroup.${g}`)))}</dd>
          <dt>{t('measures.field.crimeTriangle')}</dt>
          <dd>{list(measure.crimeTriangle.map((side) => t(`measures.crimeTriangle.${side}`)))}</dd>
          <dt>{t('measures.field.knowledgeLevel')}</dt>
          <dd>{measure.knowledgeLevel ? t(`measures.knowledgeLevel.${measure.knowledgeLevel}`) : none}</dd>
          <dt>{t('measures.field.knowledgeBasis')}</dt>
          <dd>{measure.knowledgeBasis ?? none}</dd>
          {measure.budget !== null && measure.budget !== undefined && (
            <>
              <dt>{t('measures.field.budget')}</dt>
              <dd>{t('measures.details.budgetValue', { amount: number(measure.budget) })}</dd>
            </>
          )}
          <dt>{t('measures.details.published')}</dt>
          <dd>{measure.published ? t('measures.details.publishedYes') : t('measures.details.publishedNo')}</dd>
        </dl>
      </section>
      <section className="section" aria-labelledby="measure-goals">
        <h2 id="measure-goals">{t('measures.field.goals')}</h2>
        {measure.goals.length === 0 ? (
          <p className="muted">{none}</p>
        ) : (
          <ul>
            {measure.goals.map((goal) => (
              <li key={goal.id}>
                <Link to={`/goals/${goal.id}`}>
                  {t('goals.number', { number: goal.number })}: {text(goal.title)}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <h3>{t('measures.field.indicators')}</h3>
        {measure.indicators.length === 0 ? (
          <p className="muted">{none}</p>
        ) : (
          <ul>
            {measure.indicators.map((indicator) => (
              <li key={indicator.id}>{text(indicator.name)}</li>
            ))}
          </ul>
        )}
        <h3>{t('measures.field.districts')}</h3>
        <p>{measure.districts.length === 0 ? t('measures.table.allDistricts') : list(measure.districts.map((d) => d.name))}</p>
      </section>
      <section className="section" aria-labelledby="measure-factors">
        <h2 id="measure-factors">{t('measures.details.factors')}</h2>
        <h3>{t('measures.details.risk')}</h3>
        <FactorList factors={measure.riskFactors} empty={none} />
        <h3>{t('measures.details.protective')}</h3>
        <FactorList factors={measure.protectiveFactors} empty={none} />
      </section>
    </>
  );
}
