import type { IndicatorSeries } from '@/lib/api/types';

const quote = (value: string) => (/[",\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The series as CSV in the import's own columns (so a downloaded file can be corrected and
 * imported again).
 */
export const toCsv = (indicatorCode: string, series: IndicatorSeries[]): string => {
  const lines = ['indicator,period,area,sex,ageGroup,value,status,source'];
  for (const s of series) {
    for (const o of s.observations) {
      lines.push(
        [indicatorCode, o.period, s.area.code, s.sex, s.ageGroup, String(o.value), o.status, o.source ?? '']
          .map(quote)
          .join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
};
