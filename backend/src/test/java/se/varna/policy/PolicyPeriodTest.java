package se.varna.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The one reading of a policy period: what is one, what is not, and the days it spans. */
class PolicyPeriodTest {

    @Test
    void readsTwoYearsAroundAHyphenAndSpansThemWhole() {
        PolicyPeriod period = PolicyPeriod.parse(" 2020-2025 ").orElseThrow();
        assertEquals(new PolicyPeriod(2020, 2025), period);
        assertEquals(LocalDate.of(2020, 1, 1), period.firstDay());
        assertEquals(LocalDate.of(2025, 12, 31), period.lastDay());
        assertEquals("2020-2025", period.code());
    }

    @Test
    void anythingElseIsNoPeriod() {
        for (String text : new String[] { null, "", "2025H2", "2020-25", "2020–2025", "20202025", "2020-2025x",
                "abcd-efgh" }) {
            assertEquals(Optional.empty(), PolicyPeriod.parse(text), String.valueOf(text));
        }
        assertTrue(PolicyPeriod.parse("2026-2030").isPresent());
    }
}
