import { useMemo } from 'react';
import { LineChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { EChart, type EChartOption } from './echart';

echarts.use([LineChart]);

/** The line's colour: at least 3:1 against white. */
const COLOUR = '#1d4f7a';

/**
 * A small trend line without axes, for a card (an indicator's series, a goal's crime trend).
 * ECharts is large: import this lazily, as the pages that draw charts do.
 */
export function Sparkline({ periods, values, ariaLabel, height = 56 }: { periods: string[]; values: number[]; ariaLabel: string; height?: number }) {
  const option = useMemo<EChartOption>(
    () => ({
      animation: false,
      grid: { left: 4, right: 4, top: height < 40 ? 3 : 6, bottom: height < 40 ? 3 : 6 },
      xAxis: { type: 'category', show: false, data: periods, boundaryGap: false },
      yAxis: { type: 'value', show: false, scale: true },
      series: [{ type: 'line', data: values, symbol: 'none', lineStyle: { color: COLOUR, width: 2 } }],
    }),
    [periods, values, height],
  );
  return <EChart option={option} ariaLabel={ariaLabel} height={height} />;
}
