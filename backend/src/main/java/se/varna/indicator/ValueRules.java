package se.varna.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.varna.area.Area;
import se.varna.area.AreaIndex;
import se.varna.area.AreaService;
import se.varna.area.AreaType;
import se.varna.common.CurrentCaller;
import se.varna.common.FieldError;
import se.varna.common.Messages;
import se.varna.common.VarnaRole;
import se.varna.common.imports.CsvUpload;

/**
 * What makes an indicator value valid, for one value sent as JSON and for every row of an
 * import alike: the indicator exists and the caller may record its values (a coordinator, or
 * an editor of the owning organisation), the period is a code of the indicator's frequency,
 * the area, sex and age group exist and the indicator is split that way, the figures are
 * numbers. Every message is written for the person who typed the value.
 */
final class ValueRules {

    /** The longest source of a value (the contract's maxLength and the column's). */
    static final int SOURCE_MAX_LENGTH = 255;
    static final Set<String> SEXES = Set.of("total", "female", "male");
    static final String TOTAL = "total";

    /** A value as sent, every field as text; {@code row} null for a value sent as JSON. */
    record Raw(Long row, String indicator, String period, String area, String sex, String ageGroup, String value,
            String numerator, String denominator, String status, String source) {
    }

    /** A valid value, ready to store. */
    record Valid(Long row, Indicator indicator, Period period, Area area, String sex, String ageGroup,
            BigDecimal value, BigDecimal numerator, BigDecimal denominator, String status, String source) {

        String key() {
            return indicator.id + "|" + period.code() + "|" + area.id + "|" + sex + "|" + ageGroup;
        }
    }

    /** The outcome of checking one value: valid, or its errors; {@code forbidden} when one is a permission error. */
    record Checked(Valid valid, List<FieldError> errors, boolean forbidden, boolean knownIndicator) {
    }

    private final Map<String, Indicator> byCode = new HashMap<>();
    private final AreaIndex areas;
    private final CurrentCaller caller;
    /** The municipality's area (the root), whose code and name the area messages give as examples. */
    private Area municipality;

    private ValueRules(CurrentCaller caller, AreaIndex areas) {
        this.caller = caller;
        this.areas = areas;
    }

    /** Reads the indicators once, for a whole file; the areas are the area owner's index. */
    static ValueRules load(CurrentCaller caller, AreaIndex areas) {
        ValueRules rules = new ValueRules(caller, areas);
        Indicator.<Indicator>find("select i from Indicator i left join fetch i.owner").list()
                .forEach(i -> rules.byCode.put(i.code.toUpperCase(Locale.ROOT), i));
        rules.municipality = areas.all().stream()
                .filter(a -> a.type == AreaType.municipality && a.parentId == null).findFirst().orElseGet(() -> {
                    Area none = new Area();
                    none.code = "";
                    none.name = "";
                    return none;
                });
        return rules;
    }

    Optional<Indicator> indicatorByCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    Optional<Indicator> indicatorByKoladaKpi(String kpi) {
        return byCode.values().stream()
                .filter(i -> i.source == IndicatorSource.kolada && kpi != null && kpi.strip().equalsIgnoreCase(i.sourceReference))
                .findFirst();
    }

    /** Whether the caller may record values of the indicator. */
    boolean mayRecord(Indicator indicator) {
        if (caller.hasRole(VarnaRole.coordinator)) {
            return true;
        }
        return caller.hasRole(VarnaRole.editor) && indicator.owner != null && caller.actsFor(indicator.owner.code);
    }

    String refusal(Indicator indicator) {
        String owner = indicator.owner == null ? Messages.text("word.noOrganisation") : indicator.owner.code;
        return Messages.text("import.row.indicator.refused", indicator.code, owner,
                caller.organisationCode().orElseGet(() -> Messages.text("word.none")));
    }

