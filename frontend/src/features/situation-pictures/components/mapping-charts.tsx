import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LineChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { EChart, type EChartOption } from '@/components/echart';
import type { SituationMapping } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

// The bar chart, grid and tooltip are registered by EChart; the trend needs lines and a legend.
echarts.use([LineChart, LegendComponent]);

type Crime = SituationMapping['crimeByDistrict'];

/** Colours that keep ≥ 3:1 against white, as graphics need, and differ for the usual colour blindnesses. */
const SERIES_COLOURS = ['#1d4f7a', '#b3541e', '#2f6b3a', '#6b3fa0', '#8a6d00', '#a3243b', '#00656f', '#4d4d4d'];
const TEXT_COLOUR = '#1f2933';

/** A figure the reader may see as a number: suppressed ones are gaps in the chart (the table says why). */
const shown = (c: { value: number | null; suppressed: boolean } | undefined) => (c && !c.suppressed ? c.value : null);

/**
 * Reported crime per 1 000 inhabitants by district (bars) and category group (one series each),
 * the municipality as the reference bar. An image to assistive technology: the table beside it
 * holds the figures.
 */
export function CrimeByDistrictChart({ crime }: { crime: Crime }) {
  const { t } = useTranslation();
  const { text, number } = useLocalized();
  const option = useMemo<EChartOption>(() => {
    const areas = [...crime.areas].sort((a, b) => (a.parentCode === null ? -1 : b.parentCode === null ? 1 : 0));
    const byKey = new Map(crime.cells.map((c) => [`${c.area}|${c.category}`, c]));
    return {
      animation: false,
      color: SERIES_COLOURS,
      legend: { bottom: 0, textStyle: { color: TEXT_COLOUR } },
      grid: { left: 8, right: 8, top: 16, bottom: 48, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: areas.map((a) => a.name), axisLabel: { color: TEXT_COLOUR, interval: 0, rotate: 30 } },
      yAxis: { type: 'value', name: t('situationPictures.mapping.per1000'), axisLabel: { color: TEXT_COLOUR, formatter: number } },
      series: crime.categories.map((c) => ({
        type: 'bar',
        name: text(c.name),
        data: areas.map((a) => shown(byKey.get(`${a.code}|${c.code}`))),
      })),
    };
  }, [crime, t, text, number]);
  return (
    <EChart option={option} height={360}
      ariaLabel={t('situationPictures.charts.byDistrictLabel', { from: crime.from, to: crime.to })} />
  );
}

/** The municipality's reported crime per year, one line per category group; the trend table holds the figures. */
export function CrimeTrendChart({ crime }: { crime: Crime }) {
  const { t } = useTranslation();
  const { text, number } = useLocalized();
  const option = useMemo<EChartOption>(() => {
    const periods = [...new Set(crime.cells.map((c) => c.period ?? ''))].sort();
    const byKey = new Map(crime.cells.map((c) => [`${c.period}|${c.category}`, c]));
    return {
      animation: false,
      color: SERIES_COLOURS,
      legend: { bottom: 0, textStyle: { color: TEXT_COLOUR } },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: periods, axisLabel: { color: TEXT_COLOUR } },
      yAxis: { type: 'value', axisLabel: { color: TEXT_COLOUR, formatter: number } },
      series: crime.categories.map((c) => {
        const cells = periods.map((p) => byKey.get(`${p}|${c.code}`));
        return {
          type: 'line',
          name: text(c.name),
          symbolSize: 8,
          data: cells.map((cell) => (cell && !cell.suppressed ? (cell.count ?? null) : null)),
        };
      }),
    };
  }, [crime, text, number]);
  return <EChart option={option} height={320} ariaLabel={t('situationPictures.charts.trendLabel')} />;
}
