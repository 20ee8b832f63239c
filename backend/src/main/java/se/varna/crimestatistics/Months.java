package se.varna.crimestatistics;

import java.time.LocalDate;

/**
 * Months as whole numbers ({@code year * 12 + month - 1}), so that ranges and shifts are
 * arithmetic, and their {@code YYYY-MM} spelling.
 */
final class Months {

    private Months() {
    }

    static int of(int year, int month) {
        return year * 12 + month - 1;
    }

    static int of(LocalDate date) {
        return of(date.getYear(), date.getMonthValue());
    }

    static int year(int month) {
        return Math.floorDiv(month, 12);
    }

    /** 1–12. */
    static int monthOfYear(int month) {
        return Math.floorMod(month, 12) + 1;
    }

    static LocalDate firstDay(int month) {
        return LocalDate.of(year(month), monthOfYear(month), 1);
    }

    /** The first days of {@code months} as an SQL {@code date[]}, for {@code = any(?)}. */
    static java.sql.Array firstDays(java.sql.Connection c, int[] months) throws java.sql.SQLException {
        java.sql.Date[] dates = new java.sql.Date[months.length];
        for (int i = 0; i < months.length; i++) {
            dates[i] = java.sql.Date.valueOf(firstDay(months[i]));
        }
        return c.createArrayOf("date", dates);
    }

    static String format(int month) {
        int m = monthOfYear(month);
        return year(month) + (m < 10 ? "-0" : "-") + m;
    }

    /**
     * Parses {@code YYYY-MM} (years 1900–2999) without allocating; -1 when it is not one.
     */
    static int parse(CharSequence text) {
        if (text.length() != 7 || text.charAt(4) != '-') {
            return -1;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            year = year * 10 + (c - '0');
        }
        char m1 = text.charAt(5);
        char m2 = text.charAt(6);
        if (m1 < '0' || m1 > '1' || m2 < '0' || m2 > '9') {
            return -1;
        }
        int month = (m1 - '0') * 10 + (m2 - '0');
        if (month < 1 || month > 12 || year < 1900 || year > 2999) {
            return -1;
        }
        return of(year, month);
    }
}
