import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api/types';

/**
 * Every invalid row of an uploaded file, as the API's import report or problem lists them:
 * its row number (as a spreadsheet shows it), the column and what is wrong. Shared by the
 * imports of indicator values and crime statistics.
 */
export function ImportRowErrors({ errors, testId }: { errors: readonly FieldError[]; testId: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  if (errors.length === 0) return null;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table" data-testid={testId}>
        <caption id={captionId}>{t('imports.caption', { count: errors.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('imports.row')}
            </th>
            <th scope="col">{t('imports.column')}</th>
            <th scope="col">{t('imports.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${error.row ?? ''}:${error.field}:${index}`}>
              <th scope="row" className="num">
                {error.row ?? '–'}
              </th>
              <td>
                <code>{error.field}</code>
              </td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
