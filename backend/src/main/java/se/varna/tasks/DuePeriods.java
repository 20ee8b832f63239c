package se.varna.tasks;

import java.time.LocalDate;
import java.time.YearMonth;

import se.varna.indicator.IndicatorFrequency;
import se.varna.indicator.Period;

/**
 * The periods an indicator's values are due for: the one after a period, the one containing a
 * day, and the day a period's value is due given the publication lag.
 */
final class DuePeriods {

    private DuePeriods() {
    }

    /** The period of the same frequency that starts the day after {@code period} ends. */
    static Period following(Period period) {
        return containing(period.end().plusDays(1), period.kind());
    }

    /** The period of this frequency that holds {@code day}. */
    static Period containing(LocalDate day, IndicatorFrequency frequency) {
        int year = day.getYear();
        int month = day.getMonthValue();
        return Period.of(switch (frequency) {
            case yearly -> String.valueOf(year);
            case halfYearly -> year + "H" + (month <= 6 ? 1 : 2);
            case quarterly -> year + "Q" + ((month + 2) / 3);
            case monthly -> YearMonth.of(year, month).toString();
        });
    }

    /** The latest period of this frequency that has ended before {@code today}. */
    static Period lastEnded(LocalDate today, IndicatorFrequency frequency) {
        return containing(containing(today, frequency).start().minusDays(1), frequency);
    }

    /** The last day a period's value is on time: the end of the month {@code lagMonths} after the period's end. */
    static LocalDate due(Period period, int lagMonths) {
        return YearMonth.from(period.end()).plusMonths(lagMonths).atEndOfMonth();
    }
}
