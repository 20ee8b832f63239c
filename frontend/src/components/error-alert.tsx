import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/lib/api/api-problem';

interface ErrorAlertProps {
  error: unknown;
  /** What could not be loaded, e.g. "Det gick inte att hämta målen." */
  title?: string;
  onRetry?: () => void;
}

/** Shows a failed request: our framing, the problem's title/detail and field errors, and a retry. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const problem = isApiProblem(error) ? error : undefined;
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{title ?? t('state.errorTitle')}</p>
      {problem ? (
        <>
          <p>{t('state.errorStatus', { title: problem.title, status: problem.status })}</p>
          {problem.detail && <p>{problem.detail}</p>}
          {problem.errors.length > 0 && (
            <>
              <p>{t('state.fieldErrors')}:</p>
              <ul>
                {problem.errors.map((fieldError) => (
                  <li key={`${fieldError.field}:${fieldError.message}`}>
                    <code>{fieldError.field}</code>: {fieldError.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p>{t('state.errorUnreachable')}</p>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
