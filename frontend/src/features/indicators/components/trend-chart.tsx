import { useMemo } from 'react';
import { LineChart } from 'echarts/charts';
import { LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { EChart, type EChartOption } from '@/components/echart';

echarts.use([LineChart, LegendComponent, MarkLineComponent]);

// Distinct, each at least 3:1 against white; lines also differ by symbol, and a table repeats them.
const COLOURS = ['#1d4f7a', '#b3500b', '#2e7d32', '#6a3d9a', '#a1261b', '#00697a', '#7a5c00', '#4a5560'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect', 'emptyCircle'];
const TEXT_COLOUR = '#1f2933';

export interface ChartLine {
  name: string;
  /** One value per period in `periods`, null where the series has none. */
  values: (number | null)[];
}

export interface Reference {
  label: string;
  value: number;
}

/** The card's trend line, shared with the start page. */
export { Sparkline } from '@/components/sparkline';

/** A time-series chart: one line per series, with the baseline and target as labelled lines. */
export function SeriesChart({
  periods,
  lines,
  references,
  ariaLabel,
  format,
}: {
  periods: string[];
  lines: ChartLine[];
  references: Reference[];
  ariaLabel: string;
  format: (value: number) => string;
}) {
  const option = useMemo<EChartOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? format(value) : '') },
      legend: { top: 0, textStyle: { color: TEXT_COLOUR } },
      xAxis: { type: 'category', data: periods, axisLabel: { color: TEXT_COLOUR } },
      yAxis: { type: 'value', scale: true, axisLabel: { color: TEXT_COLOUR, formatter: (value: number) => format(value) } },
      series: lines.map((line, index) => ({
        type: 'line',
        name: line.name,
        data: line.values,
        connectNulls: true,
        symbol: SYMBOLS[index % SYMBOLS.length],
        symbolSize: 7,
        lineStyle: { color: COLOURS[index % COLOURS.length], width: 2 },
        itemStyle: { color: COLOURS[index % COLOURS.length] },
        markLine:
          index === 0 && references.length > 0
            ? {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed', color: TEXT_COLOUR },
                label: { formatter: '{b}', color: TEXT_COLOUR, position: 'insideEndTop' },
                data: references.map((reference) => ({ name: reference.label, yAxis: reference.value })),
              }
            : undefined,
      })),
    }),
    [periods, lines, references, format],
  );
  return <EChart option={option} ariaLabel={ariaLabel} height={340} />;
}
