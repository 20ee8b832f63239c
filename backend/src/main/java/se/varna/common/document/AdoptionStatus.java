package se.varna.common.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a lägesbild or an action plan stands: a draft until the decision that adopts it. */
@Schema(name = "AdoptionStatus", description = "A draft until adopted; an adopted document is frozen.")
public enum AdoptionStatus {
    draft, adopted
}
