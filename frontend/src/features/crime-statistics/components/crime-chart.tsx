import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LineChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import { EChart, type EChartOption } from '@/components/echart';
import type { CrimeStatistics, CrimeStatisticsCell } from '@/lib/api/types';
import type { ExplorerParams } from './explorer-params';
import { useCrimeFormat } from './use-crime-format';

// containLabel keeps the axis labels inside the chart (ECharts 6 has it as a separate feature).
echarts.use([LineChart, LegendComponent, LegacyGridContainLabel]);

// Distinct on white (≥ 3:1) and told apart by symbol and dash as well as by colour.
const COLOURS = ['#1d4f7a', '#b3401c', '#2f6b2f', '#6b3fa0', '#8a5a00', '#0b6e75', '#a3195b', '#4a5560'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect', 'emptyCircle'];
const DASHES = ['solid', 'dashed', 'dotted'] as const;
const TEXT_COLOUR = '#1f2933';

/** A line chart over time: one line per area (and sex or age group when split). */
export function CrimeChart({ data, params }: { data: CrimeStatistics; params: ExplorerParams }) {
  const { t } = useTranslation();
  const format = useCrimeFormat();
  const measure = data.measure;

  const { periods, series } = useMemo(() => {
    const periods = [...new Set(data.cells.map((cell) => cell.period ?? ''))].sort();
    const areaName = new Map(data.areas.map((area) => [area.code, area.name]));
    const split = (cell: CrimeStatisticsCell) =>
      params.split === 'sex' ? format.sex(cell.sex) : params.split === 'ageGroup' ? format.ageGroup(cell.ageGroup) : '';
    const lines = new Map<string, { name: string; values: Map<string, number | null> }>();
    const oneArea = new Set(data.cells.map((cell) => cell.area)).size === 1;
    for (const cell of data.cells) {
      const area = areaName.get(cell.area ?? '') ?? cell.area ?? '';
      const name = [oneArea && params.split !== 'none' ? '' : area, split(cell)].filter(Boolean).join(' – ');
      const line = lines.get(name) ?? { name, values: new Map() };
      line.values.set(cell.period ?? '', cell.value);
      lines.set(name, line);
    }
    const series = [...lines.values()].map((line, index) => ({
      type: 'line',
      name: line.name,
      data: periods.map((period) => line.values.get(period) ?? null),
      connectNulls: false,
      symbol: SYMBOLS[index % SYMBOLS.length],
      symbolSize: 7,
      itemStyle: { color: COLOURS[index % COLOURS.length] },
      lineStyle: { width: 2, type: DASHES[Math.floor(index / COLOURS.length) % DASHES.length] },
    }));
    return { periods, series };
  }, [data, params.split, format]);

  const option = useMemo<EChartOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
      legend: { type: 'scroll', bottom: 0, textStyle: { color: TEXT_COLOUR } },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) =>
          typeof value === 'number' ? format.value(value, measure) : t('crimeStatistics.figure.hiddenOrMissing'),
      },
      xAxis: {
        type: 'category',
        data: periods.map((period) => format.period(period)),
        axisLabel: { color: TEXT_COLOUR },
      },
      yAxis: {
        type: 'value',
        min: 0,
        axisLabel: { color: TEXT_COLOUR, formatter: (value: number) => format.value(value, measure) },
      },
      series: series.map((s) => ({ ...s })),
    }),
    [periods, series, format, measure, t],
  );

  if (periods.length === 0) return null;
  const ariaLabel = t('crimeStatistics.chart.label', {
    measure: t(`crimeStatistics.measure.${measure}`),
    from: format.period(periods[0] ?? ''),
    to: format.period(periods[periods.length - 1] ?? ''),
    lines: series.map((s) => s.name).join(', '),
  });
  return (
<EChart option={option} ariaLabel={ariaLabel} height={360} />
  );
}
