import { useTranslation } from 'react-i18next';
import { config } from '@/config';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** DIGG's page for reporting a shortcoming to the supervisory authority. */
const DIGG_REPORT = 'https://www.digg.se/tdosanmalan';

/**
 * The accessibility statement (tillgänglighetsredogörelse) in the sections the supervisory
 * authority (Digg) prescribes, stating the WCAG 2.1 AA status the tests support.
 */
export function AccessibilityRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('accessibility.title'));
  const contact = (
    <p>
      {t('accessibility.contactEmail')}
      <a href={`mailto:${config.accessibilityContact}`}>{config.accessibilityContact}</a>
      <br />
      {t('accessibility.answerTime')}
    </p>
  );
  return (
    <article className="prose">
      <h1>{t('accessibility.heading')}</h1>
      <p className="lead">{t('accessibility.intro', { organisation: t('app.municipality') })}</p>

      <h2>{t('accessibility.howAccessible')}</h2>
      <p>{t('accessibility.howAccessibleText')}</p>

      <h2>{t('accessibility.whatCanYouDo')}</h2>
      <p>{t('accessibility.whatCanYouDoText')}</p>
      {contact}

      <h2>{t('accessibility.report')}</h2>
      <p>{t('accessibility.reportText')}</p>
      {contact}

      <h2>{t('accessibility.supervision')}</h2>
      <p>{t('accessibility.supervisionText')}</p>
      <p>
        <a href={DIGG_REPORT}>{t('accessibility.supervisionLink')}</a>
      </p>

      <h2>{t('accessibility.technical')}</h2>
      <p>{t('accessibility.technicalText')}</p>

      <h3>{t('accessibility.notAccessible')}</h3>
      <p>{t('accessibility.notAccessibleIntro')}</p>
      <ul>
        <li>{t('accessibility.gapScreenReaders')}</li>
        <li>{t('accessibility.gapMaps')}</li>
        <li>{t('accessibility.gapLogin')}</li>
        <li>{t('accessibility.gapDocuments')}</li>
      </ul>

      <h2>{t('accessibility.howTested')}</h2>
      <p>{t('accessibility.howTestedText')}</p>
      <p>{t('accessibility.dates')}</p>
    </article>
  );
}
