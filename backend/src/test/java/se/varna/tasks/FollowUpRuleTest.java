package se.varna.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The one follow-up rule as a query's cut-off day: it agrees with {@code overdue} on every day. */
class FollowUpRuleTest {

    private static FollowUpRule sixMonths() {
        FollowUpRule rule = new FollowUpRule();
        rule.config = new TasksConfig() {
            public int followUpMonths() {
                return 6;
            }

            public int horizonDays() {
                return 30;
            }

            public String digestCron() {
                return "off";
            }

            public String digestRetry() {
                return "off";
            }

            public String webBaseUrl() {
                return "http://localhost";
            }
        };
        return rule;
    }

    @Test
    void theCutOffDayAgreesWithOverdueAtMonthEnds() {
        FollowUpRule rule = sixMonths();
        // 28 February + 6 months is 28 August, so on 29 August it is overdue, though 29 August − 6
        // months is 28 February
        assertThat(rule.overdue(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 8, 29))).isTrue();
        assertThat(rule.notOverdueFrom(LocalDate.of(2026, 8, 29))).isEqualTo(LocalDate.of(2026, 3, 1));
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() < 2028; today = today.plusDays(1)) {
            LocalDate cutOff = rule.notOverdueFrom(today);
            assertThat(rule.overdue(cutOff.minusDays(1), today)).as("the day before %s on %s", cutOff, today).isTrue();
            assertThat(rule.overdue(cutOff, today)).as("%s on %s", cutOff, today).isFalse();
        }
    }
}
