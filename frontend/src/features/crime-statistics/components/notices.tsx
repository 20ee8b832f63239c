import { useTranslation } from 'react-i18next';

/** Says plainly that the figures are demo data, in words and not only by colour. */
export function CrimeDemoNotice() {
  const { t } = useTranslation();
  return (
    <div className="alert alert-warning" data-testid="crime-demo-notice">
      <p>
        <span className="badge badge-demo">{t('crimeStatistics.demoBadge')}</span> {t('crimeStatistics.demoNotice')}
      </p>
    </div>
  );
}

/**
 * The legend of the figures: what "≈" (perturbed) and "färre än 3" (suppressed) mean — or, for
 * readers with exact figures, that theirs are exact and what the public sees.
 */
export function SuppressionNote({ exact, threshold }: { exact: boolean; threshold: number }) {
  const { t } = useTranslation();
  return (
    <p className="note" data-testid="suppression-note">
      {exact
        ? t('crimeStatistics.suppression.exact', { threshold })
        : t('crimeStatistics.suppression.public', { threshold })}
    </p>
  );
}
