import { useTranslation } from 'react-i18next';
import type { SituationProblem } from '@/lib/api/types';

/** The problems the analysis names, with their evidence, affected groups and priority. */
export function ProblemsList({ problems, indicatorName = String }: {
  problems: SituationProblem[];
  /** The indicator's name by id, from the mapping's goals where it is there. */
  indicatorName?: (id: number) => string;
}) {
  const { t } = useTranslation();
  if (problems.length === 0) return <p>{t('situationPictures.noProblems')}</p>;
  return (
    <ol className="problem-list">
      {problems.map((p) => (
        <li key={p.id}>
          <h3>{p.title}</h3>
          <p>
            <span className="badge">{t(`situationPictures.priority.${p.priority}`)}</span>{' '}
            <span className="badge">{t(`situationPictures.visibility.${p.visibility}`)}</span>
          </p>
          {p.description && <p>{p.description}</p>}
          <dl className="facts">
            {p.evidence.crimeCategories.length > 0 && (
              <>
                <dt>{t('situationPictures.evidence.crimeCategories')}</dt>
                <dd>{p.evidence.crimeCategories.join(', ')}</dd>
              </>
            )}
            {p.evidence.districts.length > 0 && (
              <>
                <dt>{t('situationPictures.evidence.districts')}</dt>
                <dd>{p.evidence.districts.join(', ')}</dd>
              </>
            )}
            {p.evidence.indicators.length > 0 && (
              <>
                <dt>{t('situationPictures.evidence.indicators')}</dt>
                <dd>{p.evidence.indicators.map((id) => indicatorName(id)).join(', ')}</dd>
              </>
            )}
            {p.evidence.factors.length > 0 && (
              <>
                <dt>{t('situationPictures.evidence.factors')}</dt>
                <dd>{p.evidence.factors.join(', ')}</dd>
              </>
            )}
            {(p.sexes.length > 0 || p.ageGroups.length > 0) && (
              <>
                <dt>{t('situationPictures.evidence.groups')}</dt>
                <dd>
                  {[...p.sexes.map((s) => t(`situationPictures.sex.${s}`)), ...p.ageGroups].join(', ')}
                </dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ol>
  );
}
