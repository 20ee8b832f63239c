import { flattenChildren } from '@/features/areas/components/flatten-areas';
import { useAreas } from '@/features/areas/api/get-areas';
import { useGoals } from '@/features/goals/api/get-goals';
import { useIndicators } from '@/features/indicators/api/get-indicators';
import { useFactors } from '@/features/factors/api/get-factors';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import type { Choice } from '@/features/measures/components/vocabulary';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '@/lib/i18n/use-localized';

export interface MeasureOptions {
  goals: Choice[];
  organisations: Choice[];
  districts: Choice[];
  indicators: Choice[];
  riskFactors: Choice[];
  protectiveFactors: Choice[];
}

/** The choices the measures filters and form offer, from the goals, areas, organisations and factors. */
export function useMeasureOptions(): MeasureOptions {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const goals = useGoals();
  const areas = useAreas();
  const indicators = useIndicators();
  const organisations = useOrganisations();
  const risks = useFactors('risk');
  const protective = useFactors('protective');
  return {
    goals: (goals.data?.items ?? []).map((goal) => ({
      value: String(goal.id),
      label: `${t('goals.number', { number: goal.number })}: ${text(goal.title)}`,
    })),
    organisations: (organisations.data?.items ?? []).map((o) => ({ value: o.code, label: text(o.name) })),
    districts: (areas.data?.items ?? [])
      .flatMap((area) => flattenChildren(area))
      .map((row) => ({ value: row.area.code, label: row.area.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
    indicators: (indicators.data?.items ?? []).map((i) => ({ value: i.code, label: text(i.name) })),
    riskFactors: (risks.data?.items ?? []).map((f) => ({ value: f.code, label: text(f.name) })),
    protectiveFactors: (protective.data?.items ?? []).map((f) => ({ value: f.code, label: text(f.name) })),
  };
}
