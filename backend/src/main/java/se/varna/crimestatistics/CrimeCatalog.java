package se.varna.crimestatistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.varna.area.AreaIndex;
import se.varna.common.LocalizedText;

/**
 * The small, slowly changing reference data crime statistics are checked and rolled up
 * against, held in memory for one request or one import: the crime categories with their
 * hierarchy and groups, the areas with theirs (found by code with the area owner's rule) and
 * the age groups. Categories and areas are numbered 0…n-1 in their display order.
 */
final class CrimeCatalog {

    record Category(int index, long id, String code, boolean group, LocalizedText name, LocalizedText description,
            String sourceReference, int parent, int validFrom, int validTo, int sortOrder) {
    }

    record AreaNode(int index, long id, String code, String name, String type, int parent) {
    }

    record AgeGroup(long id, String code, int sortOrder) {
    }

    final List<Category> categories;
    final List<AreaNode> areas;
    final List<AgeGroup> ageGroups;

    private final Map<String, Category> categoryByCode = new HashMap<>();
    private final Map<Long, Category> categoryById = new HashMap<>();
    private final AreaIndex areaIndex;
    private final Map<Long, AreaNode> areaById = new HashMap<>();
    private final Map<String, AgeGroup> ageGroupByCode = new HashMap<>();
    private final Map<Long, AgeGroup> ageGroupById = new HashMap<>();
    /** Per category: the (non-group) categories it counts, itself included. */
    private final BitSet[] categoryCovers;
    /** Per category: itself, its ancestors and the groups that count it. */
    private final int[][] categoryRollsUpTo;
    private final BitSet[] areaCovers;
    private final int[][] areaRollsUpTo;
    private final Map<Integer, List<String>> groupMembers = new HashMap<>();

    CrimeCatalog(List<Category> categories, Map<Integer, List<Integer>> groupMemberIndexes, List<AreaNode> areas,
            AreaIndex areaIndex, List<AgeGroup> ageGroups) {
        this.categories = List.copyOf(categories);
        this.areas = List.copyOf(areas);
        this.areaIndex = areaIndex;
        this.ageGroups = List.copyOf(ageGroups);
        categories.forEach(c -> {
            categoryByCode.put(c.code(), c);
            categoryById.put(c.id(), c);
        });
        areas.forEach(a -> areaById.put(a.id(), a));
        ageGroups.forEach(a -> {
            ageGroupByCode.put(a.code(), a);
            ageGroupById.put(a.id(), a);
        });

        int n = categories.size();
        categoryCovers = new BitSet[n];
        for (Category c : categories) {
            if (!c.group()) {
                categoryCovers[c.index()] = new BitSet(n);
            }
        }
        for (Category c : categories) {
            if (c.group()) {
                continue;
            }
            for (int a = c.index(); a >= 0; a = categories.get(a).parent()) {
                categoryCovers[a].set(c.index());
            }
        }
        for (Category c : categories) {
            if (c.group()) {
                BitSet covers = new BitSet(n);
                List<String> codes = new ArrayList<>();
                for (int member : groupMemberIndexes.getOrDefault(c.index(), List.of())) {
                    covers.or(categoryCovers[member]);
                    codes.add(categories.get(member).code());
                }
                categoryCovers[c.index()] = covers;
                groupMembers.put(c.index(), List.copyOf(codes));
            }
        }
        categoryRollsUpTo = new int[n][];
        for (Category c : categories) {
            List<Integer> up = new ArrayList<>();
            if (!c.group()) {
                for (Category other : categories) {
                    if (categoryCovers[other.index()].get(c.index())) {
                        up.add(other.index());
                    }
                }
            }
            categoryRollsUpTo[c.index()] = up.stream().mapToInt(Integer::intValue).toArray();
        }

        int m = areas.size();
        areaCovers = new BitSet[m];
        for (AreaNode a : areas) {
            areaCovers[a.index()] = new BitSet(m);
        }
        for (AreaNode a : areas) {
            for (int up = a.index(); up >= 0; up = areas.get(up).parent()) {
                areaCovers[up].set(a.index());
            }
        }
        areaRollsUpTo = new int[m][];
        for (AreaNode a : areas) {
            List<Integer> up = new ArrayList<>();
            for (int i = a.index(); i >= 0; i = areas.get(i).parent()) {
                up.add(i);
            }
            areaRollsUpTo[a.index()] = up.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    Category category(String code) {
        return categoryByCode.get(code);
    }

    Category categoryById(long id) {
        return categoryById.get(id);
    }

    /** The area {@code code} names, by the area owner's rule; null when it names none. */
    AreaNode area(String code) {
        return areaIndex.find(code).map(a -> areaById.get(a.id)).orElse(null);
    }

    AreaNode areaById(long id) {
        return areaById.get(id);
    }

    AgeGroup ageGroup(String code) {
        return ageGroupByCode.get(code);
    }

    AgeGroup ageGroupById(long id) {
        return ageGroupById.get(id);
    }

    List<String> groupMembers(Category group) {
        return groupMembers.getOrDefault(group.index(), List.of());
    }

    /** The categories (not groups) whose figures count towards {@code category}, itself included. */
    BitSet covers(Category category) {
        return (BitSet) categoryCovers[category.index()].clone();
    }

    /** The areas whose figures count towards {@code area}, itself included. */
    BitSet covers(AreaNode area) {
        return (BitSet) areaCovers[area.index()].clone();
    }

    /** Itself, its ancestors and the groups that count a category: where its figures roll up to. */
    int[] rollsUpTo(Category category) {
        return categoryRollsUpTo[category.index()];
    }

    int[] rollsUpTo(AreaNode area) {
        return areaRollsUpTo[area.index()];
    }

    /** The top categories (no parent, not groups), in display order. */
    List<Category> topCategories() {
        return categories.stream().filter(c -> !c.group() && c.parent() < 0).toList();
    }

    List<Category> children(Category category) {
        return categories.stream().filter(c -> c.parent() == category.index()).toList();
    }

    List<AreaNode> roots() {
        return areas.stream().filter(a -> a.parent() < 0).toList();
    }

    long[] categoryIds(BitSet indexes) {
        return indexes.stream().mapToLong(i -> categories.get(i).id()).toArray();
    }

    long[] areaIds(BitSet indexes) {
        return indexes.stream().mapToLong(i -> areas.get(i).id()).toArray();
    }

    @Override
    public String toString() {
        return "CrimeCatalog[" + categories.size() + " categories, " + areas.size() + " areas, "
                + Arrays.toString(ageGroups.stream().map(AgeGroup::code).toArray()) + "]";
    }
}
