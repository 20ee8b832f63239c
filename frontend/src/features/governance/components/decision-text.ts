import type { ForumDecision } from '@/lib/api/types';

/** The most of a decision's text a choice in a form shows. */
export const CHOICE_TEXT_MAX = 80;

/** The text in the reader's language, the Swedish one when no English is recorded. */
export const decisionText = (decision: Pick<ForumDecision, 'text'>, language: 'sv' | 'en') =>
  (language === 'en' ? decision.text.en : null) || decision.text.sv;

/** A text cut at a word to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number = CHOICE_TEXT_MAX): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max - 1);
  // the cut ends at a word when a space follows it; otherwise back to the last space
  const atWord = oneLine[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}
