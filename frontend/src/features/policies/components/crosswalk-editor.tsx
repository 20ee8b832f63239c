import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import type { Crosswalk, CrosswalkEntryInput, GoalSummary } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

interface CrosswalkEditorProps {
  crosswalk: Crosswalk;
  /** The draft's goals, which the old ones map to. */
  goals: GoalSummary[];
  pending: boolean;
  error: unknown;
  saved: boolean;
  onSubmit: (entries: CrosswalkEntryInput[]) => void;
}

interface Line {
  to: number[];
  reason: string;
}

/**
 * The coordinator maps each goal of the predecessor to the draft's goals (checkboxes), or to none
 * with a reason. An old goal with neither is left out of what is saved, and stays unmapped.
 */
export function CrosswalkEditor({ crosswalk, goals, pending, error, saved, onSubmit }: CrosswalkEditorProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const oldGoals = [...crosswalk.entries.map((e) => e.from), ...crosswalk.unmapped].sort((a, b) => a.number - b.number);
  const [lines, setLines] = useState<Record<number, Line>>(() =>
    Object.fromEntries(crosswalk.entries.map((e) => [e.from.id, { to: e.to.map((g) => g.id), reason: e.reason ?? '' }])),
  );
  const line = (id: number): Line => lines[id] ?? { to: [], reason: '' };
  const toggle = (from: number, to: number, checked: boolean) =>
    setLines((all) => {
      const current = all[from] ?? { to: [], reason: '' };
      return { ...all, [from]: { ...current, to: checked ? [...current.to, to] : current.to.filter((g) => g !== to) } };
    });
  const setReason = (from: number, reason: string) =>
    setLines((all) => ({ ...all, [from]: { ...(all[from] ?? { to: [] }), reason } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(
      oldGoals
        .filter((g) => line(g.id).to.length > 0 || line(g.id).reason.trim() !== '')
        .map((g) => ({ from: g.id, to: line(g.id).to, reason: line(g.id).to.length > 0 ? null : line(g.id).reason })),
    );
  };

  if (!crosswalk.predecessor) return <p>{t('policies.crosswalk.noPredecessor')}</p>;
  return (
    <form className="form crosswalk-editor" onSubmit={submit} noValidate aria-labelledby="crosswalk-edit-heading">
      <h3 id="crosswalk-edit-heading">{t('policies.crosswalk.editHeading', { code: crosswalk.predecessor.code })}</h3>
      <p className="hint">{t('policies.crosswalk.editHint')}</p>
      {oldGoals.map((old) => (
        <fieldset key={old.id} className="crosswalk-line">
          <legend>
            {t('goals.number', { number: old.number })}: {text(old.title)}
          </legend>
          {goals.length === 0 && <p>{t('policies.crosswalk.noGoalsYet')}</p>}
          {goals.map((goal) => (
            <div key={goal.id} className="field-checkbox">
              <input type="checkbox" id={`cw-${old.id}-${goal.id}`} checked={line(old.id).to.includes(goal.id)}
                onChange={(e) => toggle(old.id, goal.id, e.target.checked)} />
              <label htmlFor={`cw-${old.id}-${goal.id}`}>
                {t('policies.crosswalk.mapsTo', { number: goal.number, title: text(goal.title) })}
              </label>
            </div>
          ))}
          <div className="field">
            <label htmlFor={`cw-${old.id}-reason`}>{t('policies.crosswalk.reason')}</label>
            <input id={`cw-${old.id}-reason`} value={line(old.id).reason} disabled={line(old.id).to.length > 0}
              onChange={(e) => setReason(old.id, e.target.value)} />
          </div>
        </fieldset>
      ))}
      {error != null && <ErrorAlert error={error} title={t('policies.crosswalk.failed')} />}
      {saved && (
        <p className="alert" role="status">
          {t('policies.crosswalk.saved')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {t('policies.crosswalk.save')}
        </button>
      </div>
    </form>
  );
}
