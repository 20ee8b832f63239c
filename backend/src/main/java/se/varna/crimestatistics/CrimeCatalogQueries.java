package se.varna.crimestatistics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.varna.area.Area;
import se.varna.area.AreaIndex;
import se.varna.area.AreaService;
import se.varna.common.LocalizedText;
import se.varna.crimestatistics.CrimeCatalog.AgeGroup;
import se.varna.crimestatistics.CrimeCatalog.AreaNode;
import se.varna.crimestatistics.CrimeCatalog.Category;

/**
 * Reads the reference data of {@link CrimeCatalog}: a few dozen rows of categories and age
 * groups, and the areas as their owner ({@link AreaService#index()}) has them.
 */
@ApplicationScoped
public class CrimeCatalogQueries {

    @Inject
    DataSource dataSource;

    @Inject
    AreaService areaService;

    /** How long a read catalog is used before it is read again. */
    private static final long FRESH_NANOS = 10_000_000_000L;

    private volatile CrimeCatalog cached;
    private volatile long cachedAt;

    /**
     * The catalog, read at most every ten seconds (categories and areas change by migrations,
     * hardly ever while the service runs; a query must not pay five reads for them).
     */
    CrimeCatalog load() {
        CrimeCatalog catalog = cached;
        if (catalog != null && System.nanoTime() - cachedAt < FRESH_NANOS) {
            return catalog;
        }
        return reload();
    }

    /** The catalog as the database has it now. */
    CrimeCatalog reload() {
        AreaIndex areas = areaService.index();
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            CrimeCatalog catalog = load(st, areas);
            cachedAt = System.nanoTime();
            cached = catalog;
            return catalog;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the crime categories and areas", e);
        }
    }

    /** Read the catalog afresh next time. */
    void forget() {
        cached = null;
    }

    CrimeCatalog load(Statement st, AreaIndex areaIndex) throws SQLException {
        record RawCategory(long id, String code, boolean group, LocalizedText name, LocalizedText description,
                String sourceReference, Long parentId, LocalDate validFrom, LocalDate validTo, int sortOrder) {
        }
        List<RawCategory> raw = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("""
                select id, code, kind, name_sv, name_en, description_sv, description_en, source_reference, parent_id,
                       valid_from, valid_to, sort_order
                from crime_category order by sort_order, code""")) {
            while (rs.next()) {
                long parent = rs.getLong(9);
                Long parentId = rs.wasNull() ? null : parent;
                String dsv = rs.getString(6);
                String den = rs.getString(7);
                raw.add(new RawCategory(rs.getLong(1), rs.getString(2), "group".equals(rs.getString(3)),
                        new LocalizedText(rs.getString(4), rs.getString(5)),
                        dsv == null ? null : new LocalizedText(dsv, den == null ? dsv : den), rs.getString(8),
                        parentId, rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
                        rs.getInt(12)));
            }
        }
        Map<Long, Integer> categoryIndex = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            categoryIndex.put(raw.get(i).id(), i);
        }
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawCategory r = raw.get(i);
            categories.add(new Category(i, r.id(), r.code(), r.group(), r.name(), r.description(), r.sourceReference(),
                    r.parentId() == null ? -1 : categoryIndex.get(r.parentId()), Months.of(r.validFrom()),
                    r.validTo() == null ? Integer.MAX_VALUE : Months.of(r.validTo()), r.sortOrder()));
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        try (ResultSet rs = st.executeQuery("""
                select m.group_id, m.category_id from crime_category_member m
                join crime_category c on c.id = m.category_id order by c.sort_order, c.code""")) {
            while (rs.next()) {
                members.computeIfAbsent(categoryIndex.get(rs.getLong(1)), k -> new ArrayList<>())
                        .add(categoryIndex.get(rs.getLong(2)));
            }
        }

        // The areas in their owner's display order, numbered in it.
        List<Area> ordered = areaIndex.all();
        Map<Long, Integer> areaNumber = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            areaNumber.put(ordered.get(i).id, i);
        }
        List<AreaNode> areas = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Area a = ordered.get(i);
            areas.add(new AreaNode(i, a.id, a.code, a.name, a.type.name(),
                    a.parentId == null ? -1 : areaNumber.get(a.parentId)));
        }

        List<AgeGroup> ageGroups = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("select id, code, sort_order from age_group order by sort_order")) {
            while (rs.next()) {
                ageGroups.add(new AgeGroup(rs.getLong(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return new CrimeCatalog(categories, members, areas, areaIndex, ageGroups);
    }
}