    /** Every rule a value breaks, each named; or the value, ready to store. */
    Checked check(Raw raw) {
        List<FieldError> errors = new ArrayList<>();
        Indicator indicator = indicator(raw, errors);
        boolean forbidden = indicator != null && !mayRecord(indicator);
        if (forbidden) {
            errors.add(error(raw, "indicator", refusal(indicator)));
        } else if (indicator != null && indicator.computed()) {
            errors.add(error(raw, "indicator", Messages.text("problem.indicatorComputed.detail", indicator.code)));
        }
        Period period = period(raw, indicator, errors);
        Area area = area(raw, indicator, errors);
        String sex = sex(raw, indicator, errors);
        String ageGroup = ageGroup(raw, indicator, errors);
        BigDecimal value = null;
        if (blank(raw.value())) {
            errors.add(error(raw, "value", Messages.text("import.row.value.empty")));
        } else {
            value = number(raw, "value", raw.value(), errors);
        }
        BigDecimal numerator = blank(raw.numerator()) ? null : number(raw, "numerator", raw.numerator(), errors);
        BigDecimal denominator = blank(raw.denominator()) ? null
                : number(raw, "denominator", raw.denominator(), errors);
        checkFigures(raw, indicator, value, denominator, errors);
        String status = status(raw, errors);
        String source = source(raw, errors);
        if (!errors.isEmpty()) {
            return new Checked(null, errors, forbidden, indicator != null);
        }
        return new Checked(new Valid(raw.row(), indicator, period, area, sex, ageGroup, value, numerator, denominator,
                status, source), List.of(), false, true);
    }

    /** The indicator the value is of, by code; null after an error when there is none. */
    private Indicator indicator(Raw raw, List<FieldError> errors) {
        if (blank(raw.indicator())) {
            errors.add(error(raw, "indicator", Messages.text("import.row.indicator.empty")));
            return null;
        }
        Indicator indicator = indicatorByCode(raw.indicator()).orElse(null);
        if (indicator == null) {
            errors.add(error(raw, "indicator", Messages.text("import.row.indicator.unknown", shorten(raw.indicator()))));
        }
        return indicator;
    }

    /** The period, one of the indicator's frequency; null after an error otherwise. */
    private static Period period(Raw raw, Indicator indicator, List<FieldError> errors) {
        if (blank(raw.period())) {
            errors.add(error(raw, "period", Messages.text("import.row.period.empty", Period.forms())));
            return null;
        }
        Period period = Period.parse(raw.period()).orElse(null);
        if (period == null) {
            errors.add(error(raw, "period", Messages.text("import.row.period.unknown", shorten(raw.period()),
                    Period.forms())));
        } else if (indicator != null && period.kind() != indicator.frequency) {
            errors.add(error(raw, "period", Messages.text("import.row.period.frequency", indicator.code,
                    Messages.text("frequency." + indicator.frequency.name()), Period.exampleOf(indicator.frequency),
                    shorten(raw.period()))));
            return null;
        }
        return period;
    }

    /** The area: the municipality, or a district when the indicator is split by area. */
    private Area area(Raw raw, Indicator indicator, List<FieldError> errors) {
        if (blank(raw.area())) {
            errors.add(error(raw, "area", Messages.text("import.row.area.empty", municipality.code, municipality.name)));
            return null;
        }
        Area area = areas.find(raw.area()).orElse(null);
        if (area == null) {
            errors.add(error(raw, "area", AreaService.unknownCode(raw.area())));
        } else if (indicator != null && area.type != AreaType.municipality && !indicator.supports(Disaggregation.area)) {
            errors.add(error(raw, "area", Messages.text("import.row.area.notSplit", indicator.code, municipality.code,
                    area.code)));
            return null;
        }
        return area;
    }

    /** The sex, {@code total} when none is given; another only when the indicator is split by sex. */
    private static String sex(Raw raw, Indicator indicator, List<FieldError> errors) {
        String sex = blank(raw.sex()) ? TOTAL : raw.sex().strip().toLowerCase(Locale.ROOT);
        if (!SEXES.contains(sex)) {
            errors.add(error(raw, "sex", Messages.text("import.row.sex.unknown", shorten(raw.sex()))));
            return null;
        }
        if (indicator != null && !TOTAL.equals(sex) && !indicator.supports(Disaggregation.sex)) {
            errors.add(error(raw, "sex", Messages.text("import.row.sex.notSplit", indicator.code)));
            return null;
        }
        return sex;
    }

