import { useTranslation } from 'react-i18next';
import type { IndicatorStatus, ReportStatus, ReportTrend } from '../api/types';

const STATUS_SYMBOL: Record<IndicatorStatus, string> = { onTrack: '✓', atRisk: '!', offTrack: '✗', noTarget: '–', unknown: '?' };
const TREND_SYMBOL: Record<ReportTrend, string> = { improving: '↗', worsening: '↘', unchanged: '→', unknown: '?' };

/** An indicator's status in words, with a symbol and a colour that only repeat what the words say. */
export function IndicatorStatusText({ status }: { status: IndicatorStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return <span>{t('reports.indicators.noValue')}</span>;
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true" className="status-symbol">
        {STATUS_SYMBOL[status]}
      </span>{' '}
      {t(`reports.indicatorStatus.${status}`)}
    </span>
  );
}

export function TrendText({ trend }: { trend: ReportTrend }) {
  const { t } = useTranslation();
  return (
    <span>
      <span aria-hidden="true">{TREND_SYMBOL[trend]}</span> {t(`reports.trend.${trend}`)}
    </span>
  );
}

/** Draft or approved, in words. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge report-status report-status-${status}`} data-testid="report-status">
      {t(`reports.status.${status}`)}
    </span>
  );
}
