import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useReplaceConclusions, type EvaluationConclusions, type EvaluationContent } from '../api/evaluation';
import type { CrimeStatistics, Report, ReportCount } from '../api/types';
import '../evaluation-strings';
import { ApprovePanel } from './approve-panel';
import { useCrimeLabels } from './crime-labels';
import { DownloadButtons } from './download-buttons';
import { CategoryCharts, IndicatorChart } from './evaluation-charts';
import { ReportStatusBadge } from './report-status';
import { formatDateTime } from './reports-table';

interface EvaluationBuilderProps {
  report: Report;
  etag: string | null;
  editable: boolean;
  saved: boolean;
  onSaved: (version: number) => void;
  onReload: () => void;
}

/**
 * The evaluation of a policy period: its sections as tables (goals and indicators, yearly crime,
 * measures, agreements, effect follow-ups), the coordinator's conclusions and approval.
 */
export default function EvaluationBuilder({ report, etag, editable, saved, onSaved, onReload }: EvaluationBuilderProps) {
  const { t } = useTranslation();
  const { locale, text: localize } = useLocalized();
  const save = useReplaceConclusions();
  const content = report.evaluation as EvaluationContent;
  const stored = report.conclusions ?? { overall: '', goals: [] };
  const [overall, setOverall] = useState(stored.overall);
  const [byGoal, setByGoal] = useState<Record<number, string>>(
    Object.fromEntries(stored.goals.map((g) => [g.goalNumber, g.text])),
  );
  const isDraft = report.status === 'draft';
  const canEdit = editable && isDraft;
  const conclusions: EvaluationConclusions = {
    overall,
    goals: Object.entries(byGoal)
      .filter(([, text]) => text.trim() !== '')
      .map(([number, text]) => ({ goalNumber: Number(number), text })),
  };
  const dirty = canEdit && JSON.stringify(conclusions) !== JSON.stringify(stored);
  const problem = isApiProblem(save.error) ? save.error : undefined;
  const field = useFormFields(groupFieldErrors(save.error));
  const title = t('evaluation.title', { period: report.period });

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/reports">{t('nav.reports')}</Link>
          </li>
          <li>
            <span aria-current="page">{title}</span>
          </li>
        </ol>
      </nav>
      <div className="page-heading">
        <h1>
          {title} <ReportStatusBadge status={report.status} />
        </h1>
        <p className="lead">
          {isDraft
            ? t('evaluation.draftLead', { builtAt: formatDateTime(content.builtAt, locale) })
            : t('reports.approvedLead', { approvedAt: formatDateTime(report.approvedAt, locale), approvedBy: report.approvedBy ?? '' })}
        </p>
      </div>
      <DownloadButtons id={report.id} period={report.period} />
      <section className="section" aria-labelledby="conclusions-heading">
        <h2 id="conclusions-heading">{t('evaluation.conclusions.heading')}</h2>
        {canEdit ? (
          <form className="report-sections-form" noValidate aria-labelledby="conclusions-heading"
            onSubmit={(event) => {
              event.preventDefault();
              if (!etag) return;
              save.mutate({ id: report.id, etag, conclusions }, { onSuccess: (changed) => onSaved(changed.version) });
            }}>
            {problem?.status === 412 && (
              <div className="alert alert-error" role="alert">
                <p className="alert-title">{t('reports.editor.stale')}</p>
                <button type="button" className="button" onClick={() => { save.reset(); onReload(); }}>
                  {t('reports.editor.reload')}
                </button>
              </div>
            )}
            {problem && problem.status !== 412 && (
              <div className="alert alert-error" role="alert">
                <p className="alert-title">{t('reports.editor.failed', { message: problem.detail ?? problem.title })}</p>
              </div>
            )}
            <FormField {...field('overall')} label={t('evaluation.conclusions.overall')}>
              {(control) => (
                <textarea {...control} name="overall" rows={6} value={overall} onChange={(e) => setOverall(e.target.value)} />
              )}
            </FormField>
            {content.goals.map((goal, row) => (
              <FormField key={goal.goal.id} {...field(`goals[${row}].text`)}
                label={`${t('evaluation.conclusions.goal', { number: goal.goal.number })}: ${localize(goal.goal.title)}`}>
                {(control) => (
                  <textarea {...control} name={`goal-${goal.goal.number}`} rows={3} value={byGoal[goal.goal.number] ?? ''}
                    onChange={(e) => setByGoal({ ...byGoal, [goal.goal.number]: e.target.value })} />
                )}
              </FormField>
            ))}
            <div className="form-actions">
              <button type="submit" className="button" disabled={save.isPending}>
                {t('evaluation.conclusions.save')}
              </button>
              <span role="status" className="muted">
                {saved && !dirty ? t('evaluation.conclusions.saved') : ''}
              </span>
            </div>
          </form>
        ) : (
          <Conclusions conclusions={stored} content={content} />
        )}
      </section>
      {canEdit && <ApprovePanel id={report.id} dirty={dirty} />}
      <EvaluationSections content={content} />
    </>
  );
}

