import { useEffect, useId, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FieldsetField, FormField } from '@/components/form-field';
import { ImportRowErrors } from '@/components/import-row-errors';
import { isApiProblem } from '@/lib/api/api-problem';
import type { CrimeStatisticsImport, FieldError } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { isFinished, useCrimeStatisticsImport } from '../api/get-crime-statistics-import';
import { useImportCrimeStatistics, type CrimeImportMode } from '../api/import-crime-statistics';
import { crimeStatisticsKeys } from '../api/query-keys';

/** The roles that may import, as the contract's `x-roles` of `importCrimeStatistics` names them. */
export const CRIME_IMPORT_ROLES = ['partner', 'coordinator'] as const;

export const canImportCrimeStatistics = (roles: readonly string[] | undefined) =>
  (roles ?? []).some((role) => (CRIME_IMPORT_ROLES as readonly string[]).includes(role));

/**
 * A coordinator or partner imports a CSV file of reported crimes: first a dry run that reports
 * every row, then — when the file can be stored — the import itself, each a job whose progress
 * is polled and shown.
 */
export function CrimeImportPanel({ chooseSource = false }: { chooseSource?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<CrimeImportMode>('all-or-nothing');
  // A coordinator usually loads the police's figures on their behalf: a re-delivery replaces
  // a month only for the same source, so the source must be the police, not the coordinator.
  const [source, setSource] = useState('polisen');
  const sourceParam = chooseSource ? source.trim() || undefined : undefined;
  const [fileError, setFileError] = useState<string | null>(null);
  const [checkId, setCheckId] = useState<number>();
  const [importId, setImportId] = useState<number>();
  const check = useImportCrimeStatistics();
  const store = useImportCrimeStatistics();
  const checkJob = useCrimeStatisticsImport(checkId);
  const importJob = useCrimeStatisticsImport(importId);

  const importSucceeded = importJob.data?.state === 'succeeded';
  useEffect(() => {
    // New figures: every answer about crime statistics may have changed.
    if (importSucceeded) void queryClient.invalidateQueries({ queryKey: crimeStatisticsKeys.figures() });
  }, [importSucceeded, queryClient]);

  const reset = () => {
    setCheckId(undefined);
    setImportId(undefined);
    check.reset();
    store.reset();
    setFileError(null);
  };

  const runCheck = (event: FormEvent) => {
    event.preventDefault();
    reset();
    if (!file) {
      setFileError(t('crimeStatistics.import.noFile'));
      return;
    }
    check.mutate({ file, dryRun: true, mode, source: sourceParam }, { onSuccess: (job) => setCheckId(job.id) });
  };

  const runImport = () => {
    if (!file) return;
    store.mutate({ file, dryRun: false, mode, source: sourceParam }, { onSuccess: (job) => setImportId(job.id) });
  };

  const checked = checkJob.data;
  const report = checked?.report;
  const storable =
    checked?.state === 'succeeded' &&
    !!report &&
    report.rowsValid > 0 &&
    (report.rowsRejected === 0 || mode === 'skip-invalid');

  return (
    <section id="crime-import" className="section import-panel" aria-labelledby={`${id}-heading`} data-testid="crime-import">
      <h2 id={`${id}-heading`}>{t('crimeStatistics.import.heading')}</h2>
      <p>{t('crimeStatistics.import.intro')}</p>
      <p className="hint">
        {t('crimeStatistics.import.header')} <code>month,area,category,sex,ageGroup,count</code>
      </p>
      <form onSubmit={runCheck} noValidate>
        <FormField label={t('crimeStatistics.import.fileLabel')} errors={fileError ? [fileError] : undefined} alert>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,.txt,text/csv"
              onChange={(event) => {
                reset();
                setFile(event.target.files?.[0] ?? null);
              }}
            />
          )}
        </FormField>
        {chooseSource && (
          <FormField label={t('crimeStatistics.import.source')} hint={t('crimeStatistics.import.sourceHint')}>
            {(control) => (
              <input
                {...control}
                type="text"
                value={source}
                onChange={(event) => {
                  reset();
                  setSource(event.target.value);
                }}
              />
            )}
          </FormField>
        )}
        <FieldsetField legend={t('crimeStatistics.import.mode')} className="control-group">
          {(['all-or-nothing', 'skip-invalid'] as const).map((value) => (
            <label key={value} className="field-checkbox">
              <input
                type="radio"
                name={`${id}-mode`}
                value={value}
                checked={mode === value}
                onChange={() => {
                  reset();
                  setMode(value);
                }}
              />
              {t(`crimeStatistics.import.modes.${value}`)}
            </label>
          ))}
        </FieldsetField>
        <button type="submit" className="button" disabled={check.isPending}>
          {t('crimeStatistics.import.check')}
        </button>
      </form>

      {check.isError && <ProblemAlert error={check.error} title={t('crimeStatistics.import.fileRejected')} />}
      {checkJob.isError && <ProblemAlert error={checkJob.error} title={t('crimeStatistics.import.pollFailed')} />}
      {checked && <JobStatus job={checked} title={t('crimeStatistics.import.checkHeading')} />}

      {checked && isFinished(checked) && (
        storable ? (
          <div className="import-next">
            <p>{t('crimeStatistics.import.ready', { count: report.rowsValid, months: checked.months.join(', ') })}</p>
            <button
              type="button"
              className="button"
              onClick={runImport}
              disabled={store.isPending || importId !== undefined}
            >
              {t('crimeStatistics.import.store')}
            </button>
          </div>
        ) : (
          <p className="alert alert-error" data-testid="import-blocked">
            {t('crimeStatistics.import.blocked')}
          </p>
        )
      )}

      {store.isError && <ProblemAlert error={store.error} title={t('crimeStatistics.import.fileRejected')} />}
      {importJob.isError && <ProblemAlert error={importJob.error} title={t('crimeStatistics.import.pollFailed')} />}
      {importJob.data && <JobStatus job={importJob.data} title={t('crimeStatistics.import.importHeading')} />}
    </section>
  );
}

