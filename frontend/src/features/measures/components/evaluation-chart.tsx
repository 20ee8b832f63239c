import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LineChart } from 'echarts/charts';
import { LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { EChart, type EChartOption } from '@/components/echart';
import type { EvaluationPoint } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

echarts.use([LineChart, LegendComponent, MarkLineComponent]);

// Each at least 3:1 against white, and told apart by symbol and dash as well as by colour.
const TARGET_COLOUR = '#1d4f7a';
const COMPARISON_COLOUR = '#b3401c';
const TEXT_COLOUR = '#1f2933';

/** Target against comparison districts per month, the start marked; the same figures are in a table below it. */
export function EvaluationChart({ series, start }: { series: EvaluationPoint[]; start: string }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const rate = useMemo(
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    [locale],
  );
  const option = useMemo<EChartOption>(
    () => ({
      animation: false,
      grid: { left: 48, right: 24, top: 24, bottom: 56 },
      legend: { bottom: 0, textStyle: { color: TEXT_COLOUR } },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) => (typeof value === 'number' ? rate.format(value) : t('measures.evaluation.hidden')),
      },
      xAxis: { type: 'category', data: series.map((p) => p.month), axisLabel: { color: TEXT_COLOUR } },
      yAxis: { type: 'value', min: 0, axisLabel: { color: TEXT_COLOUR } },
      series: [
        {
          type: 'line',
          name: t('measures.evaluation.target'),
          data: series.map((p) => p.target.rate ?? null),
          symbol: 'circle',
          symbolSize: 6,
          itemStyle: { color: TARGET_COLOUR },
          lineStyle: { color: TARGET_COLOUR, width: 2 },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { type: 'dashed', color: TEXT_COLOUR },
            label: { formatter: t('measures.evaluation.startMark'), color: TEXT_COLOUR },
            data: [{ xAxis: start }],
          },
        },
        {
          type: 'line',
          name: t('measures.evaluation.comparison'),
          data: series.map((p) => p.comparison.rate ?? null),
          symbol: 'rect',
          symbolSize: 6,
          itemStyle: { color: COMPARISON_COLOUR },
          lineStyle: { color: COMPARISON_COLOUR, width: 2, type: 'dashed' },
        },
      ],
    }),
    [series, start, rate, t],
  );
  if (series.length === 0) return null;
  const ariaLabel = t('measures.evaluation.chartLabel', {
    from: series[0]?.month ?? '',
    to: series[series.length - 1]?.month ?? '',
    start,
  });
  return (
    <>
      <EChart option={option} ariaLabel={ariaLabel} height={320} />
      <details>
        <summary>{t('measures.evaluation.tableCaption')}</summary>
        <table className="table">
          <caption className="visually-hidden">{t('measures.evaluation.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('measures.evaluation.month')}</th>
              <th scope="col">{t('measures.evaluation.period')}</th>
              <th scope="col">{t('measures.evaluation.target')}</th>
              <th scope="col">{t('measures.evaluation.comparison')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.month}>
                <th scope="row">{p.month}</th>
                <td>{p.after ? t('measures.evaluation.after') : t('measures.evaluation.before')}</td>
                <td>{p.target.rate == null ? t('measures.evaluation.hidden') : rate.format(p.target.rate)}</td>
                <td>{p.comparison.rate == null ? t('measures.evaluation.hidden') : rate.format(p.comparison.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
