package se.varna.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The follow-up status of a commitment. */
@Schema(name = "CommitmentStatus", description = "Follow-up status of a commitment: not started, ongoing, "
        + "fulfilled or not fulfilled.")
public enum CommitmentStatus {
    notStarted, ongoing, fulfilled, notFulfilled;

    /** Whether the commitment is still being worked on, so that a follow-up falls due. */
    public boolean open() {
        return this == notStarted || this == ongoing;
    }
}
