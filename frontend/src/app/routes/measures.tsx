import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** A page in the frame for a feature that is being built; it says so and shows no figures. */
export function MeasuresRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('measures.title'));
  return (
    <div className="page-heading">
      <h1>{t('measures.heading')}</h1>
      <p className="lead">{t('measures.body')}</p>
    </div>
  );
}
