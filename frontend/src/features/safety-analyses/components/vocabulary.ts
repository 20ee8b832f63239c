import type { AnalysisMeasureStage, AssessedLevel, FactorTrend } from '@/lib/api/types';

export const LEVELS: readonly AssessedLevel[] = ['low', 'medium', 'high'];
export const TRENDS: readonly FactorTrend[] = ['improving', 'unchanged', 'worsening'];
export const STAGES: readonly AnalysisMeasureStage[] = ['proposed', 'started'];

/** Symbols shown beside the words, never instead of them. */
export const LEVEL_SYMBOL: Record<AssessedLevel, string> = { low: '●○○', medium: '●●○', high: '●●●' };
export const TREND_SYMBOL: Record<FactorTrend, string> = { improving: '↗', unchanged: '→', worsening: '↘' };
