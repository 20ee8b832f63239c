import { http, HttpResponse } from 'msw';
import { approvedReport, draftEvaluation, draftReport, draftReportHistory, reportSummaries } from './reports-fixtures';

const reports = [draftReport, approvedReport, draftEvaluation];

/** The status-report part of the API, answering from the report fixtures. */
export const reportHandlers = [
  http.get('*/api/v1/reports', () =>
    HttpResponse.json({ items: reportSummaries, total: reportSummaries.length, limit: 50, offset: 0 }),
  ),
  http.get('*/api/v1/reports/:id/history', ({ params }) =>
    Number(params.id) === draftReport.id
      ? HttpResponse.json(draftReportHistory)
      : HttpResponse.json({ items: [], total: 0, limit: 500, offset: 0 }),
  ),
  http.get('*/api/v1/reports/:id', ({ params }) => {
    const report = reports.find((r) => r.id === Number(params.id));
    return report
      ? HttpResponse.json(report, { headers: { ETag: `"${report.version}"` } })
      : HttpResponse.json({ title: 'Not Found', status: 404 }, {
        status: 404, headers: { 'Content-Type': 'application/problem+json' },
      });
  }),
];
