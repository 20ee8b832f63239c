package se.varna.overview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.Limits;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;
import se.varna.indicator.IndicatorStatus;
import se.varna.indicator.IndicatorValueDtos.Observation;
import se.varna.report.ReportStatus;

/**
 * The start page's summary: each goal at a glance and what the municipality must act on. Every
 * count is what the operation behind it answers the same caller (named in each field's
 * description), so the web app can link each number to that page with its filter.
 */
public final class OverviewDtos {

    private OverviewDtos() {
    }

    @Schema(name = "Overview", description = "Where things stand at a glance, for the signed-in caller.",
            requiredProperties = { "asOf", "goals", "statusReport" })
    public record Overview(
            @Schema(description = "The day the summary is for (today).") LocalDate asOf,
            @Schema(description = "The goals of the policy in force, in their order.", maxItems = 1000)
            List<GoalGlance> goals,
            ReportGlance statusReport,
            @Schema(description = "The adopted action plan in force and its gaps; null when none is adopted or the "
                    + "caller may not read gaps (partners).", nullable = true) PlanGlance actionPlan,
            @Schema(description = "Crime-statistics imports that failed lately; null for callers who may not list "
                    + "imports (viewers, editors).", nullable = true) ImportGlance failedImports) {
    }

    @Schema(name = "GoalGlance", description = "One goal at a glance.",
            requiredProperties = { "goal", "indicatorStatus", "measuresNeedingFollowUp" })
    public record GoalGlance(
            GoalSummary goal,
            IndicatorStatusCounts indicatorStatus,
            @Schema(description = "The goal's indicator that stands worst (off track before at risk, in the goal's "
                    + "order); null when none is off track or at risk.", nullable = true) WorstIndicator worst,
            @Schema(description = "The trend of the goal's crime group: the municipality's series of the goal's first "
                    + "indicator computed from the crime statistics, published for the caller; null when the goal "
                    + "has none.", nullable = true) CrimeTrend crimeTrend,
            @Schema(description = "Measures aiming at the goal that need a follow-up: `total` of "
                    + "`GET /measures?goal={id}&needsFollowUp=true`.", minimum = "0") long measuresNeedingFollowUp) {
    }

    @Schema(name = "IndicatorStatusCounts", description = "How many of the goal's indicators have each status "
            + "(the municipality's series as `GET /indicators/{id}/values?area=…&sex=total&ageGroup=total` "
            + "answers it); `noValue` counts those with no value yet.",
            requiredProperties = { "onTrack", "atRisk", "offTrack", "noTarget", "unknown", "noValue" })
    public record IndicatorStatusCounts(@Schema(minimum = "0") int onTrack, @Schema(minimum = "0") int atRisk,
            @Schema(minimum = "0") int offTrack, @Schema(minimum = "0") int noTarget,
            @Schema(minimum = "0") int unknown, @Schema(minimum = "0") int noValue) {
    }

    @Schema(name = "WorstIndicator", requiredProperties = { "indicator", "status" })
    public record WorstIndicator(IndicatorSummary indicator,
            @Schema(enumeration = { "offTrack", "atRisk" }) IndicatorStatus status) {
    }

    @Schema(name = "CrimeTrend", requiredProperties = { "indicator", "category", "observations" })
    public record CrimeTrend(
            IndicatorSummary indicator,
            @Schema(description = "The crime category or group counted, e.g. `narkotikabrott`.",
                    maxLength = Limits.CODE) String category,
            @Schema(description = "The latest observations (at most 12), oldest first.", maxItems = 12)
            List<Observation> observations) {
    }

    @Schema(name = "ReportGlance", description = "The next status report: the half-year that ended last while its "
            + "report is not approved, otherwise the half-year under way.",
            requiredProperties = { "period", "deadline", "overdue" })
    public record ReportGlance(
            @Schema(description = "The half-year, e.g. `2026H1`.", maxLength = Limits.CODE) String period,
            @Schema(description = "When the report is due: the half-year's end plus "
                    + "`varna.overview.report-deadline-months` months.") LocalDate deadline,
            @Schema(description = "True when the deadline has passed and the report is not approved.") boolean overdue,
            @Schema(description = "The report of that half-year (`GET /reports`); null when none is started.",
                    nullable = true) ReportRef report) {
    }

    @Schema(name = "ReportRef", requiredProperties = { "id", "status", "updatedAt" })
    public record ReportRef(@Schema(minimum = "0") long id, ReportStatus status, OffsetDateTime updatedAt) {
    }

    @Schema(name = "PlanGlance", description = "The action plan in force and the counts of "
            + "`GET /action-plans/{id}/gaps`.", requiredProperties = { "id", "title", "situationPictureId",
                    "problemsWithoutAction", "actionsWithoutProblem", "actionsWithoutMeasure",
                    "measuresWithoutRecentUpdate" })
    public record PlanGlance(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = Limits.TITLE_MAX) String title,
            @Schema(description = "The lägesbild the plan is based on; its page shows the plan and its gaps.",
                    minimum = "0") long situationPictureId,
            @Schema(minimum = "0") int problemsWithoutAction,
            @Schema(minimum = "0") int actionsWithoutProblem,
            @Schema(minimum = "0") int actionsWithoutMeasure,
            @Schema(minimum = "0") int measuresWithoutRecentUpdate) {
    }

    @Schema(name = "ImportGlance", requiredProperties = { "since", "count" })
    public record ImportGlance(
            @Schema(description = "Failed since this moment (the last 30 days).") OffsetDateTime since,
            @Schema(description = "Jobs of `GET /crime-statistics/imports` in state `failed` that finished since "
                    + "`since`.", minimum = "0") long count,
            @Schema(description = "The newest of them; null when none failed.", nullable = true, minimum = "0")
            Long latestId) {
    }
}
