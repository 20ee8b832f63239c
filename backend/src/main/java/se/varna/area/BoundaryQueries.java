package se.varna.area;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The SQL that reads and writes area boundaries (the {@code area.boundary} jsonb column),
 * kept out of the entity so that the area tree never loads geometries.
 */
@ApplicationScoped
public class BoundaryQueries {

    /** An area with its boundary as GeoJSON text (null when it has none). */
    public record BoundaryRow(long id, String code, String name, AreaType type, Long parentId, String boundary,
            boolean demo) {
    }

    private static final String SELECT = """
            select id, code, name, type, parent_id, boundary::text, boundary_demo from area
            """;

    @Inject
    EntityManager em;

    public Optional<BoundaryRow> byId(long id) {
        return rows(em.createNativeQuery(SELECT + " where id = ?1").setParameter(1, id).getResultList())
                .stream().findFirst();
    }

    public List<BoundaryRow> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows(em.createNativeQuery(SELECT + " where id in (?1)").setParameter(1, ids).getResultList());
    }

    public List<BoundaryRow> childrenOf(long parentId) {
        return rows(em.createNativeQuery(SELECT + " where parent_id = ?1").setParameter(1, parentId)
                .getResultList());
    }

    /** Stores a real (not demo) boundary; {@code geometry} is GeoJSON text. */
    public void store(long areaId, String geometry) {
        em.createNativeQuery("update area set boundary = cast(?1 as jsonb), boundary_demo = false where id = ?2")
                .setParameter(1, geometry).setParameter(2, areaId).executeUpdate();
    }

    /** Whether the area already has exactly this real boundary (compared as jsonb, not as text). */
    public boolean hasRealBoundary(long areaId, String geometry) {
        Object same = em.createNativeQuery(
                "select coalesce(boundary = cast(?1 as jsonb) and not boundary_demo, false) from area where id = ?2")
                .setParameter(1, geometry).setParameter(2, areaId).getSingleResult();
        return Boolean.TRUE.equals(same);
    }

    public void remove(long areaId) {
        em.createNativeQuery("update area set boundary = null, boundary_demo = false where id = ?1")
                .setParameter(1, areaId).executeUpdate();
    }

    private static List<BoundaryRow> rows(List<?> result) {
        return result.stream().map(o -> (Object[]) o)
                .map(r -> new BoundaryRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        AreaType.valueOf((String) r[3]), r[4] == null ? null : ((Number) r[4]).longValue(),
                        (String) r[5], (Boolean) r[6]))
                .toList();
    }
}
