import { useTranslation } from 'react-i18next';
import type { Indicator } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

/** Everything known about an indicator; values arrive with a later feature. */
export function IndicatorCard({ indicator, headingLevel = 3 }: { indicator: Indicator; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const Heading = `h${headingLevel}` as const;
  const headingId = `indicator-${indicator.id}-heading`;
  return (
    <article className="card indicator-card" data-testid="indicator-card" aria-labelledby={headingId}>
      <Heading id={headingId}>{text(indicator.name)}</Heading>
      <dl className="facts">
        <div>
          <dt>{t('indicator.code')}</dt>
          <dd>
            <code>{indicator.code}</code>
          </dd>
        </div>
        <div className="facts-wide">
          <dt>{t('indicator.definition')}</dt>
          <dd>{text(indicator.description)}</dd>
        </div>
        <div>
          <dt>{t('indicator.unit')}</dt>
          <dd>{t(`indicator.unitValue.${indicator.unit}`)}</dd>
        </div>
        <div>
          <dt>{t('indicator.directionLabel')}</dt>
          <dd>{t(`indicator.direction.${indicator.direction}`)}</dd>
        </div>
        <div>
          <dt>{t('indicator.sourceLabel')}</dt>
          <dd>
            {t(`indicator.source.${indicator.source}`)}
            {indicator.sourceReference && (
              <>
                {' '}
                <span className="muted">
                  ({t('indicator.sourceReference')}: <code>{indicator.sourceReference}</code>)
                </span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('indicator.frequencyLabel')}</dt>
          <dd>{t(`indicator.frequency.${indicator.frequency}`)}</dd>
        </div>
        <div>
          <dt>{t('indicator.disaggregationsLabel')}</dt>
          <dd>
            {indicator.disaggregations.length === 0
              ? t('indicator.noDisaggregations')
              : indicator.disaggregations.map((split) => t(`indicator.disaggregation.${split}`)).join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('indicator.owner')}</dt>
          <dd>{indicator.owner ? text(indicator.owner.name) : t('indicator.noOwner')}</dd>
        </div>
        <div className="facts-wide">
          <dt>{t('indicator.values')}</dt>
          <dd>{t('indicator.noValues')}</dd>
        </div>
      </dl>
    </article>
  );
}
