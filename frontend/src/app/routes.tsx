import { lazy, type ComponentType, type ReactElement } from 'react';
import { Navigate, useParams, useRoutes, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { loadCataloguePart, type CatalogueLoaders } from '@/lib/i18n/i18n';

/**
 * A page whose code is fetched the first time it is visited, so the initial JavaScript holds
 * only the layout and what every page shares (charts come with the pages that draw them).
 * The layout's Suspense shows `Loading` while the first page loads; on a later navigation the
 * router's transition keeps the current page until the next one is there.
 */
function page(load: () => Promise<ComponentType>): { element: ReactElement } {
  const Page = lazy(async () => ({ default: await load() }));
  return { element: <Page /> };
}

/** The lägesbild and plan pages' texts, which come with those pages (catalogue parts, i18n.ts). */
const situationTexts: CatalogueLoaders = {
  sv: () => import('./situation/i18n/sv.json'),
  en: () => import('./situation/i18n/en.json'),
};
/** The governance page's texts (forum decisions, the policy's levels), which come with that page. */
const governanceTexts: CatalogueLoaders = {
  sv: () => import('./governance/i18n/sv.json'),
  en: () => import('./governance/i18n/en.json'),
};
const withGovernanceTexts = async <M,>(module: Promise<M>) => (await Promise.all([module, loadCataloguePart(governanceTexts)]))[0];
/** Mina uppgifter's texts, which come with the page. */
const taskTexts: CatalogueLoaders = {
  sv: () => import('./tasks/i18n/sv.json'),
  en: () => import('./tasks/i18n/en.json'),
};

const withSituationTexts = async <M,>(module: Promise<M>) => (await Promise.all([module, loadCataloguePart(situationTexts)]))[0];

/** The policy and goal pages' texts on indicators per policy and measures through the crosswalk. */
const policyTexts: CatalogueLoaders = {
  sv: () => import('./policies/i18n/sv.json'),
  en: () => import('./policies/i18n/en.json'),
};
const withPolicyTexts = async <M,>(module: Promise<M>) => (await Promise.all([module, loadCataloguePart(policyTexts)]))[0];
/** The public start page's and the accessibility statement's texts, which come with those pages. */
const publicTexts: CatalogueLoaders = {
  sv: () => import('./public/i18n/sv.json'),
  en: () => import('./public/i18n/en.json'),
};
/** The indicator page's texts on when the next value is due (the publication lag form). */
const indicatorTexts: CatalogueLoaders = {
  sv: () => import('./indicators/i18n/sv.json'),
  en: () => import('./indicators/i18n/en.json'),
};
const withIndicatorTexts = async <M,>(module: Promise<M>) => (await Promise.all([module, loadCataloguePart(indicatorTexts)]))[0];
const withPublicTexts = async <M,>(module: Promise<M>) => (await Promise.all([module, loadCataloguePart(publicTexts)]))[0];

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      // a visitor's start page is the public one, a signed-in reader's the glance (start.tsx)
      { index: true, ...page(() => import('./routes/start').then((m) => m.StartRoute)) },
      { path: 'public', ...page(() => withPublicTexts(import('./routes/public')).then((m) => m.PublicRoute)) },
      {
        path: 'accessibility',
        ...page(() => withPublicTexts(import('./routes/accessibility')).then((m) => m.AccessibilityRoute)),
      },
      {
        path: 'tasks',
        ...page(() =>
          Promise.all([import('./routes/tasks'), loadCataloguePart(taskTexts)]).then(([m]) => m.TasksRoute),
        ),
      },
      { path: 'policies', ...page(() => import('./routes/policies').then((m) => m.PoliciesRoute)) },
      { path: 'policies/:id', ...page(() => withPolicyTexts(import('./routes/policy')).then((m) => m.PolicyRoute)) },
      { path: 'goals/:id', ...page(() => withPolicyTexts(import('./routes/goal')).then((m) => m.GoalRoute)) },
      { path: 'indicators', ...page(() => import('./routes/indicators').then((m) => m.IndicatorsRoute)) },
      {
        path: 'indicators/import',
        ...page(() => import('./routes/indicators-import').then((m) => m.IndicatorsImportRoute)),
      },
      { path: 'indicators/:id', ...page(() => withIndicatorTexts(import('./routes/indicator')).then((m) => m.IndicatorRoute)) },
      {
        path: 'indicators/:id/edit',
        ...page(() => import('./routes/indicator-edit').then((m) => m.EditIndicatorRoute)),
      },
      {
        path: 'crime-statistics',
        ...page(() => import('./routes/crime-statistics').then((m) => m.CrimeStatisticsRoute)),
      },
      { path: 'measures', ...page(() => import('./routes/measures').then((m) => m.MeasuresRoute)) },
      { path: 'measures/new', ...page(() => import('./routes/measure-form').then((m) => m.NewMeasureRoute)) },
      { path: 'measures/:id', ...page(() => import('./routes/measure').then((m) => m.MeasureRoute)) },
      { path: 'measures/:id/edit', ...page(() => import('./routes/measure-form').then((m) => m.EditMeasureRoute)) },
      { path: 'areas', ...page(() => import('./routes/areas').then((m) => m.AreasRoute)) },
      { path: 'areas/:code', ...page(() => import('./routes/area').then((m) => m.AreaRoute)) },
      // The pages' earlier addresses, kept for bookmarks.
      { path: 'districts', element: <Navigate to="/areas" replace /> },
      { path: 'districts/:code', element: <LegacyAreaRedirect /> },
      {
        path: 'safety-analyses',
        ...page(() => import('./routes/safety-analyses').then((m) => m.SafetyAnalysesRoute)),
      },
      {
        path: 'safety-analyses/new',
        ...page(() => import('./routes/safety-analysis-form').then((m) => m.NewSafetyAnalysisRoute)),
      },
      {
        path: 'safety-analyses/:id',
        ...page(() => import('./routes/safety-analysis').then((m) => m.SafetyAnalysisRoute)),
      },
      {
        path: 'safety-analyses/:id/edit',
        ...page(() => import('./routes/safety-analysis-form').then((m) => m.EditSafetyAnalysisRoute)),
      },
      { path: 'agreements', ...page(() => import('./routes/agreements').then((m) => m.AgreementsRoute)) },
      { path: 'agreements/new', ...page(() => import('./routes/agreement-new').then((m) => m.NewAgreementRoute)) },
      { path: 'agreements/:id', ...page(() => import('./routes/agreement').then((m) => m.AgreementRoute)) },
      {
        path: 'agreements/:id/edit',
        ...page(() => import('./routes/agreement-new').then((m) => m.EditAgreementRoute)),
      },
      {
        path: 'situation-pictures',
        ...page(() => withSituationTexts(import('./routes/situation-pictures')).then((m) => m.SituationPicturesRoute)),
      },
      {
        path: 'situation-pictures/:id',
        ...page(() => withSituationTexts(import('./routes/situation-picture')).then((m) => m.SituationPictureRoute)),
      },
      {
        path: 'forum-decisions',
        ...page(() => withGovernanceTexts(import('./routes/forum-decisions')).then((m) => m.ForumDecisionsRoute)),
      },
      { path: 'population', ...page(() => import('./routes/population').then((m) => m.PopulationRoute)) },
      { path: 'reports', ...page(() => import('./routes/reports').then((m) => m.ReportsRoute)) },
      // a report cites the plan in force with the lägesbild pages' texts
      { path: 'reports/:id', ...page(() => withSituationTexts(import('./routes/report')).then((m) => m.ReportRoute)) },
      { path: '*', ...page(() => import('./routes/not-found').then((m) => m.NotFoundRoute)) },
    ],
  },
];

/** The app's pages, for the router `router.tsx` sets up (and the one the tests set up). */
export function AppRoutes() {
  return useRoutes(routes);
}

function LegacyAreaRedirect() {
  const { code = '' } = useParams();
  return <Navigate to={`/areas/${code}`} replace />;
}
