import { useTranslation } from 'react-i18next';
import type { ForumDecision } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { decisionText } from './decision-text';

/**
 * The forum decisions a measure or an agreement carries out: "Genomför beslut i
 * Samordningsarenan 2026-03-12: …". Nothing for a reader who sees none (the public).
 */
export function CitedDecisions({ decisions, id }: { decisions: ForumDecision[]; id: string }) {
  const { t } = useTranslation();
  const { text, language } = useLocalized();
  if (decisions.length === 0) return null;
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{t('governance.cited.heading')}</h2>
      <ul data-testid="cited-decisions">
        {decisions.map((d) => (
          <li key={d.id}>
            {t('governance.cited.item', { forum: text(d.forum.name), date: d.date, text: decisionText(d, language) })}
            {d.reference && <span className="muted"> ({d.reference})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
