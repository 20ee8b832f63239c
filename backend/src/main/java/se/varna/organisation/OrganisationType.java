package se.varna.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kind of organisation. Constant names are the API's values.
 */
@Schema(name = "OrganisationType", description = "`politicalBody` (*nämnd, styrelse, fullmäktige*), `office` "
        + "(*kontor, förvaltning*), `unit` (*enhet*), `company` (*kommunalt bolag*), `forum` (*råd, arena*), "
        + "`agency` (another public authority), `association` or `business`.")
public enum OrganisationType {
    /** Nämnd, styrelse, fullmäktige. */
    politicalBody,
    /** Kontor, förvaltning. */
    office,
    /** Enhet. */
    unit,
    /** Kommunalt bolag. */
    company,
    /** Råd, arena. */
    forum,
    /** Another public authority. */
    agency,
    association,
    business
}
