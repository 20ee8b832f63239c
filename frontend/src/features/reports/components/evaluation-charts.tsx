import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '@/components/echart';
import { useLocalized } from '@/lib/i18n/use-localized';
import type { EvaluationIndicator } from '../api/evaluation';
import type { CrimeStatistics } from '../api/types';
import { barOption, figuresLabel } from './bar-option';
import { useCrimeLabels } from './crime-labels';

/**
 * An indicator over the evaluated period as the PDF draws it: its baseline, every value and its
 * targets as bars, the chart's label stating every figure, and a one-row table with the same
 * figures after it. The values are the reader's (already through the disclosure control): a
 * suppressed one has no bar and reads "dold".
 */
export function IndicatorChart({ indicator }: { indicator: EvaluationIndicator }) {
  const { t } = useTranslation();
  const { text, number } = useLocalized();
  const name = text(indicator.indicator.name);
  const points = useMemo(() => {
    const out: { label: string; value: number | null; shown: string }[] = [];
    if (indicator.baseline) {
      out.push({ label: t('evaluation.charts.baseline', { period: indicator.baseline.period }),
        value: indicator.baseline.value, shown: number(indicator.baseline.value) });
    }
    for (const o of indicator.series?.observations ?? []) {
      const hidden = o.disclosure === 'suppressed' || o.value == null;
      out.push({ label: o.period, value: hidden ? null : o.value ?? null,
        shown: hidden ? t('evaluation.crime.suppressed')
          : o.disclosure === 'rounded' || o.disclosure === 'perturbed'
            ? t('evaluation.charts.about', { value: number(o.value as number) }) : number(o.value as number) });
    }
    for (const target of indicator.targets) {
      out.push({ label: t('evaluation.charts.target', { year: target.year }), value: target.value, shown: number(target.value) });
    }
    return out;
  }, [indicator, t, number]);
  const option = useMemo(() => barOption(points.map((p) => p.label), points.map((p) => p.value)), [points]);
  if (points.length === 0) return null;
  const title = t('evaluation.charts.indicator', { name });
  return (
    <figure className="evaluation-chart" data-testid="evaluation-indicator-chart">
      <EChart option={option} height={Math.max(120, points.length * 26)}
        ariaLabel={figuresLabel(title, points.map((p) => p.label), points.map((p) => p.shown))} />
      <figcaption className="muted">{title}</figcaption>
      <div className="table-scroll" role="region" tabIndex={0} aria-label={title}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('evaluation.indicator.name')}</th>
              {points.map((p) => <th scope="col" key={p.label}>{p.label}</th>)}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{name}</th>
              {points.map((p) => <td key={p.label}>{p.shown}</td>)}
            </tr>
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/**
 * Per crime category and group, its reported crimes per year of the period as bars; the table
 * after the charts (one row per category, a column per year) holds the same figures.
 */
export function CategoryCharts({ statistics }: { statistics: CrimeStatistics }) {
  const { t } = useTranslation();
  const { number } = useLocalized();
  const labels = useCrimeLabels();
  const charts = useMemo(() => {
    const byCode = new Map<string, CrimeStatistics['cells']>();
    for (const cell of statistics.cells) {
      const code = cell.category ?? '';
      byCode.set(code, [...(byCode.get(code) ?? []), cell]);
    }
    return [...byCode.entries()].map(([code, cells]) => {
      const title = t('evaluation.charts.category', { name: labels.category(statistics, code) });
      const years = cells.map((c) => c.period ?? '');
      const values = cells.map((c) => (c.suppressed || c.count == null ? null : c.count));
      const shown = values.map((v) => (v == null ? t('evaluation.crime.suppressed') : number(v)));
      return { code, title, option: barOption(years, values), label: figuresLabel(title, years, shown), rows: years.length };
    });
  }, [statistics, labels, t, number]);
  return (
    <div className="evaluation-charts">
      {charts.map((chart) => (
        <figure key={chart.code} className="evaluation-chart" data-testid="evaluation-category-chart">
          <EChart option={chart.option} height={Math.max(120, chart.rows * 26)} ariaLabel={chart.label} />
          <figcaption className="muted">{chart.title}</figcaption>
        </figure>
      ))}
      <p className="hint">{t('evaluation.charts.categoryNote')}</p>
    </div>
  );
}
