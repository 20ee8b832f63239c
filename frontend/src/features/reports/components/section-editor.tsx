import { useTranslation } from 'react-i18next';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import type { ReportContent, ReportSections } from '../api/types';

export const SECTION_KEYS = ['narrative', 'situation', 'actionPlan'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/**
 * The texts the coordinator writes: the narrative, and the deprecated free-text lägesbild and
 * åtgärdsplan only while no adopted plan is in force for the half-year (with one, the report
 * cites the plan's actions instead, read-only).
 */
export const editableSections = (content: ReportContent): readonly SectionKey[] =>
  content.actionPlan ? ['narrative'] : SECTION_KEYS;

/** The texts the report shows: the free-text boxes, with a plan in force, only when they say something (as the PDF). */
export const shownSections = (content: ReportContent, sections: ReportSections): SectionKey[] =>
  SECTION_KEYS.filter((key) => key === 'narrative' || !content.actionPlan || sections[key].trim() !== '');

interface SectionEditorProps {
  /** The sections offered; the others are sent back as they are. */
  keys: readonly SectionKey[];
  value: ReportSections;
  onChange: (value: ReportSections) => void;
  onSave: () => void;
  saving: boolean;
  saved: boolean;
  error: unknown;
  onReload: () => void;
}

/** One textarea per section; the API's field errors are shown at their fields. */
export function SectionEditor({ keys, value, onChange, onSave, saving, saved, error, onReload }: SectionEditorProps) {
  const { t } = useTranslation();
  const problem = isApiProblem(error) ? error : undefined;
  const field = useFormFields(groupFieldErrors(error));

  return (
    <form className="report-sections-form" aria-labelledby="section-editor-heading" noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}>
      <h2 id="section-editor-heading">{t('reports.editor.heading')}</h2>
      {problem?.status === 412 && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('reports.editor.stale')}</p>
          <button type="button" className="button" onClick={onReload}>
            {t('reports.editor.reload')}
          </button>
        </div>
      )}
      {problem && problem.status !== 412 && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('reports.editor.failed', { message: problem.detail ?? problem.title })}</p>
        </div>
      )}
      {keys.map((key) => (
        <FormField key={key} {...field(key)} label={t(`reports.sections.${key}`)}>
          {(control) => (
            <textarea {...control} name={key} rows={6} value={value[key]}
              onChange={(event) => onChange({ ...value, [key]: event.target.value })} />
          )}
        </FormField>
      ))}
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {t('reports.editor.save')}
        </button>
        <span role="status" className="muted">
          {saved ? t('reports.editor.saved') : ''}
        </span>
      </div>
    </form>
  );
}
