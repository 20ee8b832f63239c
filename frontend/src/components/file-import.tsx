import type { UseMutationResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportRowErrors } from '@/components/import-row-errors';
import { ErrorAlert } from '@/components/error-alert';
import { FieldsetField, FormField } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import type { FieldError, ImportReport } from '@/lib/api/types';

export type ImportMode = 'all-or-nothing' | 'skip-invalid';

/** What an import of a file is sent: the file as it is, its media type, the mode and whether it is a dry run. */
export interface FileImportInput {
  file: Blob;
  contentType: string;
  mode: ImportMode;
  dryRun: boolean;
}

interface FileImportProps {
  /** The mutation that sends the file; called twice, for the dry run and for storing. */
  useImport: () => UseMutationResult<ImportReport, Error, FileImportInput>;
  fileLabel: string;
  fileHint: string;
  /** The file input's `accept`. */
  accept?: string;
  /** The media type a chosen file is sent as. */
  contentTypeOf?: (file: File) => string;
  /** Tells the radio groups of two imports on one page apart. */
  name?: string;
}

/**
 * Every import of the app: upload a file, see the dry run's report row by row, then store it
 * (all-or-nothing, or skipping the invalid rows).
 */
export function FileImport({
  useImport,
  fileLabel,
  fileHint,
  accept = '.csv,.txt,text/csv',
  contentTypeOf = () => 'text/csv',
  name = 'mode',
}: FileImportProps) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const [stored, setStored] = useState<ImportReport | null>(null);
  const dryRun = useImport();
  const store = useImport();

  const reset = () => {
    setChecked(null);
    setStored(null);
    dryRun.reset();
    store.reset();
  };

  const check = () => {
    if (!file) return;
    reset();
    dryRun.mutate({ file, contentType: contentTypeOf(file), mode, dryRun: true }, { onSuccess: setChecked });
  };
  const save = () => {
    if (!file) return;
    store.mutate({ file, contentType: contentTypeOf(file), mode, dryRun: false }, { onSuccess: setStored });
  };
  const rejected = checked !== null && checked.rowsRejected > 0 && mode === 'all-or-nothing';

  return (
    <>
      <form
        className="import-form"
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        <FormField label={fileLabel} hint={fileHint}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept={accept}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                reset();
              }}
            />
          )}
        </FormField>
        <FieldsetField legend={t('imports.modeLabel')}>
          {(['all-or-nothing', 'skip-invalid'] as const).map((option) => (
            <label key={option} className="block-label">
              <input
                type="radio"
                name={name}
                value={option}
                checked={mode === option}
                onChange={() => {
                  setMode(option);
                  reset();
                }}
              />{' '}
              {t(`imports.mode.${option}`)}
            </label>
          ))}
        </FieldsetField>
        <p>
          <button type="submit" className="button" disabled={!file || dryRun.isPending}>
            {t('imports.check')}
          </button>
        </p>
      </form>

      <div aria-live="polite">
        {dryRun.isPending && <p role="status">{t('imports.checking')}</p>}
        {dryRun.isError && <UploadError error={dryRun.error} />}
        {checked && (
          <section aria-labelledby={`${id}-dry-run`} className="section" data-testid="dry-run-report">
            <h2 id={`${id}-dry-run`}>{t('imports.dryRunHeading')}</h2>
            <ReportSummary report={checked} />
            <RowErrors errors={checked.errors} />
            {rejected ? (
              <p className="alert alert-error">{t('imports.wouldBeRejected')}</p>
            ) : stored ? null : (
              <p>
                <button type="button" className="button" onClick={save} disabled={store.isPending || checked.rowsValid === 0}>
                  {t('imports.store', { count: checked.rowsValid })}
                </button>
              </p>
            )}
          </section>
        )}
        {store.isPending && <p role="status">{t('imports.storing')}</p>}
        {store.isError && <UploadError error={store.error} />}
        {stored && (
          <section aria-labelledby={`${id}-stored`} className="section" data-testid="import-result">
            <h2 id={`${id}-stored`}>{t('imports.storedHeading')}</h2>
            <ReportSummary report={stored} />
          </section>
        )}
      </div>
    </>
  );
}

function ReportSummary({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <dl className="facts import-summary">
      <div>
        <dt>{t('imports.rowsRead')}</dt>
        <dd>{report.rowsRead}</dd>
      </div>
      <div>
        <dt>{t('imports.rowsValid')}</dt>
        <dd>{report.rowsValid}</dd>
      </div>
      <div>
        <dt>{t('imports.rowsRejected')}</dt>
        <dd>{report.rowsRejected}</dd>
      </div>
      <div>
        <dt>{t('imports.rowsStored')}</dt>
        <dd data-testid="rows-stored">{report.rowsStored}</dd>
      </div>
      <div>
        <dt>{t('imports.rowsUnchanged')}</dt>
        <dd>{report.rowsUnchanged}</dd>
      </div>
      <div>
        <dt>{t('imports.format')}</dt>
        <dd>
          {report.encoding}
          {report.delimiter && `, ${t('imports.delimiter')} “${report.delimiter === '\t' ? 'tab' : report.delimiter}”`}
        </dd>
      </div>
    </dl>
  );
}

function RowErrors({ errors }: { errors: FieldError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return <p>{t('imports.noErrors')}</p>;
  return <ImportRowErrors errors={errors} testId="row-errors" />;
}

/** A file the API could not take: the problem, and its rows when it names any. */
function UploadError({ error }: { error: Error }) {
  if (isApiProblem(error) && error.errors.length > 0) {
    return (
      <div className="alert alert-error" role="alert">
        <p>
          <strong>{error.title}</strong>
          {error.detail && <> – {error.detail}</>}
        </p>
        <RowErrors errors={error.errors} />
      </div>
    );
  }
  return <ErrorAlert error={error} />;
}
