import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/lib/api/types';

const SYMBOL: Record<Assessment, string> = { green: '●', amber: '▲', red: '■' };

/** A red/amber/green assessment, by shape and word as well as colour. */
export function AssessmentLabel({ assessment, short = false }: { assessment: Assessment; short?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`assessment assessment-${assessment}`}>
      <span aria-hidden="true">{SYMBOL[assessment]} </span>
      {t(short ? `measures.assessmentShort.${assessment}` : `measures.assessment.${assessment}`)}
    </span>
  );
}
