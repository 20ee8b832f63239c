package se.varna.crimestatistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of crime statistics ({@code varna.crime-statistics.*}).
 */
@ConfigMapping(prefix = "varna.crime-statistics")
public interface CrimeStatisticsConfig {

    /**
     * For anonymous callers and partners, a count above 0 and below this is suppressed
     * (shown as "fewer than N"), with enough other figures that it cannot be worked out.
     */
    @WithDefault("3")
    int suppressionThreshold();

    /** The most cells one answer may hold; a larger request is answered 400. */
    @WithDefault("20000")
    int maxCells();
}
