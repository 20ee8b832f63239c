import { useAreas } from '@/features/areas/api/get-areas';
import { useCrimeCategories } from '@/features/crime-statistics/api/get-crime-categories';
import { useFactors } from '@/features/factors/api/get-factors';
import { useIndicators } from '@/features/indicators/api/get-indicators';
import type { Area } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { useAnalysisMeasureOptions } from '@/features/safety-analyses/api/get-form-options';
import type { PlanOptions } from '@/features/action-plans/components/plan-editor';
import type { ProposalOptions } from '@/features/action-plans/components/proposal-form';
import type { EvidenceOptions } from '@/features/situation-pictures/components/editor-state';

/** Every area below the municipality, depth first (districts, and their parts where there are any). */
const belowTop = (top: Area[]): Area[] => {
  const out: Area[] = [];
  const walk = (a: Area) => a.children.forEach((c) => (out.push(c), walk(c)));
  top.forEach(walk);
  return out;
};

/** What a problem's evidence may name, from the lists the API serves; undefined while any is loading. */
export function useEvidenceOptions(): { options?: EvidenceOptions; error: unknown } {
  const { text } = useLocalized();
  const categories = useCrimeCategories();
  const areas = useAreas();
  const indicators = useIndicators();
  const risk = useFactors('risk');
  const protective = useFactors('protective');
  const error = categories.error ?? areas.error ?? indicators.error ?? risk.error ?? protective.error;
  if (!categories.data || !areas.data || !indicators.data || !risk.data || !protective.data) return { error };
  return {
    error,
    options: {
      crimeCategories: [
        ...categories.data.groups.map((g) => ({ value: g.code, label: text(g.name) })),
        ...categories.data.items.flatMap((c) => [
          { value: c.code, label: text(c.name) },
          ...c.children.map((s) => ({ value: s.code, label: text(s.name), indent: true })),
        ]),
      ],
      districts: belowTop(areas.data.items).map((a) => ({ value: a.code, label: a.name })),
      indicators: indicators.data.items.map((i) => ({ value: String(i.id), label: text(i.name) })),
      factors: [...risk.data.items, ...protective.data.items].map((f) => ({ value: f.code, label: text(f.name) })),
    },
  };
}

/** What a plan's actions and consultations may name; undefined while any list is loading. */
export function usePlanOptions(): PlanOptions | undefined {
  const { text } = useLocalized();
  const { options: evidence } = useEvidenceOptions();
  const organisations = useOrganisations();
  const measures = useAnalysisMeasureOptions();
  if (!evidence || !organisations.data || !measures.data) return undefined;
  return {
    organisations: organisations.data.items.map((o) => ({ value: o.code, label: text(o.name) })),
    measures: measures.data.items.map((m) => ({ value: String(m.id), label: m.title })),
    indicators: evidence.indicators,
    crimeCategories: evidence.crimeCategories,
  };
}

/** What an editor's proposal may name: their own organisation's measures and the result figures; undefined while loading. */
export function useProposalOptions(organisation: string): ProposalOptions | undefined {
  const { options: evidence } = useEvidenceOptions();
  const measures = useAnalysisMeasureOptions();
  if (!evidence || !measures.data) return undefined;
  return {
    measures: measures.data.items
      .filter((m) => m.responsibleOrganisation.code === organisation)
      .map((m) => ({ value: String(m.id), label: m.title })),
    indicators: evidence.indicators,
    crimeCategories: evidence.crimeCategories,
  };
}
