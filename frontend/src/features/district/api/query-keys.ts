export const districtKeys = {
  all: ['district'] as const,
  crimeTrend: (code: string) => [...districtKeys.all, code, 'crime-trend'] as const,
  measures: (code: string) => [...districtKeys.all, code, 'measures'] as const,
};
