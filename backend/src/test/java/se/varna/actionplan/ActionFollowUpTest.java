package se.varna.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.varna.actionplan.ActionPlanDtos.FollowUpStatus;
import se.varna.actionplan.ActionPlanDtos.ResultTrend;
import se.varna.actionplan.ActionPlanDtos.ResultTrendView;
import se.varna.measure.Assessment;
import se.varna.measure.MeasureDtos.LastProgressUpdate;

/** An action's follow-up status from its measures' latest assessments and its result figure's trend, at fixed data. */
class ActionFollowUpTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 3);

    private static LastProgressUpdate update(Assessment a) {
        return new LastProgressUpdate(DAY, a);
    }

    private static ResultTrendView trend(ResultTrend t) {
        return new ResultTrendView("crimeCategory", "narkotikabrott", t, "2024-11/2025-10", 40.0, "2023-11/2024-10",
                30.0);
    }

    @Test
    void anActionWithoutMeasuresHasNoneAndOneWithoutUpdatesHasNotStarted() {
        assertThat(ActionFollowUp.status(0, List.of(), null)).isEqualTo(FollowUpStatus.noMeasures);
        assertThat(ActionFollowUp.status(2, List.of(), trend(ResultTrend.worsening)))
                .isEqualTo(FollowUpStatus.notStarted);
    }

    @Test
    void theWorstLatestAssessmentDecides() {
        assertThat(ActionFollowUp.status(3, List.of(update(Assessment.green), update(Assessment.red),
                update(Assessment.amber)), null)).isEqualTo(FollowUpStatus.offTrack);
        assertThat(ActionFollowUp.status(2, List.of(update(Assessment.green), update(Assessment.amber)), null))
                .isEqualTo(FollowUpStatus.atRisk);
        assertThat(ActionFollowUp.status(2, List.of(update(Assessment.green), update(Assessment.green)),
                trend(ResultTrend.improving))).isEqualTo(FollowUpStatus.onTrack);
    }

    @Test
    void allGreenWhileTheResultWorsensIsAtRisk() {
        assertThat(ActionFollowUp.status(1, List.of(update(Assessment.green)), trend(ResultTrend.worsening)))
                .isEqualTo(FollowUpStatus.atRisk);
        assertThat(ActionFollowUp.status(1, List.of(update(Assessment.green)), trend(ResultTrend.unknown)))
                .isEqualTo(FollowUpStatus.onTrack);
        assertThat(ActionFollowUp.status(1, List.of(update(Assessment.red)), trend(ResultTrend.improving)))
                .as("an improving figure does not hide a red measure").isEqualTo(FollowUpStatus.offTrack);
    }
}
