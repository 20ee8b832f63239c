import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportRowErrors } from '@/components/import-row-errors';
import { ErrorAlert } from '@/components/error-alert';
import { FieldsetField, FormField } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import type { FieldError, ImportReport } from '@/lib/api/types';
import { useImportIndicatorValues, type ImportMode } from '../api/import-indicator-values';

const contentTypeOf = (file: File) =>
  file.name.toLowerCase().endsWith('.json') || file.type === 'application/json' ? 'application/json' : 'text/csv';

/** Upload a file, see the dry run's report row by row, then store it. */
export function ImportPanel() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const [stored, setStored] = useState<ImportReport | null>(null);
  const dryRun = useImportIndicatorValues();
  const store = useImportIndicatorValues();

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
        <FormField label={t('indicators.values.import.file')} hint={t('indicators.values.import.fileHint')}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,.txt,.json,text/csv,application/json"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                reset();
              }}
            />
          )}
        </FormField>
        <FieldsetField legend={t('indicators.values.import.modeLabel')}>
          {(['all-or-nothing', 'skip-invalid'] as const).map((option) => (
            <label key={option} className="block-label">
              <input
                type="radio"
                name="mode"
                value={option}
                checked={mode === option}
                onChange={() => {
                  setMode(option);
                  reset();
                }}
              />{' '}
              {t(`indicators.values.import.mode.${option}`)}
            </label>
          ))}
        </FieldsetField>
        <p>
          <button type="submit" className="button" disabled={!file || dryRun.isPending}>
            {t('indicators.values.import.check')}
          </button>
        </p>
      </form>

      <div aria-live="polite">
        {dryRun.isPending && <p role="status">{t('indicators.values.import.checking')}</p>}
        {dryRun.isError && <UploadError error={dryRun.error} />}
        {checked && (
          <section aria-labelledby="dry-run-heading" className="section" data-testid="dry-run-report">
            <h2 id="dry-run-heading">{t('indicators.values.import.dryRunHeading')}</h2>
            <ReportSummary report={checked} />
            <RowErrors errors={checked.errors} />
            {rejected ? (
              <p className="alert alert-error">{t('indicators.values.import.wouldBeRejected')}</p>
            ) : stored ? null : (
              <p>
                <button type="button" className="button" onClick={save} disabled={store.isPending || checked.rowsValid === 0}>
                  {t('indicators.values.import.store', { count: checked.rowsValid })}
                </button>
              </p>
            )}
          </section>
        )}
        {store.isPending && <p role="status">{t('indicators.values.import.storing')}</p>}
        {store.isError && <UploadError error={store.error} />}
        {stored && (
          <section aria-labelledby="stored-heading" className="section" data-testid="import-result">
            <h2 id="stored-heading">{t('indicators.values.import.storedHeading')}</h2>
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
        <dt>{t('indicators.values.import.rowsRead')}</dt>
        <dd>{report.rowsRead}</dd>
      </div>
      <div>
        <dt>{t('indicators.values.import.rowsValid')}</dt>
        <dd>{report.rowsValid}</dd>
      </div>
      <div>
        <dt>{t('indicators.values.import.rowsRejected')}</dt>
        <dd>{report.rowsRejected}</dd>
      </div>
      <div>
        <dt>{t('indicators.values.import.rowsStored')}</dt>
        <dd data-testid="rows-stored">{report.rowsStored}</dd>
      </div>
      <div>
        <dt>{t('indicators.values.import.rowsUnchanged')}</dt>
        <dd>{report.rowsUnchanged}</dd>
      </div>
      <div>
        <dt>{t('indicators.values.import.format')}</dt>
        <dd>
          {report.encoding}
          {report.delimiter && `, ${t('indicators.values.import.delimiter')} “${report.delimiter === '\t' ? 'tab' : report.delimiter}”`}
        </dd>
      </div>
    </dl>
  );
}

function RowErrors({ errors }: { errors: FieldError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return <p>{t('indicators.values.import.noErrors')}</p>;
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
