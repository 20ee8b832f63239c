import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SafetyAnalysis } from '@/lib/api/types';
import { FactorTable } from './factor-table';

/** What an analysis says: summary, assessed factors, places of concern and measures. */
export function SafetyAnalysisDetails({ analysis, headingLevel = 2 }: { analysis: SafetyAnalysis; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {analysis.summary && <p>{analysis.summary}</p>}
      <H>{t('safetyAnalyses.factorsHeading')}</H>
      <FactorTable
        factors={analysis.factors}
        caption={t('safetyAnalyses.factorsCaption', { area: analysis.area.name, date: analysis.date })}
      />
      <H>{t('safetyAnalyses.placesHeading')}</H>
      {analysis.placesOfConcern.length === 0 ? (
        <p>{t('safetyAnalyses.noPlaces')}</p>
      ) : (
        <ul>
          {analysis.placesOfConcern.map((p, i) => (
            <li key={i}>
              <strong>{p.name}</strong>
              {p.description ? ` – ${p.description}` : ''}
              {p.latitude != null && p.longitude != null && (
                <span className="muted"> ({p.latitude.toFixed(4)}, {p.longitude.toFixed(4)})</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <H>{t('safetyAnalyses.measuresHeading')}</H>
      {analysis.measures.length === 0 ? (
        <p>{t('safetyAnalyses.noMeasures')}</p>
      ) : (
        <ul>
          {analysis.measures.map((m) => (
            <li key={m.measure.id}>
              <Link to={`/measures/${m.measure.id}`}>{m.measure.title}</Link> –{' '}
              {t(`safetyAnalyses.stages.${m.stage}`)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
