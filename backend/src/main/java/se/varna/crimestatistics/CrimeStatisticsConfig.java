package se.varna.crimestatistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of crime statistics ({@code varna.crime-statistics.*}); what readers without exact
 * figures see is disclosure control's ({@code varna.disclosure.*}).
 */
@ConfigMapping(prefix = "varna.crime-statistics")
public interface CrimeStatisticsConfig {

    /** The most cells one answer may hold; a larger request is answered 400. */
    @WithDefault("20000")
    int maxCells();
}
