import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '@/components/echart';
import { useLocalized } from '@/lib/i18n/use-localized';
import type {
  CrimeFigure,
  CrimeStatistics,
  CrimeStatisticsCell,
  ReportContent,
  ReportCount,
  ReportSections,
} from '../api/types';
import { useCrimeLabels } from './crime-labels';
import { IndicatorStatusText, TrendText } from './report-status';
import { PlanInForceSection } from './plan-in-force';
import { shownSections } from './section-editor';
import { barOption } from './bar-option';

interface ReportPreviewProps {
  content: ReportContent;
  sections: ReportSections;
  exact: boolean;
}

/** The report as it reads: sections, goals with indicators, crime statistics and measures. */
export function ReportPreview({ content, sections, exact }: ReportPreviewProps) {
  const { t } = useTranslation();
  return (
    <article className="report-preview" aria-labelledby="preview-heading" data-testid="report-preview">
      <h2 id="preview-heading">{t('reports.preview.heading')}</h2>
      <p className="muted">{t('reports.preview.period', { from: content.from, to: content.to })}</p>
      {shownSections(content, sections).map((key) => (
        <section key={key} aria-labelledby={`preview-${key}`}>
          <h3 id={`preview-${key}`}>{t(`reports.sections.${key}`)}</h3>
          {sections[key].trim() ? (
            sections[key].split(/\n+/).map((paragraph, i) => <p key={i}>{paragraph}</p>)
          ) : (
            <p className="muted">{t('reports.preview.empty')}</p>
          )}
        </section>
      ))}
      {content.actionPlan && <PlanInForceSection plan={content.actionPlan} />}
      <GoalsSection content={content} />
      <CrimeSection content={content} exact={exact} />
      <MeasuresSection content={content} />
      <EvaluationsSection content={content} />
      <AgreementsSection content={content} />
      <SafetyAnalysesSection content={content} />
    </article>
  );
}

