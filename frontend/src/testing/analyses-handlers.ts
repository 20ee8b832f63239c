import { http, HttpResponse } from 'msw';
import {
  agreement,
  agreementHistory,
  agreementSummaries,
  safetyAnalysis,
  safetyAnalysisHistory,
  safetyAnalysisSummaries,
} from './analyses-fixtures';

const page = <T,>(items: T[]) => ({ items, total: items.length, limit: 100, offset: 0 });

/** Safety analyses and agreements, answering from their fixtures. */
export const analysesHandlers = [
  http.get('*/api/v1/safety-analyses', () => HttpResponse.json(page(safetyAnalysisSummaries))),
  http.get('*/api/v1/safety-analyses/:id', () =>
    HttpResponse.json(safetyAnalysis, { headers: { ETag: `"${safetyAnalysis.version}"` } }),
  ),
  http.get('*/api/v1/safety-analyses/:id/history', () => HttpResponse.json(page(safetyAnalysisHistory))),
  http.get('*/api/v1/agreements', () => HttpResponse.json(page(agreementSummaries))),
  http.get('*/api/v1/agreements/:id', () => HttpResponse.json(agreement, { headers: { ETag: '"0"' } })),
  http.get('*/api/v1/agreements/:id/history', () => HttpResponse.json(page(agreementHistory))),
];
