package se.varna.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import se.varna.common.CurrentCaller;
import se.varna.common.VarnaRole;

/**
 * The one path every figure a resident or partner can see takes: crime counts (the cell-key
 * method), indicator values (a minimum group size and rounding) and whatever is built from them
 * (report views and exports, CSV). It decides once per request who sees what
 * ({@link #audience()}) and publishes each figure for that audience. docs/disclosure-control.md
 * says why and how.
 */
@ApplicationScoped
public class DisclosureControl {

    /** The steps shares are rounded to, in percentage points, finest first. */
    private static final double[] SHARE_STEPS = { 0.1, 0.5, 1, 2, 5, 10 };

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentOperation operation;

    @Inject
    DisclosureConfig config;

    private Perturbation perturbation;

    /** Cells answered suppressed, by kind (docs/operations.md#figures-to-watch). */
    private Counter suppressedCounts;
    private Counter suppressedValues;

    @Inject
    void metrics(MeterRegistry registry) {
        suppressedCounts = suppressed(registry, "crimeCount");
        suppressedValues = suppressed(registry, "indicatorValue");
    }

    private static Counter suppressed(MeterRegistry registry, String kind) {
        return Counter.builder("varna.disclosure.suppressed").tag("kind", kind)
                .description("Figures answered suppressed (below the threshold or the minimum group size)")
                .register(registry);
    }

    /** The operations that asked for an audience: what {@code DisclosureCoverageTest} reads. */
    private final Set<String> operationsServed = ConcurrentHashMap.newKeySet();

    void onStart(@Observes StartupEvent event) {
        if (config.secret().length() < 16) {
            throw new IllegalStateException("varna.disclosure.secret must be at least 16 characters");
        }
        if (config.threshold() < 1 || config.minGroupSize() < 1) {
            throw new IllegalStateException("varna.disclosure.threshold and min-group-size must be at least 1");
        }
        perturbation();
    }

    private Perturbation perturbation() {
        if (perturbation == null) {
            perturbation = new Perturbation(config.maxNoise());
        }
        return perturbation;
    }

    /**
     * Who the current caller's figures are for: coordinators, viewers and editors see exact
     * figures; a partner sees exactly what its own organisation delivered or owns and the rest
     * as the public does; anonymous callers see protected figures.
     */
    public Audience audience() {
        String id = operation.id();
        if (id != null) {
            operationsServed.add(id);
        }
        if (caller.hasRole(VarnaRole.coordinator) || caller.hasRole(VarnaRole.viewer)
                || caller.hasRole(VarnaRole.editor)) {
            return Audience.EXACT;
        }
        if (caller.hasRole(VarnaRole.partner)) {
            return new Audience(false, caller.organisationCode().orElse(null));
        }
        return Audience.PUBLIC;
    }

    /** The operation ids of requests that asked this component for their audience, since start. */
    public Set<String> operationsServed() {
        return Set.copyOf(operationsServed);
    }

    /** A published count below this is "fewer than N". */
    public int threshold() {
        return config.threshold();
    }

    /** A published count and how it relates to the exact one. */
    public record PublishedCount(Long count, Disclosure disclosure) {
    }

    /**
     * A count as the audience may see it.
     *
     * @param exact
     *            the exact count
     * @param foreign
     *            the part of it not delivered by the audience's own organisation (for a
     *            partner); the whole count for everyone else
     * @param cellKey
     *            the cell's key: the sum of its records' keys, modulo 2^32
     */
    public PublishedCount count(Audience audience, long exact, long foreign, int cellKey) {
        if (audience.exact() || foreign == 0 || exact == 0) {
            return new PublishedCount(exact, Disclosure.exact);
        }
        long published = exact + perturbation().noise(exact, cellKey);
        if (published < config.threshold()) {
            suppressedCounts.increment();
            return new PublishedCount(null, Disclosure.suppressed);
        }
        return new PublishedCount(published, Disclosure.perturbed);
    }

    /** An indicator value as the audience may see it; numerator and denominator only when exact. */
    public record PublishedValue(BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            Disclosure disclosure) {
    }

    /**
     * An indicator value as the audience may see it. Exact for privileged readers and for a
     * partner whose organisation owns the indicator. For everyone else: suppressed when the
     * denominator is below the minimum group size, or missing on a survey-based indicator;
     * otherwise without numerator and denominator, and a share (unit percent) with a known
     * denominator n rounded to the finest step of 0.1, 0.5, 1, 2, 5 or 10 percentage points that
     * is at least one respondent's share (100 / n): 10 points for 15 respondents, 5 for 20–39, 2
     * for 50–99, 1 for 100–199, 0.5 for 200–999, 0.1 from 1 000.
     */
    public PublishedValue indicatorValue(Audience audience, String owner, boolean surveyBased, boolean share,
            BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
        if (audience.owns(owner)) {
            return new PublishedValue(value, numerator, denominator, Disclosure.exact);
        }
        if ((denominator == null && surveyBased)
                || (denominator != null && denominator.compareTo(BigDecimal.valueOf(config.minGroupSize())) < 0)) {
            suppressedValues.increment();
            return new PublishedValue(null, null, null, Disclosure.suppressed);
        }
        if (!share || denominator == null || value == null) {
            return new PublishedValue(value, null, null, Disclosure.exact);
        }
        double onePerson = 100.0 / denominator.doubleValue();
        double step = SHARE_STEPS[SHARE_STEPS.length - 1];
        for (double s : SHARE_STEPS) {
            if (s >= onePerson - 1e-9) {
                step = s;
                break;
            }
        }
        BigDecimal steps = value.divide(BigDecimal.valueOf(step), 0, RoundingMode.HALF_UP);
        BigDecimal rounded = steps.multiply(BigDecimal.valueOf(step)).stripTrailingZeros();
        return new PublishedValue(rounded.scale() < 0 ? rounded.setScale(0) : rounded, null, null, Disclosure.rounded);
    }
}
