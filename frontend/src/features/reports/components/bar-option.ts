import * as echarts from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import type { EChartOption } from '@/components/echart';

// containLabel keeps the axis labels inside the chart (ECharts 6 has it as a separate feature).
echarts.use([LegacyGridContainLabel]);

/**
 * The reports' horizontal bar chart, as the exported PDF draws it: one bar per label with its
 * figure beside it; a null value (a figure the disclosure control suppressed) has no bar.
 */
export function barOption(labels: string[], values: (number | null)[]): EChartOption {
  return {
    animation: false,
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { color: '#1f2933' } },
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { color: '#1f2933' } },
    series: [{ type: 'bar', data: values, itemStyle: { color: '#1d4f7a' },
      label: { show: true, position: 'right', color: '#1f2933' } }],
  };
}

/** A chart's text summary stating every figure, as the PDF's alternative text does: "Titel: 2020 12; 2021 dold." */
export function figuresLabel(title: string, labels: string[], figures: string[]): string {
  return `${title}: ${labels.map((label, i) => `${label} ${figures[i]}`).join('; ')}.`;
}
