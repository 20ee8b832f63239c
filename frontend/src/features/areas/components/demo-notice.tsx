import { useTranslation } from 'react-i18next';

/** Says plainly that the figures are demo data, in words and not only by colour. */
export function DemoNotice() {
  const { t } = useTranslation();
  return (
    <div className="alert alert-warning" data-testid="demo-notice">
      <p>
        <span className="badge badge-demo">{t('areas.demoBadge')}</span> {t('areas.demoNotice')}
      </p>
    </div>
  );
}
