import { useTranslation } from 'react-i18next';
import { QueryBoundary } from '@/components/query-boundary';
import { useSituationPictures } from '@/features/situation-pictures/api/get-situation-pictures';
import { NewSituationPictureForm } from '@/features/situation-pictures/components/new-situation-picture-form';
import { SituationPicturesTable } from '@/features/situation-pictures/components/situation-pictures-table';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useCaller } from '../measures/use-caller';

/** Lägesbilder: adopted ones for everyone, drafts too for signed-in readers. */
export function SituationPicturesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('situationPictures.title'));
  const caller = useCaller();
  const list = useSituationPictures();
  return (
    <>
      <div className="page-heading">
        <h1>{t('situationPictures.title')}</h1>
      </div>
      <p className="lead">{t('situationPictures.intro')}</p>
      {caller.isCoordinator && <NewSituationPictureForm />}
      <QueryBoundary query={list}>{(page) => <SituationPicturesTable items={page.items} />}</QueryBoundary>
    </>
  );
}
