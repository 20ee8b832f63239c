import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormField } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import type { Commitment, CommitmentStatus, CommitmentStatusInput } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { CommitmentStatusLabel } from './commitment-status';
import { COMMITMENT_STATUSES } from './vocabulary';

interface Props {
  commitments: Commitment[];
  onFollowUp: (commitmentId: number, input: CommitmentStatusInput) => Promise<unknown>;
}

/** The commitments with who does them, their status and measures; follow-up where the caller may. */
export function CommitmentsTable({ commitments, onFollowUp }: Props) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  if (commitments.length === 0) return <p>{t('agreements.noCommitments')}</p>;
  return (
    <ol className="commitment-list">
      {commitments.map((c) => (
        <li key={c.id} className="card">
          <p>{c.text}</p>
          <dl className="facts">
            <dt>{t('agreements.responsible')}</dt>
            <dd>{text(c.responsibleOrganisation.name)}</dd>
            <dt>{t('agreements.status')}</dt>
            <dd>
              <CommitmentStatusLabel status={c.status} />
              {c.statusComment && <> – {c.statusComment}</>}
            </dd>
            {c.measures.length > 0 && (
              <>
                <dt>{t('agreements.measures')}</dt>
                <dd>
                  <ul>
                    {c.measures.map((m) => (
                      <li key={m.id}>
                        <Link to={`/measures/${m.id}`}>{m.title}</Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
          {c.canUpdateStatus && <FollowUpForm commitment={c} onFollowUp={onFollowUp} />}
        </li>
      ))}
    </ol>
  );
}

function FollowUpForm({ commitment, onFollowUp }: { commitment: Commitment; onFollowUp: Props['onFollowUp'] }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CommitmentStatus>(commitment.status);
  const [comment, setComment] = useState(commitment.statusComment ?? '');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await onFollowUp(commitment.id, { status, comment: comment.trim() === '' ? null : comment });
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };
  const problem = isApiProblem(error) ? error : undefined;
  return (
    <form className="follow-up-form" onSubmit={(e) => void submit(e)}>
      <FormField label={t('agreements.followUpStatus')}>
        {(control) => (
          <select {...control} value={status} onChange={(e) => setStatus(e.target.value as CommitmentStatus)}>
            {COMMITMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`agreements.statuses.${s}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('agreements.followUpComment')}>
        {(control) => <input {...control} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </FormField>
      <button type="submit" className="button">
        {t('agreements.followUpSave')}
      </button>
      <div role="status">{saved ? t('agreements.followUpSaved') : ''}</div>
      {problem && (
        <p className="field-error" role="alert">
          {problem.errors.map((e) => e.message).join('; ') || problem.detail || problem.title}
        </p>
      )}
    </form>
  );
}
