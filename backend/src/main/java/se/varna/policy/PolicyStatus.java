package se.varna.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A policy's place in its lifecycle: a draft until adopted, then frozen. */
@Schema(name = "PolicyStatus", description = "`draft` until adopted; an adopted policy and its goals never change.")
public enum PolicyStatus {
    draft, adopted
}
