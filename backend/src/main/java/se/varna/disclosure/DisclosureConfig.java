package se.varna.disclosure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of disclosure control ({@code varna.disclosure.*}; environment
 * {@code VARNA_DISCLOSURE_*}). Documented in docs/disclosure-control.md; none of them is ever
 * part of an answer except the threshold, which the answer needs to say "fewer than 3".
 */
@ConfigMapping(prefix = "varna.disclosure")
public interface DisclosureConfig {

    /** A published count below this (and above 0) is shown as "fewer than N". */
    @WithDefault("3")
    int threshold();

    /**
     * D, the published bound: a perturbed count differs from the exact one by less than this
     * (the table's largest change is D − 1). At least 2.
     */
    @WithDefault("3")
    int maxNoise();

    /**
     * An indicator value whose denominator (respondents, pupils) is below this is suppressed
     * for readers without exact figures.
     */
    @WithDefault("15")
    int minGroupSize();

    /**
     * The secret the record keys of crime figures are derived from (HMAC-SHA256). No default:
     * the dev and test profiles set one, production must set its own
     * ({@code VARNA_DISCLOSURE_SECRET}, at least 16 characters) or the service does not start.
     * Keep it: changing it gives new figures new keys, and two different perturbations of the
     * same figure tell more than one.
     */
    String secret();
}
