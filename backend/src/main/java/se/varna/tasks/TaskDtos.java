package se.varna.tasks;

import static se.varna.common.Limits.DATE_TIME_ANSWER;
import static se.varna.common.Limits.USERNAME_ANSWER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.LocalizedText;
import se.varna.common.Parameters;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;

/**
 * The to-dos API model: what an organisation must do and by when, the reminder settings of a
 * user and the publication lag of an indicator.
 */
public final class TaskDtos {

    private TaskDtos() {
    }

    /** What kind of thing is due. Constant names are the API's values. */
    @Schema(name = "TaskKind", description = "What is due: an indicator's next value, a measure's progress update or "
            + "a commitment's follow-up.")
    public enum TaskKind {
        indicatorValue, measureUpdate, commitmentFollowUp
    }

    @Schema(name = "TaskLink", description = "Where the to-do is done: the API operation's path and the web app's page.",
            requiredProperties = { "api", "web" })
    public record TaskLink(
            @Schema(maxLength = 500, description = "Path of the API resource to act on, e.g. "
                    + "`/api/v1/indicators/12/values`.") String api,
            @Schema(maxLength = 500, description = "Path of the web app's page, e.g. `/indicators/12`.") String web) {
    }

    @Schema(name = "Task", description = "One thing an organisation must do, with its due date.",
            requiredProperties = { "kind", "title", "organisation", "dueDate", "overdue", "link" })
    public record Task(
            TaskKind kind,
            @Schema(ref = "LocalizedName", description = "What it concerns: the indicator's name, the measure's title or "
                    + "the commitment's text (the last two in one language, given twice).") LocalizedText title,
            @Schema(description = "The organisation that must do it.") OrganisationSummary organisation,
            @Schema(maxLength = Parameters.DATE_LENGTH, description = "The last day it is on time.") LocalDate dueDate,
            @Schema(description = "True when the due date has passed.") boolean overdue,
            @Schema(nullable = true, maxLength = 16, description = "The period whose value is due (indicator values only), "
                    + "e.g. `2025H2`.") String period,
            TaskLink link) {
    }

    @Schema(name = "TaskPage", description = "To-dos, the overdue first, each group by due date.",
            requiredProperties = { "items", "total", "overdue", "limit", "offset", "today" })
    public record TaskPage(
            List<Task> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0", description = "How many of all the to-dos (not only this page's) are overdue.") long overdue,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset,
            @Schema(maxLength = Parameters.DATE_LENGTH, description = "The day the due dates were judged on.") LocalDate today) {
    }

    @Schema(name = "ReminderSettings", description = "Whether the caller receives the weekly e-mail digest of their "
            + "organisation's to-dos.", requiredProperties = { "weeklyDigest", "eligible" })
    public record ReminderSettings(
            @Schema(description = "True unless the caller has turned the digest off.") boolean weeklyDigest,
            @Schema(description = "True when a digest can reach the caller: an editor with an e-mail address and an "
                    + "organisation in their token.") boolean eligible,
            @Schema(nullable = true, maxLength = 500, description = "The address the digest goes to.") String email) {
    }

    @Schema(name = "ReminderDigestRun", description = "What a run of the weekly digest did: its ISO week, how many "
            + "mails it sent, and how many editors of organisations with something due Keycloak named.",
            requiredProperties = { "week", "sent", "recipients" })
    public record ReminderDigestRun(
            @Schema(maxLength = 8, example = "2026-W18", description = "The ISO week; each editor gets one digest a week.")
            String week,
            @Schema(minimum = "0", description = "Mails this run sent (0 when every recipient already had this "
                    + "week's).") int sent,
            @Schema(minimum = "0", description = "Enabled editors with an e-mail address of the organisations with "
                    + "something due, opted-out ones included.") int recipients) {
    }

    @Schema(name = "ReminderSettingsInput", requiredProperties = { "weeklyDigest" })
    public record ReminderSettingsInput(
            @NotNull(message = "{varna.required.weeklyDigest}")
            @Schema(description = "False turns the weekly digest off for the caller.") Boolean weeklyDigest) {
    }

    @Schema(name = "IndicatorDueRule", description = "When an indicator's next value is due: the end of its next "
            + "period plus the publication lag.", requiredProperties = { "indicatorId", "publicationLagMonths" })
    public record IndicatorDueRule(
            @Schema(minimum = "0") long indicatorId,
            @Schema(minimum = "0", maximum = "24", description = "Months after a period's end its value is due.")
            int publicationLagMonths,
            @Schema(nullable = true, maxLength = 16, description = "The next period without a value; null for a "
                    + "computed indicator.") String nextPeriod,
            @Schema(nullable = true, maxLength = Parameters.DATE_LENGTH) LocalDate dueDate,
            @Schema(nullable = true, maxLength = DATE_TIME_ANSWER) OffsetDateTime updatedAt,
            @Schema(nullable = true, maxLength = USERNAME_ANSWER) String updatedBy) {
    }

    @Schema(name = "IndicatorDueRuleInput", requiredProperties = { "publicationLagMonths" })
    public record IndicatorDueRuleInput(
            @NotNull(message = "{varna.required.publicationLagMonths}") @Min(0) @Max(24)
            @Schema(description = "Months after a period's end its value is due, 0–24.") Integer publicationLagMonths) {
    }
}
