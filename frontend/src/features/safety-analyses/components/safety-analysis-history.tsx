import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChangeHistory, useChangeHistoryTexts } from '@/components/change-history';
import type { Factor, SafetyAnalysis, SafetyAnalysisHistoryEntry } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

/**
 * Who changed the analysis and when: factors by name (from `factors`, the route's risk and
 * protective factors, for those the analysis no longer assesses), levels and trends in
 * words, measures as links.
 */
export function SafetyAnalysisHistory({
  entries,
  analysis,
  factors,
}: {
  entries: SafetyAnalysisHistoryEntry[];
  analysis: SafetyAnalysis;
  factors: Pick<Factor, 'code' | 'name'>[];
}) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const texts = useChangeHistoryTexts(t('history.analysisCaption'));
  // The analysis's own factors last, so that the names on the page win.
  const factorNames = new Map(
    [...factors, ...analysis.factors.map((f) => f.factor)].map((f) => [f.code, text(f.name)] as const),
  );
  const measureTitles = new Map(analysis.measures.map((m) => [m.measure.id, m.measure.title] as const));
  const measureLink = (v: unknown) => (
    <Link to={`/measures/${String(v)}`}>
      {measureTitles.get(Number(v)) ?? t('measures.picker.measure', { id: String(v) })}
    </Link>
  );

  const formatValue = (field: string, v: unknown) => {
    const value = String(v);
    switch (field) {
      case 'factors.factor':
        return factorNames.get(value) ?? value;
      case 'factors.level':
        return t(`safetyAnalyses.levels.${value}`, { defaultValue: value });
      case 'factors.trend':
        return t(`safetyAnalyses.trends.${value}`, { defaultValue: value });
      case 'measures.stage':
        return t(`safetyAnalyses.stages.${value}`, { defaultValue: value });
      case 'measures.measure':
        return measureLink(v);
      default:
        return value;
    }
  };
  return (
    <ChangeHistory
      entries={entries}
      texts={texts}
      actionLabel={(entry) => t(`history.analysisAction.${entry.action}`)}
      fieldLabel={(field) =>
        t(`history.analysisField.${field.replace(/\./g, '_')}`, { defaultValue: field })
      }
      formatValue={formatValue}
      itemKeys={{ factors: 'factor', placesOfConcern: 'name', measures: 'measure' }}
      itemLabel={(field, item) => {
        if (field === 'factors') return factorNames.get(String(item.factor)) ?? String(item.factor);
        if (field === 'placesOfConcern') return String(item.name);
        if (field === 'measures') return measureLink(item.measure);
        return undefined;
      }}
    />
  );
}
