package se.varna.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The level of the policy's organisation ("Organisation och ansvar") an organisation or forum
 * works on. Constant names are the API's values, in Swedish as the policy names them.
 */
@Schema(name = "GovernanceLevel", description = "The level of the policy's organisation: `inriktande` (directing: "
        + "the council that adopts the policy), `strategisk` (strategic), `taktisk` (tactical) or `operativ` "
        + "(operational: the committees, administrations and companies that carry out the work).")
public enum GovernanceLevel {
    /** Inriktande nivå: Kommunfullmäktige. */
    inriktande,
    /** Strategisk nivå. */
    strategisk,
    /** Taktisk nivå. */
    taktisk,
    /** Operativ nivå. */
    operativ
}
