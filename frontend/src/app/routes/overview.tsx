import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { useCurrentPolicy } from '@/features/policies/api/get-policies';
import { PolicySummary } from '@/features/goals/components/policy-summary';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { withTexts, type CatalogueLoaders } from '@/lib/i18n/i18n';

/** The glance's texts come with it (a catalogue part), as its charts do: only signed-in readers fetch them. */
const glanceTexts: CatalogueLoaders = {
  sv: () => import('@/features/overview/i18n/sv.json'),
  en: () => import('@/features/overview/i18n/en.json'),
};
const AtAGlance = lazy(async () => ({
  default: (await withTexts(glanceTexts, import('@/features/overview/components/at-a-glance'))).AtAGlance,
}));

/**
 * The signed-in start page (start.tsx chooses it): each goal at a glance and what the
 * municipality must act on, dense enough to read in one laptop screen.
 */
export function OverviewRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  const policy = useCurrentPolicy();
  return (
    <div className="glance-page">
      <div className="page-heading glance-heading">
        <h1>{t('overview.title')}</h1>
        {policy.data && <PolicySummary policy={policy.data} />}
      </div>
      <Suspense fallback={<Loading />}>
        <AtAGlance />
      </Suspense>
    </div>
  );
}
