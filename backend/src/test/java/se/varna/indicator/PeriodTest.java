package se.varna.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Period codes people read, and the days they cover. */
class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2024, yearly, 2024-01-01, 2024-12-31",
            "2024H1, halfYearly, 2024-01-01, 2024-06-30",
            "2024h2, halfYearly, 2024-07-01, 2024-12-31",
            "2024Q1, quarterly, 2024-01-01, 2024-03-31",
            "2024Q4, quarterly, 2024-10-01, 2024-12-31",
            "2024-02, monthly, 2024-02-01, 2024-02-29",
            "2023-02, monthly, 2023-02-01, 2023-02-28",
    })
    void readsEachFormWithItsFirstAndLastDay(String code, IndicatorFrequency kind, LocalDate start, LocalDate end) {
        Period period = Period.parse(code).orElseThrow();
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.code()).isEqualTo(code.toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "24", "2024H3", "2024Q0", "2024Q5", "2024-13", "2024-00", "2024-5", "1899", "2101",
            "2024 H1", "H1 2024", "2024/05", "abc" })
    void refusesWhatIsNotAPeriodCode(String code) {
        assertThat(Period.parse(code)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "2024Q1, 2024-03", "2023, 2024H1", "2024H1, 2024H2", "2024-01, 2024" })
    void ordersByFirstDayThenLastDay(String earlier, String later) {
        assertThat(Period.parse(earlier).orElseThrow()).isLessThan(Period.parse(later).orElseThrow());
    }
}
