package se.varna.situation;

/**
 * Who may read a section or a problem of a lägesbild: {@code internal} for signed-in roles only
 * (the police's material is often not for publication), {@code public} for everyone once the
 * picture is adopted. Kept as the API's text ("public" is no Java name).
 */
public final class Visibility {

    public static final String INTERNAL = "internal";
    public static final String PUBLIC = "public";
    /** The constraint and the contract's enumeration. */
    public static final String PATTERN = "internal|public";

    private Visibility() {
    }
}
