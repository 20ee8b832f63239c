package se.varna.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The follow-up status of a commitment. */
@Schema(name = "CommitmentStatus", description = "Follow-up status of a commitment: not started, ongoing, "
        + "fulfilled or not fulfilled.")
public enum CommitmentStatus {
    notStarted, ongoing, fulfilled, notFulfilled
}
