package se.varna.policy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A policy's period of whole years, written {@code 2020-2025}: a policy's code, an evaluation's
 * period and how the API names the policy an evaluation follows up. One parser for every place
 * that reads the form.
 */
public record PolicyPeriod(int firstYear, int lastYear) {

    private static final Pattern FORM = Pattern.compile("([0-9]{4})-([0-9]{4})");

    /** The period {@code text} names, or empty when it is not of the form {@code 2020-2025}. */
    public static Optional<PolicyPeriod> parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PolicyPeriod(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    public static PolicyPeriod of(Policy policy) {
        return new PolicyPeriod(policy.validFrom, policy.validTo);
    }

    public LocalDate firstDay() {
        return LocalDate.of(firstYear, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(lastYear, 12, 31);
    }

    /** {@code 2020-2025}. */
    public String code() {
        return firstYear + "-" + lastYear;
    }
}
