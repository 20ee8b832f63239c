package se.varna.crimestatistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an import job is. Constant names are the API's and the database's values.
 */
@Schema(name = "CrimeStatisticsImportState", description = "`queued`, `running`, `succeeded`, `rejected` "
        + "(all-or-nothing with invalid rows: nothing stored), `failed` (an unexpected error, the database going away or "
        + "a restart: nothing stored).")
public enum CrimeStatisticsImportState {
    queued, running, succeeded, rejected, failed;

    boolean finished() {
        return this == succeeded || this == rejected || this == failed;
    }
}
