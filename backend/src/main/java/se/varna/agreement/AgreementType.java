package se.varna.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen promise (medborgarlöfte) or a collaboration agreement (samverkansöverenskommelse). */
@Schema(name = "AgreementType", description = "`citizenPromise` (*medborgarlöfte*) or `collaborationAgreement` "
        + "(*samverkansöverenskommelse*).")
public enum AgreementType {
    citizenPromise, collaborationAgreement
}