/** A job's state, its progress bar while running, and its report with every rejected row. */
function JobStatus({ job, title }: { job: CrimeStatisticsImport; title: string }) {
  const { t } = useTranslation();
  const { number } = useLocalized();
  const id = useId();
  const report = job.report;
  const percent = Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
  return (
    <div className="import-job" data-testid={job.dryRun ? 'import-check' : 'import-run'}>
      <h3>{title}</h3>
      <p role="status" aria-live="polite">
        {t(`crimeStatistics.import.state.${job.state}`)}
      </p>
      <div className="field">
        <label htmlFor={`${id}-progress`}>{t('crimeStatistics.import.progress')}</label>
        <progress id={`${id}-progress`} max={100} value={percent}>
          {percent} %
        </progress>
        <span>
          {t('crimeStatistics.import.rowsProgress', {
            percent,
            read: number(job.rowsRead),
            expected: number(job.rowsExpected),
          })}
        </span>
      </div>
      {job.detail && <p>{job.detail}</p>}
      {report && (
        <>
          <dl className="facts">
            <div>
              <dt>{t('crimeStatistics.import.rowsRead')}</dt>
              <dd>{number(report.rowsRead)}</dd>
            </div>
            <div>
              <dt>{t('crimeStatistics.import.rowsValid')}</dt>
              <dd>{number(report.rowsValid)}</dd>
            </div>
            <div>
              <dt>{t('crimeStatistics.import.rowsRejected')}</dt>
              <dd>{number(report.rowsRejected)}</dd>
            </div>
            {!job.dryRun && (
              <>
                <div>
                  <dt>{t('crimeStatistics.import.rowsStored')}</dt>
                  <dd>{number(report.rowsStored)}</dd>
                </div>
                <div>
                  <dt>{t('crimeStatistics.import.rowsUnchanged')}</dt>
                  <dd>{number(report.rowsUnchanged)}</dd>
                </div>
              </>
            )}
            {job.months.length > 0 && (
              <div>
                <dt>{t('crimeStatistics.import.months')}</dt>
                <dd>{job.months.join(', ')}</dd>
              </div>
            )}
          </dl>
          <RowErrors errors={report.errors} />
        </>
      )}
    </div>
  );
}

/** A problem answer (file unreadable, too large, not allowed) with its errors per row. */
function ProblemAlert({ error, title }: { error: unknown; title: string }) {
  const { t } = useTranslation();
  const problem = isApiProblem(error) ? error : undefined;
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{title}</p>
      {problem ? (
        <>
          <p>{t('state.errorStatus', { title: problem.title, status: problem.status })}</p>
          {problem.detail && <p>{problem.detail}</p>}
          <RowErrors errors={problem.errors} />
        </>
      ) : (
        <p>{t('state.errorUnreachable')}</p>
      )}
    </div>
  );
}

function RowErrors({ errors }: { errors: FieldError[] }) {
  return <ImportRowErrors errors={errors} testId="import-errors" />;
}
