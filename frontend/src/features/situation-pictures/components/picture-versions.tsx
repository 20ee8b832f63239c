import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import type { SituationPicture } from '@/lib/api/types';
import { useNewSituationPictureVersion } from '../api/new-situation-picture-version';

/**
 * A lägesbild's versions, oldest first, each a link (the earlier ones are adopted and read-only);
 * the coordinator starts a new version of the newest one once it is adopted.
 */
export function PictureVersions({ picture, coordinator }: { picture: SituationPicture; coordinator: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const newVersion = useNewSituationPictureVersion();
  const newest = picture.versions[picture.versions.length - 1];
  const isNewest = newest === undefined || newest.id === picture.id;
  const offersNewVersion = coordinator && picture.status === 'adopted' && isNewest;
  if (picture.versions.length <= 1 && !offersNewVersion) return null;
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('situationPictures.versions.heading')}</h2>
      {!isNewest && newest && (
        <p className="alert alert-warning" data-testid="newer-version">
          {t('situationPictures.versions.newer')} <Link to={`/situation-pictures/${newest.id}`}>{newest.title}</Link>
        </p>
      )}
      {picture.versions.length > 1 && (
        <ol data-testid="picture-versions">
          {picture.versions.map((v) => (
            <li key={v.id}>
              {v.id === picture.id ? (
                <span aria-current="page">{v.title}</span>
              ) : (
                <Link to={`/situation-pictures/${v.id}`}>{v.title}</Link>
              )}{' '}
              ({t(`situationPictures.status.${v.status}`)}
              {v.decision && `, ${v.decision.body} ${v.decision.date}`})
            </li>
          ))}
        </ol>
      )}
      {offersNewVersion && (
        <>
          <p>{t('situationPictures.versions.body')}</p>
          {newVersion.isError && <ErrorAlert error={newVersion.error} />}
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={newVersion.isPending}
              onClick={() =>
                newVersion.mutate(picture.id, { onSuccess: (draft) => void navigate(`/situation-pictures/${draft.id}`) })
              }
            >
              {t('situationPictures.versions.start')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
