package se.varna.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kind of organisation. Constant names are the API's values.
 */
@Schema(name = "OrganisationType")
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