    /** The age group, {@code total} when none is given; another only one the indicator declares. */
    private static String ageGroup(Raw raw, Indicator indicator, List<FieldError> errors) {
        String ageGroup = blank(raw.ageGroup()) ? TOTAL : raw.ageGroup().strip().toLowerCase(Locale.ROOT);
        if (indicator != null && !TOTAL.equals(ageGroup) && !Arrays.asList(indicator.ageGroups).contains(ageGroup)) {
            errors.add(error(raw, "ageGroup", indicator.ageGroups.length == 0
                    ? Messages.text("import.row.ageGroup.notSplit", indicator.code)
                    : Messages.text("import.row.ageGroup.unknown", shorten(raw.ageGroup()), indicator.code,
                            String.join(", ", indicator.ageGroups))));
            return null;
        }
        return ageGroup;
    }

    /** A denominator is positive; a share is 0–100; other units but an index are not negative. */
    private static void checkFigures(Raw raw, Indicator indicator, BigDecimal value, BigDecimal denominator,
            List<FieldError> errors) {
        if (denominator != null && denominator.signum() <= 0) {
            errors.add(error(raw, "denominator", Messages.text("field.positive")));
        }
        if (indicator == null || value == null) {
            return;
        }
        if (indicator.unit == IndicatorUnit.percent && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(error(raw, "value", Messages.text("import.row.value.percent", indicator.code,
                    value.toPlainString())));
        }
        if (indicator.unit != IndicatorUnit.percent && indicator.unit != IndicatorUnit.index && value.signum() < 0) {
            errors.add(error(raw, "value", Messages.text("import.row.value.negative",
                    Messages.text("unit." + indicator.unit.name()))));
        }
    }

    /** {@code final} when none is given, or {@code preliminary}. */
    private static String status(Raw raw, List<FieldError> errors) {
        String status = blank(raw.status()) ? "final" : raw.status().strip().toLowerCase(Locale.ROOT);
        if (!status.equals("final") && !status.equals("preliminary")) {
            errors.add(error(raw, "status", Messages.text("import.row.status.unknown", shorten(raw.status()))));
        }
        return status;
    }

    /**
     * The source, stripped; null when none is given. A value sent as JSON had its length checked
     * as sent ({@code ValueInput}'s constraint); a file's row is checked here.
     */
    private static String source(Raw raw, List<FieldError> errors) {
        String source = blank(raw.source()) ? null : raw.source().strip();
        if (source != null && source.length() > SOURCE_MAX_LENGTH) {
            errors.add(error(raw, "source", Messages.text("field.longerThan", SOURCE_MAX_LENGTH)));
        }
        return source;
    }

    private static BigDecimal number(Raw raw, String column, String text, List<FieldError> errors) {
        Optional<BigDecimal> parsed = CsvUpload.decimal(text);
        if (parsed.isEmpty()) {
            errors.add(error(raw, column, Messages.text("import.row.number.invalid", shorten(text))));
            return null;
        }
        BigDecimal n = parsed.get();
        if (n.abs().compareTo(new BigDecimal("9999999999")) > 0 || Math.max(n.scale(), 0) > 4) {
            if (n.abs().compareTo(new BigDecimal("9999999999")) > 0) {
                errors.add(error(raw, column, Messages.text("import.row.number.tooLarge")));
                return null;
            }
            n = n.setScale(4, java.math.RoundingMode.HALF_UP);
        }
        return n;
    }

    static FieldError error(Raw raw, String column, String message) {
        return raw.row() == null ? new FieldError(column, message) : FieldError.atRow(raw.row(), column, message);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String shorten(String raw) {
        String s = raw == null ? "" : raw.strip();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Distinct keys seen so far in a file, to report a row that repeats an earlier one. */
    static final class Duplicates {
        private final Map<String, Long> firstRow = new HashMap<>();
        private final Set<String> seen = new HashSet<>();

        Optional<Long> earlier(Valid v) {
            if (seen.add(v.key())) {
                firstRow.put(v.key(), v.row());
                return Optional.empty();
            }
            return Optional.of(firstRow.get(v.key()));
        }
    }
}
