import { useTranslation } from 'react-i18next';
import { useCaller } from '../measures/use-caller';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useForumDecisions } from '@/features/governance/api/get-forum-decisions';
import { decisionText, shorten } from '@/features/governance/components/decision-text';

export interface DecisionChoice {
  value: string;
  label: string;
}

/** The decisions a measure's or an agreement's editor may cite, newest first, as checkbox choices. */
export function useDecisionChoices(): DecisionChoice[] {
  const { t } = useTranslation();
  const { text, language } = useLocalized();
  const caller = useCaller();
  const decisions = useForumDecisions({ limit: 200 }, caller.signedIn);
  return (decisions.data?.items ?? []).map((d) => ({
    value: String(d.id),
    label: t('governance.choice', { forum: text(d.forum.name), date: d.date, text: shorten(decisionText(d, language)) }),
  }));
}
