import { Navigate, useParams, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { CrimeStatisticsRoute } from './routes/crime-statistics';
import { AreasRoute } from './routes/areas';
import { GoalRoute } from './routes/goal';
import { IndicatorRoute } from './routes/indicator';
import { EditIndicatorRoute } from './routes/indicator-edit';
import { IndicatorsRoute } from './routes/indicators';
import { MeasureRoute } from './routes/measure';
import { EditMeasureRoute, NewMeasureRoute } from './routes/measure-form';
import { IndicatorsImportRoute } from './routes/indicators-import';
import { MeasuresRoute } from './routes/measures';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { ReportRoute } from './routes/report';
import { ReportsRoute } from './routes/reports';
import { AgreementRoute } from './routes/agreement';
import { EditAgreementRoute, NewAgreementRoute } from './routes/agreement-new';
import { AgreementsRoute } from './routes/agreements';
import { AreaRoute } from './routes/area';
import { SafetyAnalysesRoute } from './routes/safety-analyses';
import { SafetyAnalysisRoute } from './routes/safety-analysis';
import { EditSafetyAnalysisRoute, NewSafetyAnalysisRoute } from './routes/safety-analysis-form';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <OverviewRoute /> },
      { path: 'goals/:id', element: <GoalRoute /> },
      { path: 'indicators', element: <IndicatorsRoute /> },
      { path: 'indicators/import', element: <IndicatorsImportRoute /> },
      { path: 'indicators/:id', element: <IndicatorRoute /> },
      { path: 'indicators/:id/edit', element: <EditIndicatorRoute /> },
      { path: 'crime-statistics', element: <CrimeStatisticsRoute /> },
      { path: 'measures', element: <MeasuresRoute /> },
      { path: 'measures/new', element: <NewMeasureRoute /> },
      { path: 'measures/:id', element: <MeasureRoute /> },
      { path: 'measures/:id/edit', element: <EditMeasureRoute /> },
      { path: 'areas', element: <AreasRoute /> },
      { path: 'areas/:code', element: <AreaRoute /> },
      // The pages' earlier addresses, kept for bookmarks.
      { path: 'districts', element: <Navigate to="/areas" replace /> },
      { path: 'districts/:code', element: <LegacyAreaRedirect /> },
      { path: 'safety-analyses', element: <SafetyAnalysesRoute /> },
      { path: 'safety-analyses/new', element: <NewSafetyAnalysisRoute /> },
      { path: 'safety-analyses/:id', element: <SafetyAnalysisRoute /> },
      { path: 'safety-analyses/:id/edit', element: <EditSafetyAnalysisRoute /> },
      { path: 'agreements', element: <AgreementsRoute /> },
      { path: 'agreements/new', element: <NewAgreementRoute /> },
      { path: 'agreements/:id', element: <AgreementRoute /> },
      { path: 'agreements/:id/edit', element: <EditAgreementRoute /> },
      { path: 'reports', element: <ReportsRoute /> },
      { path: 'reports/:id', element: <ReportRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

function LegacyAreaRedirect() {
  const { code = '' } = useParams();
  return <Navigate to={`/areas/${code}`} replace />;
}
