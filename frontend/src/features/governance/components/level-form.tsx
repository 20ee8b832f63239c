import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import type { GovernanceLevel } from '@/lib/api/types';

export interface LevelChoice {
  code: string;
  label: string;
  level: GovernanceLevel | null;
}

interface Props {
  organisations: LevelChoice[];
  levels: GovernanceLevel[];
  onSubmit: (change: { code: string; level: GovernanceLevel | null }, done: () => void) => void;
  error: unknown;
  pending: boolean;
}

const NONE = '';

/**
 * The coordinator's change of an organisation's or forum's level: choose it (the select shows
 * its level now), choose the level, save; a confirmation names what was saved, and the API's
 * field error appears at the level.
 */
export function LevelForm({ organisations, levels, onSubmit, error, pending }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [level, setLevel] = useState<string>(NONE);
  const [saved, setSaved] = useState('');
  const field = useFormFields(groupFieldErrors(error));
  const problem = isApiProblem(error) ? error : undefined;

  const choose = (next: string) => {
    setCode(next);
    setSaved('');
    setLevel(organisations.find((o) => o.code === next)?.level ?? NONE);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!code) return;
    setSaved('');
    const chosen = organisations.find((o) => o.code === code);
    onSubmit({ code, level: level === NONE ? null : (level as GovernanceLevel) }, () =>
      setSaved(
        t('governance.levelForm.saved', {
          name: chosen?.label ?? code,
          level: level === NONE ? t('governance.levelForm.none') : t(`governance.level.${level}`),
        }),
      ),
    );
  };

  return (
    <form className="measure-form" onSubmit={submit} noValidate aria-labelledby="governance-level-form-heading">
      <h3 id="governance-level-form-heading">{t('governance.levelForm.heading')}</h3>
      {problem && problem.status !== 422 && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{problem.title}</p>
          {problem.detail && <p>{problem.detail}</p>}
        </div>
      )}
      <div className="form-row">
        <FormField label={t('governance.levelForm.organisation')} required>
          {(control) => (
            <select {...control} value={code} onChange={(e) => choose(e.target.value)} data-testid="level-organisation">
              <option value="">{t('forms.choose')}</option>
              {organisations.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField {...field('level')} label={t('governance.levelForm.level')}>
          {(control) => (
            <select {...control} value={level} onChange={(e) => setLevel(e.target.value)} data-testid="level-level">
              <option value={NONE}>{t('governance.levelForm.none')}</option>
              {levels.map((l) => (
                <option key={l} value={l}>
                  {t(`governance.level.${l}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <button type="submit" className="button" disabled={pending || !code}>
        {t('governance.levelForm.submit')}
      </button>
      <p role="status" data-testid="level-saved" className={saved ? 'alert alert-success' : undefined}>
        {saved}
      </p>
    </form>
  );
}