function Conclusions({ conclusions, content }: { conclusions: EvaluationConclusions; content: EvaluationContent }) {
  const { t } = useTranslation();
  const { text: localize } = useLocalized();
  if (!conclusions.overall && conclusions.goals.length === 0) return <p>{t('evaluation.conclusions.none')}</p>;
  return (
    <>
      {conclusions.overall && <p className="prewrap">{conclusions.overall}</p>}
      {conclusions.goals.map((g) => {
        const goal = content.goals.find((x) => x.goal.number === g.goalNumber);
        return (
          <div key={g.goalNumber}>
            <h3>
              {t('evaluation.conclusions.goal', { number: g.goalNumber })}
              {goal ? `: ${localize(goal.goal.title)}` : ''}
            </h3>
            <p className="prewrap">{g.text}</p>
          </div>
        );
      })}
    </>
  );
}

function EvaluationSections({ content }: { content: EvaluationContent }) {
  const { t } = useTranslation();
  const labels = useCrimeLabels();
  const { text: localize } = useLocalized();
  const number = (value: number | null | undefined) => (value == null ? '–' : String(value));
  const m = content.measures;
  const c = content.agreements.commitmentCounts;
  return (
    <>
      <section className="section" aria-labelledby="evaluation-goals">
        <h2 id="evaluation-goals">{t('evaluation.goals.heading')}</h2>
        {content.goals.map((goal) => (
          <div key={goal.goal.id}>
            <h3>
              {goal.goal.number}. {localize(goal.goal.title)}
            </h3>
            {goal.indicators.length === 0 ? (
              <p>{t('evaluation.goals.none')}</p>
            ) : (
              <div className="table-scroll" role="region" tabIndex={0}
                aria-label={`${goal.goal.number}. ${localize(goal.goal.title)}`}>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('evaluation.indicator.name')}</th>
                      <th scope="col">{t('evaluation.indicator.baseline')}</th>
                      <th scope="col">{t('evaluation.indicator.latest')}</th>
                      <th scope="col">{t('evaluation.indicator.target')}</th>
                      <th scope="col">{t('evaluation.indicator.outcome')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {goal.indicators.map((i) => (
                      <tr key={i.indicator.id}>
                        <th scope="row">{localize(i.indicator.name)}</th>
                        <td>{i.baseline ? `${i.baseline.value} (${i.baseline.period})` : '–'}</td>
                        <td>{i.series?.latest ? `${number(i.series.latest.value)} (${i.series.latest.period})` : '–'}</td>
                        <td>{i.series?.target ? `${i.series.target.value} (${i.series.target.year})` : '–'}</td>
                        <td>{t(`evaluation.outcome.${i.targetOutcome}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {goal.indicators.map((i) => <IndicatorChart key={i.indicator.id} indicator={i} />)}
          </div>
        ))}
      </section>
      <section className="section" aria-labelledby="evaluation-crime">
        <h2 id="evaluation-crime">{t('evaluation.crime.heading')}</h2>
        <YearlyTable title={t('evaluation.crime.byCategory')} statistics={content.crime.byCategory}
          label={(x) => labels.category(content.crime.byCategory, x.category)}
          charts={<CategoryCharts statistics={content.crime.byCategory} />} />
        <YearlyTable title={t('evaluation.crime.byDistrict')} statistics={content.crime.byDistrict}
          label={(x) => content.crime.byDistrict.areas.find((a) => a.code === x.area)?.name ?? x.area ?? ''} />
        <YearlyTable title={t('evaluation.crime.bySex')} statistics={content.crime.bySex} label={(x) => labels.sex(x.sex)} />
        <YearlyTable title={t('evaluation.crime.byAgeGroup')} statistics={content.crime.byAgeGroup} label={(x) => labels.ageGroup(x.ageGroup)} />
      </section>
      <section className="section" aria-labelledby="evaluation-measures">
        <h2 id="evaluation-measures">{t('evaluation.measures.heading')}</h2>
        <p data-testid="evaluation-measures-total">{t('evaluation.measures.total', { count: m.total })}</p>
        <CountTable title={t('evaluation.measures.byStatus')} counts={m.byStatus} />
        <CountTable title={t('evaluation.measures.byPreventionType')} counts={m.byPreventionType} />
        <CountTable title={t('evaluation.measures.byPreventionLevel')} counts={m.byPreventionLevel} />
        <CountTable title={t('evaluation.measures.byOrganisation')} counts={m.byOrganisation} />
      </section>
      <section className="section" aria-labelledby="evaluation-agreements">
        <h2 id="evaluation-agreements">{t('evaluation.agreements.heading')}</h2>
        <p>{t('evaluation.agreements.body', { total: content.agreements.total, ...c })}</p>
      </section>
      <section className="section" aria-labelledby="evaluation-effects">
        <h2 id="evaluation-effects">{t('evaluation.effects.heading')}</h2>
        {content.evaluations.length === 0 ? (
          <p>{t('evaluation.effects.none')}</p>
        ) : (
          <ul>
            {content.evaluations.map((e) => (
              <li key={e.measureId}>
                <strong>{e.measureTitle}</strong> – {localize(e.outcome)}: {localize(e.sentence)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** One row per label, one column per year. */
function YearlyTable({ title, statistics, label, charts }: {
  title: string;
  statistics: CrimeStatistics;
  label: (cell: CrimeStatistics['cells'][number]) => string;
  /** Drawn between the heading and the table, which holds their figures. */
  charts?: ReactNode;
}) {
  const { t } = useTranslation();
  const years = [...new Set(statistics.cells.map((x) => x.period ?? ''))];
  const rows = new Map<string, Map<string, string>>();
  for (const cell of statistics.cells) {
    const name = label(cell);
    if (!rows.has(name)) rows.set(name, new Map());
    rows.get(name)?.set(cell.period ?? '', cell.suppressed ? t('evaluation.crime.suppressed') : String(cell.count ?? '–'));
  }
  return (
    <>
      <h3>{title}</h3>
      {charts}
      <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
        <table className="data-table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col">{t('evaluation.crime.row')}</th>
              {years.map((y) => (
                <th scope="col" key={y}>{y}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...rows.entries()].map(([name, byYear]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {years.map((y) => (
                  <td key={y}>{byYear.get(y) ?? '–'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function CountTable({ title, counts }: { title: string; counts: ReportCount[] }) {
  const { t } = useTranslation();
  const { text: localize } = useLocalized();
  return (
    <>
      <h3>{title}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('evaluation.measures.what')}</th>
            <th scope="col">{t('evaluation.measures.count')}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((x) => (
            <tr key={x.key}>
              <th scope="row">{localize(x.label)}</th>
              <td>{x.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
