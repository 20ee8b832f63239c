package se.varna.measure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The SQL the effect follow-up reads beside the crime statistics' own queries: a crime
 * category's or group's name (the crime catalogue keeps names for its answers only).
 */
@ApplicationScoped
public class EvaluationQueries {

    @Inject
    EntityManager em;

    /** The category's or group's name in Swedish or English. */
    Optional<String> categoryName(String code, boolean swedish) {
        List<?> names = em.createNativeQuery("select " + (swedish ? "name_sv" : "name_en")
                + " from crime_category where code = ?1").setParameter(1, code).getResultList();
        return names.stream().findFirst().map(Object::toString);
    }
}
