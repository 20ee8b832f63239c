package se.varna.common.deprecation;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;

/**
 * The deprecated parts of the contract the current request used. A service that still answers
 * an old value calls {@link #used}; {@link DeprecationHeaders} tells the client in the answer.
 */
@RequestScoped
public class DeprecatedUse {

    private final List<Deprecation> used = new ArrayList<>();

    public void used(Deprecation deprecation) {
        if (!used.contains(deprecation)) {
            used.add(deprecation);
        }
    }

    /** Whether the request used anything deprecated. */
    public boolean any() {
        return !used.isEmpty();
    }

    List<Deprecation> all() {
        return used;
    }
}
