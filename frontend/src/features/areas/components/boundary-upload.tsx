import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import {
  useReplaceAreaBoundaries,
  type AreaBoundaryUpload,
} from '../api/replace-area-boundaries';

/** The file's text, read with FileReader (which every browser, and jsdom, has). */
const readText = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });

/** The coordinator loads real district boundaries from a GeoJSON FeatureCollection file. */
export function BoundaryUpload() {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const upload = useReplaceAreaBoundaries();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFileError(null);
    upload.reset();
    if (!file) {
      setFileError(t('areas.boundaryUpload.noFile'));
      return;
    }
    let parsed: AreaBoundaryUpload;
    try {
      parsed = JSON.parse(await readText(file)) as AreaBoundaryUpload;
    } catch {
      setFileError(t('areas.boundaryUpload.notJson', { name: file.name }));
      return;
    }
    upload.mutate({ upload: parsed, dryRun });
  };

  const report = upload.data;
  return (
    <section className="section" aria-labelledby={`${id}-heading`} data-testid="boundary-upload">
      <h2 id={`${id}-heading`}>{t('areas.boundaryUpload.heading')}</h2>
      <p>{t('areas.boundaryUpload.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormField label={t('areas.boundaryUpload.fileLabel')} errors={fileError ? [fileError] : undefined} alert>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".geojson,.json,application/geo+json,application/json"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </FormField>
        <FormField label={t('areas.boundaryUpload.dryRun')} inline className="field field-checkbox">
          {(control) => (
            <input {...control} type="checkbox" checked={dryRun} onChange={(event) => setDryRun(event.target.checked)} />
          )}
        </FormField>
        <button type="submit" className="button" disabled={upload.isPending}>
          {upload.isPending ? t('areas.boundaryUpload.sending') : t('areas.boundaryUpload.submit')}
        </button>
      </form>
      {upload.isError && <ErrorAlert error={upload.error} title={t('areas.boundaryUpload.failed')} />}
      {report && (
        <div role="status" data-testid="boundary-upload-report">
          <p className="alert-title">
            {report.dryRun
              ? t('areas.boundaryUpload.checked', { count: report.featuresRead })
              : t('areas.boundaryUpload.stored', { stored: report.areasStored, unchanged: report.areasUnchanged })}
          </p>
          <div className="table-scroll" role="region" aria-label={t('areas.boundaryUpload.reportCaption')} tabIndex={0}>
            <table className="data-table">
              <caption>{t('areas.boundaryUpload.reportCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('areas.boundaryUpload.row')}
                  </th>
                  <th scope="col">{t('maps.area')}</th>
                  <th scope="col">{t('areas.boundaryUpload.result')}</th>
                </tr>
              </thead>
              <tbody>
                {report.items.map((item) => (
                  <tr key={item.row}>
                    <td className="num">{item.row}</td>
                    <th scope="row">
                      {item.name} <span className="muted">({item.code})</span>
                    </th>
                    <td>
                      {item.result === 'unchanged'
                        ? t('areas.boundaryUpload.unchanged')
                        : report.dryRun
                          ? t('areas.boundaryUpload.wouldStore')
                          : item.replacedDemo
                            ? t('areas.boundaryUpload.replacedDemo')
                            : t('areas.boundaryUpload.storedItem')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
