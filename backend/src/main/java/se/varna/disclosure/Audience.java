package se.varna.disclosure;

/**
 * Who a figure is published for, decided once per request by {@link DisclosureControl#audience()}.
 *
 * @param exact
 *            the caller sees exact figures (coordinator, viewer, editor)
 * @param organisation
 *            for a partner: the code of its own organisation, whose deliveries it sees exactly;
 *            otherwise null
 */
public record Audience(boolean exact, String organisation) {

    /** Everyone else: anonymous readers, and partners for what their organisation did not deliver. */
    public static final Audience PUBLIC = new Audience(false, null);

    public static final Audience EXACT = new Audience(true, null);

    /** Whether figures the organisation delivered or owns are exact for this audience. */
    public boolean owns(String organisationCode) {
        return exact || (organisation != null && organisation.equals(organisationCode));
    }
}
