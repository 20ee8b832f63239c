package se.varna.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.varna.common.Messages;


/**
 * A period people can read: {@code 2024} (year), {@code 2024H1} (half-year), {@code 2024Q2}
 * (quarter) or {@code 2024-05} (month), with its first and last day.
 */
public record Period(String code, IndicatorFrequency kind, int year, LocalDate start, LocalDate end)
        implements Comparable<Period> {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** The forms a period code takes, for messages: "a year (2024), half-year (2024H1), …". */
    public static String forms() {
        return Messages.text("period.forms");
    }

    private static final Comparator<Period> ORDER = Comparator.comparing(Period::start).thenComparing(Period::end);

    /** The period a code names, or empty when it names none (or a year outside 1900–2100). */
    public static Optional<Period> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = raw.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(code)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return valid(y).map(v -> months(code, IndicatorFrequency.yearly, y, 1, 12));
        }
        if ((m = HALF.matcher(code)).matches()) {
            int y = Integer.parseInt(m.group(1));
            int h = Integer.parseInt(m.group(2));
            return valid(y).map(v -> months(code, IndicatorFrequency.halfYearly, y, h * 6 - 5, h * 6));
        }
        if ((m = QUARTER.matcher(code)).matches()) {
            int y = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            return valid(y).map(v -> months(code, IndicatorFrequency.quarterly, y, q * 3 - 2, q * 3));
        }
        if ((m = MONTH.matcher(code)).matches()) {
            int y = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            return valid(y).map(v -> months(code, IndicatorFrequency.monthly, y, month, month));
        }
        return Optional.empty();
    }

    /** The year the code starts with, for a code already stored (always valid). */
    public static Period of(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("Not a period: " + code));
    }

    private static Optional<Integer> valid(int year) {
        return year >= 1900 && year <= 2100 ? Optional.of(year) : Optional.empty();
    }

    private static Period months(String code, IndicatorFrequency kind, int year, int firstMonth, int lastMonth) {
        return new Period(code, kind, year, LocalDate.of(year, firstMonth, 1),
                YearMonth.of(year, lastMonth).atEndOfMonth());
    }

    /** How an indicator of this frequency writes its periods, for messages. */
    public static String exampleOf(IndicatorFrequency frequency) {
        return Messages.text("period.example." + frequency.name());
    }

    /** The middle of the period, for rates of change between periods of any length. */
    public LocalDate middle() {
        return start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return code;
    }
}
