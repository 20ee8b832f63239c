package se.varna.disclosure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a published figure relates to the exact one. Constant names are the API's values.
 */
@Schema(name = "Disclosure", description = "How the figure relates to the exact one. `exact`: as recorded. "
        + "`perturbed`: a count changed by a small deterministic amount (the cell-key method: the same figure "
        + "always gets the same amount, less than a configured bound, 3 by default). `rounded`: a share rounded to "
        + "the precision its group size supports. `suppressed`: not shown (a count published below the threshold, "
        + "\"fewer than 3\", or an indicator value of too few respondents); never shown as 0.")
public enum Disclosure {
    exact, perturbed, rounded, suppressed
}
