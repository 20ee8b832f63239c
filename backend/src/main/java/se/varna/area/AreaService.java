package se.varna.area;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.varna.area.AreaDtos.AgeGroupPopulation;
import se.varna.area.AreaDtos.AreaTree;
import se.varna.area.AreaDtos.AreaView;
import se.varna.area.AreaDtos.PopulationView;
import se.varna.area.PopulationQueries.PopulationRow;
import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.References;

/**
 * The owner of areas: the area tree with population, and the one rule by which a code a
 * request or file gives finds an area (see {@link #findByCode}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AreaService {

    private static final Collator SWEDISH = Collator.getInstance(Locale.of("sv", "SE"));

    /** Siblings in the order the area tree, maps and tables list them: by type, then by Swedish name. */
    static final Comparator<Area> DISPLAY_ORDER = Comparator.<Area, Integer>comparing(a -> a.type.ordinal())
            .thenComparing(a -> a.name, SWEDISH);

    @Inject
    PopulationQueries populationQueries;

    /**
     * The area hierarchy with population in {@code year} (the latest year with figures when
     * null). Leaf areas carry their own figures; a parent's are the sum of its children's.
     */
    public AreaTree areaTree(Integer year) {
        List<Integer> years = populationQueries.yearsWithFigures();
        Integer answerYear = year != null ? year : years.isEmpty() ? null : years.getLast();
        Map<Long, Figures> leafFigures = answerYear == null ? Map.of() : leafFigures(answerYear);

        // The area hierarchy is small and bounded (a municipality's districts).
        List<Area> areas = Area.listAll();
        Map<Long, List<Area>> childrenOf = new HashMap<>();
        List<Area> roots = new ArrayList<>();
        for (Area area : areas) {
            if (area.parentId == null) {
                roots.add(area);
            } else {
                childrenOf.computeIfAbsent(area.parentId, k -> new ArrayList<>()).add(area);
            }
        }
        List<AreaView> items = sorted(roots).stream().map(a -> view(a, childrenOf, leafFigures).view).toList();
        return new AreaTree(answerYear, years, items);
    }

    private record Built(AreaView view, Figures figures) {
    }

    private Built view(Area area, Map<Long, List<Area>> childrenOf, Map<Long, Figures> leafFigures) {
        List<Area> children = sorted(childrenOf.getOrDefault(area.id, List.of()));
        List<AreaView> childViews = new ArrayList<>();
        Figures figures;
        if (children.isEmpty()) {
            figures = leafFigures.get(area.id);
        } else {
            figures = null;
            for (Area child : children) {
                Built built = view(child, childrenOf, leafFigures);
                childViews.add(built.view);
                if (built.figures != null) {
                    figures = figures == null ? new Figures() : figures;
                    figures.add(built.figures);
                }
            }
        }
        AreaView view = new AreaView(area.id, area.code, area.name, area.type, area.parentId,
                figures == null ? null : figures.toView(), childViews);
        return new Built(view, figures);
    }

    private Map<Long, Figures> leafFigures(int year) {
        Map<Long, Figures> byArea = new HashMap<>();
        for (PopulationRow row : populationQueries.populationByAreaAgeGroupAndSex(year)) {
            byArea.computeIfAbsent(row.areaId(), k -> new Figures()).add(row);
        }
        return byArea;
    }

    private static List<Area> sorted(List<Area> areas) {
        return areas.stream().sorted(DISPLAY_ORDER).toList();
    }

    // ---- lookup by code: the one rule -------------------------------------------------------

    /**
     * The area a code names, by the one rule every operation uses: surrounding spaces are
     * ignored and letter case does not matter, so {@code 1980-BACKBY} and {@code " 1980-backby"}
     * name the area whose canonical (stored) code is {@code 1980-backby}; answers always give
     * the canonical code. Case-insensitive because indicator-value imports, files people type,
     * have always accepted any case; agreements, measures, safety analyses, boundaries and crime
     * statistics accept the same codes since. A unique index on {@code lower(code)} keeps the
     * rule unambiguous.
     */
    public Optional<Area> findByCode(String code) {
        return code == null ? Optional.empty() : Area.<Area>find("lower(code) = ?1", key(code)).firstResultOptional();
    }

    /** The area {@code code} names, or a 400 whose error names {@code field}. */
    public Area requireByCode(String code, String field) {
        return findByCode(code).orElseThrow(() -> new InvalidParameterException(field, unknownCode(code)));
    }

    /** The area {@code code} names, or null after adding an error naming {@code field} to {@code errors}. */
    public Area requireByCode(String code, String field, List<FieldError> errors) {
        Optional<Area> area = findByCode(code);
        if (area.isEmpty()) {
            errors.add(new FieldError(field, unknownCode(code)));
        }
        return area.orElse(null);
    }

    /** The areas {@code codes} name, by one query; an error at {@code field[i]} for each code that names none. */
    public Set<Area> requireByCodes(List<String> codes, String field, List<FieldError> errors) {
        return References.resolve(errors, field, codes, AreaService::key,
                keys -> Area.<Area>list("lower(code) in ?1", keys), a -> key(a.code), "thing.area.code");
    }

    /**
     * Every area in {@link #DISPLAY_ORDER}, found by code with the same rule, for paths that
     * look up many codes (an import, a crime-statistics query). A transaction of its own when
     * the caller has none: the crime-statistics import reads it on its worker thread.
     */
    @Transactional
    public AreaIndex index() {
        return new AreaIndex(sorted(Area.listAll()));
    }

    /** The message for a code that names no area, also for the errors of an import's rows. */
    public static String unknownCode(String code) {
        return References.unknown("thing.area.code", code);
    }

    /** A code in the form the rule compares: stripped, in lower case. */
    static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    /** Population by age group (in age order) and sex, summed as the tree is walked. */
    private static final class Figures {
        private final Map<Integer, String> ageGroupByOrder = new TreeMap<>();
        private final Map<String, long[]> femaleMaleByAgeGroup = new LinkedHashMap<>();
        private boolean demo;

        void add(PopulationRow row) {
            ageGroupByOrder.put(row.ageGroupOrder(), row.ageGroup());
            long[] counts = femaleMaleByAgeGroup.computeIfAbsent(row.ageGroup(), k -> new long[2]);
            counts["female".equals(row.sex()) ? 0 : 1] += row.population();
            demo |= row.demo();
        }

        void add(Figures other) {
            ageGroupByOrder.putAll(other.ageGroupByOrder);
            other.femaleMaleByAgeGroup.forEach((ageGroup, counts) -> {
                long[] mine = femaleMaleByAgeGroup.computeIfAbsent(ageGroup, k -> new long[2]);
                mine[0] += counts[0];
                mine[1] += counts[1];
            });
            demo |= other.demo;
        }

        PopulationView toView() {
            List<AgeGroupPopulation> ageGroups = new ArrayList<>();
            long female = 0;
            long male = 0;
            for (String ageGroup : ageGroupByOrder.values()) {
                long[] counts = femaleMaleByAgeGroup.get(ageGroup);
                ageGroups.add(new AgeGroupPopulation(ageGroup, counts[0] + counts[1], counts[0], counts[1]));
                female += counts[0];
                male += counts[1];
            }
            return new PopulationView(female + male, female, male, demo, ageGroups);
        }
    }
}
