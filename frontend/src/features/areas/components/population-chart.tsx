import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '@/components/echart';
import type { Area } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

const BAR_COLOUR = '#1d4f7a'; // ≥ 3:1 against white, as graphics need
const TEXT_COLOUR = '#1f2933';

/** A horizontal bar chart of the population of each area that has figures. */
export function PopulationChart({ areas, year }: { areas: Area[]; year: number }) {
  const { t } = useTranslation();
  const { number } = useLocalized();
  const data = useMemo(
    () =>
      areas
        .filter((area) => area.population)
        .map((area) => ({ name: area.name, value: area.population?.total ?? 0 }))
        .sort((a, b) => b.value - a.value),
    [areas],
  );

  const option = useMemo<EChartOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'value',
        axisLabel: { color: TEXT_COLOUR, formatter: (value: number) => number(value) },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: data.map((d) => d.name),
        axisLabel: { color: TEXT_COLOUR, fontSize: 13 },
      },
      series: [
        {
          type: 'bar',
          name: t('areas.total'),
          data: data.map((d) => d.value),
          itemStyle: { color: BAR_COLOUR },
          label: {
            show: true,
            position: 'right',
            color: TEXT_COLOUR,
            formatter: ({ value }: { value: unknown }) => number(Number(value)),
          },
        },
      ],
    }),
    [data, number, t],
  );

  const largest = data[0];
  const smallest = data[data.length - 1];
  if (!largest || !smallest) return null;

  const ariaLabel = t('areas.chartLabel', {
    year,
    count: data.length,
    largest: largest.name,
    largestValue: number(largest.value),
    smallest: smallest.name,
    smallestValue: number(smallest.value),
  });

  return <EChart option={option} ariaLabel={ariaLabel} height={Math.max(160, data.length * 30 + 40)} />;
}
