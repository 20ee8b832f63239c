package se.varna.common;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The municipality this installation serves, by its code: the root area of type
 * {@code municipality} (there is no table of municipalities). Tables of new records carry
 * it, so that the data says whose it is. Looked up once: the area tree's root does not change
 * while the service runs.
 */
@ApplicationScoped
public class Municipality {

    @Inject
    EntityManager em;

    private volatile String code;

    /** The municipality's code, e.g. the official four-digit one. */
    public String code() {
        String known = code;
        if (known == null) {
            List<?> roots = em.createNativeQuery("select code from area where type = 'municipality' "
                    + "and parent_id is null order by id limit 1").getResultList();
            if (roots.isEmpty()) {
                throw new IllegalStateException("No root area of type municipality: load the area tree first");
            }
            known = (String) roots.get(0);
            code = known;
        }
        return known;
    }
}