function GoalsSection({ content }: { content: ReportContent }) {
  const { t } = useTranslation();
  const { text, number } = useLocalized();
  return (
    <section aria-labelledby="preview-goals">
      <h3 id="preview-goals">{t('reports.goals.heading')}</h3>
      {content.goals.map(({ goal, indicators }) => (
        <section key={goal.id} aria-labelledby={`preview-goal-${goal.number}`}>
          <h4 id={`preview-goal-${goal.number}`} data-testid="report-goal">
            {t('reports.goals.goal', { number: goal.number, title: text(goal.title) })}
          </h4>
          {indicators.length === 0 ? (
            <p className="muted">{t('reports.goals.noIndicators')}</p>
          ) : (
            <div className="table-scroll" role="region" tabIndex={0}
              aria-label={t('reports.goals.tableLabel', { number: goal.number })}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('reports.indicators.indicator')}</th>
                    <th scope="col">{t('reports.indicators.latest')}</th>
                    <th scope="col">{t('reports.indicators.baseline')}</th>
                    <th scope="col">{t('reports.indicators.target')}</th>
                    <th scope="col">{t('reports.indicators.trend')}</th>
                    <th scope="col">{t('reports.indicators.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {indicators.map((i) => (
                    <tr key={i.indicator.id}>
                      <th scope="row">{text(i.indicator.name)}</th>
                      <td>{i.series?.latest
                          ? `${i.series.latest.value === null ? t('reports.indicators.suppressed') : i.series.latest.disclosure === 'rounded' ? t('reports.indicators.rounded', { value: number(i.series.latest.value) }) : number(i.series.latest.value)} (${i.series.latest.period})`
                          : '–'}</td>
                      <td>{i.baseline ? `${number(i.baseline.value)} (${i.baseline.period})` : '–'}</td>
                      <td>{i.series?.target ? `${number(i.series.target.value)} (${i.series.target.year})` : '–'}</td>
                      <td>
                        <TrendText trend={i.trend} />
                      </td>
                      <td>
                        <IndicatorStatusText status={i.series?.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </section>
  );
}

function useFigure() {
  const { t } = useTranslation();
  const { number } = useLocalized();
  return (figure: Pick<CrimeFigure, 'count' | 'suppressed'> | null | undefined) => {
    if (!figure) return '–';
    if (figure.suppressed) return t('reports.crime.suppressed');
    return figure.count == null ? '–' : number(figure.count);
  };
}

function CrimeTable({ statistics, label, caption }: {
  statistics: CrimeStatistics;
  label: (cell: CrimeStatisticsCell) => string;
  caption: string;
}) {
  const { t } = useTranslation();
  const figure = useFigure();
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.crime.group')}</th>
            <th scope="col">{t('reports.crime.count')}</th>
            <th scope="col">{t('reports.crime.previous')}</th>
            <th scope="col">{t('reports.crime.yearEarlier')}</th>
          </tr>
        </thead>
        <tbody>
          {statistics.cells.map((cell, i) => (
            <tr key={i}>
              <th scope="row">{label(cell)}</th>
              <td>{figure(cell)}</td>
              <td>{figure(cell.previous)}</td>
              <td>{figure(cell.yearEarlier)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CrimeSection({ content, exact }: { content: ReportContent; exact: boolean }) {
  const { t } = useTranslation();
  const labels = useCrimeLabels();
  const byArea = content.crime.byDistrict;
  const areaName = useMemo(() => new Map(byArea.areas.map((a) => [a.code, a.name])), [byArea]);
  // the districts, not the municipality they belong to (the area without a parent)
  const districtCells = byArea.cells.filter((cell) => byArea.areas.some((a) => a.code === cell.area && a.parentCode));
  const option = useMemo(
    () => barOption(districtCells.map((c) => areaName.get(c.area ?? '') ?? c.area ?? ''), districtCells.map((c) => c.count)),
    [districtCells, areaName],
  );
  return (
    <section aria-labelledby="preview-crime">
      <h3 id="preview-crime">{t('reports.crime.heading', { from: content.from, to: content.to })}</h3>
      {byArea.demo && <p className="muted">{t('reports.crime.demo')}</p>}
      {!exact && <p className="muted">{t('reports.crime.suppressedNote', { threshold: byArea.threshold })}</p>}
      <EChart option={option} height={Math.max(160, districtCells.length * 22)}
        ariaLabel={t('reports.crime.chartLabel')} />
      <CrimeTable statistics={byArea} caption={t('reports.crime.byDistrict')}
        label={(cell) => areaName.get(cell.area ?? '') ?? cell.area ?? ''} />
      <CrimeTable statistics={content.crime.bySex} caption={t('reports.crime.bySex')}
        label={(cell) => labels.sex(cell.sex)} />
      <CrimeTable statistics={content.crime.byAgeGroup} caption={t('reports.crime.byAgeGroup')}
        label={(cell) => labels.ageGroup(cell.ageGroup)} />
    </section>
  );
}

function CountTable({ counts, caption, numbered }: { counts: ReportCount[]; caption: string; numbered?: boolean }) {
  const { t } = useTranslation();
  const { text, number } = useLocalized();
  return (
    <table className="data-table report-count-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.measures.group')}</th>
          <th scope="col">{t('reports.measures.count')}</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.key}>
            <th scope="row">{numbered ? `${c.key}. ${text(c.label)}` : text(c.label)}</th>
            <td>{number(c.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MeasuresSection({ content }: { content: ReportContent }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const m = content.measures;
  const option = useMemo(
    () => barOption(m.byStatus.map((c) => text(c.label)), m.byStatus.map((c) => c.count)),
    [m.byStatus, text],
  );
  return (
    <section aria-labelledby="preview-measures">
      <h3 id="preview-measures">{t('reports.measures.heading')}</h3>
      <p>{t('reports.measures.total', { count: m.total })}</p>
      <EChart option={option} height={160} ariaLabel={t('reports.measures.chartLabel')} />
      <p className="hint">{t('reports.measures.byGoalNote')}</p>
      <div className="report-count-tables">
        <CountTable counts={m.byStatus} caption={t('reports.measures.byStatus')} />
        <CountTable counts={m.byGoal} caption={t('reports.measures.byGoal')} numbered />
        <CountTable counts={m.byPreventionType} caption={t('reports.measures.byPreventionType')} />
        <CountTable counts={m.byPreventionLevel} caption={t('reports.measures.byPreventionLevel')} />
      </div>
      <h4>{t('reports.measures.lacking')}</h4>
      {m.lackingUpdates.length === 0 ? (
        <p>{t('reports.measures.noneLacking')}</p>
      ) : (
        <ul data-testid="lacking-updates">
          {m.lackingUpdates.map((measure) => (
            <li key={measure.id}>
              {measure.title} – {text(measure.responsibleOrganisation.name)}
              {' '}({measure.lastUpdate ? t('reports.measures.lastUpdate', { date: measure.lastUpdate.date })
                : t('reports.measures.noUpdate')})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Each evaluated measure's estimate in words; absent in reports approved before effect follow-up existed. */
function EvaluationsSection({ content }: { content: ReportContent }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const evaluations = content.evaluations;
  if (evaluations == null) return null;
  return (
    <section aria-labelledby="preview-evaluations" data-testid="report-evaluations">
      <h3 id="preview-evaluations">{t('reports.evaluations.heading')}</h3>
      {evaluations.length === 0 ? (
        <p>{t('reports.evaluations.none')}</p>
      ) : (
        <ul>
          {evaluations.map((e) => (
            <li key={e.measureId}>
              <strong>{e.measureTitle}</strong> ({text(e.outcome)}
              {e.retrospective ? `, ${t('reports.evaluations.retrospective')}` : ''}): {text(e.sentence)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const COMMITMENT_SYMBOL: Record<string, string> = { notStarted: '○', ongoing: '◐', fulfilled: '✓', notFulfilled: '✗' };

function AgreementsSection({ content }: { content: ReportContent }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { commitmentCounts, items } = content.agreements;
  return (
    <section aria-labelledby="preview-agreements">
      <h3 id="preview-agreements">{t('reports.agreements.heading')}</h3>
      {items.length === 0 ? (
        <p>{t('reports.agreements.none')}</p>
      ) : (
        <>
          <p>{t('reports.agreements.counts', commitmentCounts)}</p>
          {items.map(({ agreement, commitments }) => (
            <div className="table-scroll" role="region" tabIndex={0} key={agreement.id} aria-label={agreement.title}>
              <table className="data-table">
                <caption>
                  {t(`reports.agreements.type.${agreement.type}`)}: {agreement.title} ({agreement.area.name},{' '}
                  {agreement.startDate} – {agreement.endDate ?? ''})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.agreements.commitment')}</th>
                    <th scope="col">{t('reports.agreements.responsible')}</th>
                    <th scope="col">{t('reports.agreements.status')}</th>
                    <th scope="col">{t('reports.agreements.comment')}</th>
                  </tr>
                </thead>
                <tbody>
                  {commitments.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{c.text}</th>
                      <td>{text(c.responsibleOrganisation.name)}</td>
                      <td>
                        <span aria-hidden="true">{COMMITMENT_SYMBOL[c.status]}</span>{' '}
                        {t(`reports.commitmentStatus.${c.status}`)}
                      </td>
                      <td>{c.statusComment ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

function SafetyAnalysesSection({ content }: { content: ReportContent }) {
  const { t } = useTranslation();
  const analyses = content.safetyAnalyses;
  return (
    <section aria-labelledby="preview-analyses">
      <h3 id="preview-analyses">{t('reports.analyses.heading')}</h3>
      {analyses.length === 0 ? (
        <p>{t('reports.analyses.none')}</p>
      ) : (
        <div className="table-scroll" role="region" tabIndex={0} aria-label={t('reports.analyses.caption')}>
          <table className="data-table" data-testid="report-analyses">
            <caption>{t('reports.analyses.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.analyses.district')}</th>
                <th scope="col">{t('reports.analyses.date')}</th>
                <th scope="col">{t('reports.analyses.title')}</th>
                <th scope="col">{t('reports.analyses.factors')}</th>
                <th scope="col">{t('reports.analyses.highRisks')}</th>
                <th scope="col">{t('reports.analyses.places')}</th>
                <th scope="col">{t('reports.analyses.measures')}</th>
              </tr>
            </thead>
            <tbody>
              {analyses.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.area.name}</th>
                  <td>{a.date}</td>
                  <td>{a.title}</td>
                  <td>{a.factorCount}</td>
                  <td>{a.highRiskCount}</td>
                  <td>{a.placeCount}</td>
                  <td>{a.measureCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
