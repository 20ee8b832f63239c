package se.varna.disclosure;

import jakarta.enterprise.context.RequestScoped;

/**
 * The contract's operation id of the current request, set by {@link CurrentOperationFilter}:
 * what {@link DisclosureControl} records so that a test can prove each public figure went
 * through it.
 */
@RequestScoped
public class CurrentOperation {

    private String id;

    public String id() {
        return id;
    }

    void set(String id) {
        this.id = id;
    }
}
