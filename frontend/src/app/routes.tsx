import { lazy, type ComponentType, type ReactElement } from 'react';
import { Navigate, useParams, useRoutes, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { withTexts } from '@/lib/i18n/i18n';
import { governanceTexts, indicatorTexts, policyTexts, publicTexts, situationTexts, taskTexts } from './catalogue-parts';

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

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      // a visitor's start page is the public one, a signed-in reader's the glance (start.tsx)
      { index: true, ...page(() => import('./routes/start').then((m) => m.StartRoute)) },
      { path: 'public', ...page(() => withTexts(publicTexts, import('./routes/public')).then((m) => m.PublicRoute)) },
      {
        path: 'accessibility',
        ...page(() => withTexts(publicTexts, import('./routes/accessibility')).then((m) => m.AccessibilityRoute)),
      },
      {
        path: 'tasks',
        ...page(() => withTexts(taskTexts, import('./routes/tasks')).then((m) => m.TasksRoute)),
      },
      { path: 'policies', ...page(() => import('./routes/policies').then((m) => m.PoliciesRoute)) },
      { path: 'policies/:id', ...page(() => withTexts(policyTexts, import('./routes/policy')).then((m) => m.PolicyRoute)) },
      { path: 'goals/:id', ...page(() => withTexts(policyTexts, import('./routes/goal')).then((m) => m.GoalRoute)) },
      { path: 'indicators', ...page(() => import('./routes/indicators').then((m) => m.IndicatorsRoute)) },
      {
        path: 'indicators/import',
        ...page(() => import('./routes/indicators-import').then((m) => m.IndicatorsImportRoute)),
      },
      { path: 'indicators/:id', ...page(() => withTexts(indicatorTexts, import('./routes/indicator')).then((m) => m.IndicatorRoute)) },
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
        ...page(() => withTexts(situationTexts, import('./routes/situation-pictures')).then((m) => m.SituationPicturesRoute)),
      },
      {
        path: 'situation-pictures/:id',
        ...page(() => withTexts(situationTexts, import('./routes/situation-picture')).then((m) => m.SituationPictureRoute)),
      },
      {
        path: 'forum-decisions',
        ...page(() => withTexts(governanceTexts, import('./routes/forum-decisions')).then((m) => m.ForumDecisionsRoute)),
      },
      { path: 'population', ...page(() => import('./routes/population').then((m) => m.PopulationRoute)) },
      { path: 'reports', ...page(() => import('./routes/reports').then((m) => m.ReportsRoute)) },
      // a report cites the plan in force with the lägesbild pages' texts
      { path: 'reports/:id', ...page(() => withTexts(situationTexts, import('./routes/report')).then((m) => m.ReportRoute)) },
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
