package se.varna.area;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every area, read once for a path that looks up many codes (the indicator-value import, the
 * crime-statistics import and queries), found by code with the rule of
 * {@link AreaService#findByCode}. Made only by {@link AreaService#index()}.
 */
public final class AreaIndex {

    private final List<Area> areas;
    private final Map<String, Area> byKey = new HashMap<>();

    AreaIndex(List<Area> areas) {
        this.areas = List.copyOf(areas);
        areas.forEach(a -> byKey.put(AreaService.key(a.code), a));
    }

    /** The area {@code code} names (null names none). */
    public Optional<Area> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byKey.get(AreaService.key(code)));
    }

    /** Every area: by type (the municipality first), then by Swedish name. */
    public List<Area> all() {
        return areas;
    }
}
