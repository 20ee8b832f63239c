package se.varna.crimestatistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.varna.crimestatistics.CrimeImports.COORDINATOR;
import static se.varna.crimestatistics.CrimeImports.HEADER;
import static se.varna.crimestatistics.CrimeImports.POLICE;
import static se.varna.crimestatistics.CrimeImports.importAndWait;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import se.varna.support.EmbeddedPostgresResource;

/**
 * Plays the outsider against the public crime statistics: a seeded data set with many small
 * cells, then fixed, seeded families of every differencing attack issue 18 names, anonymous
 * only and within a capped number of requests. It fails when any hidden count is uniquely
 * determined by the answers, reasoning with the published bounds: an exact figure is what it
 * says, a perturbed figure p holds p − 3 … p + 3 (at least 1), a suppressed one 1 … 5, and every
 * figure is the sum of the finest facts it counts (the unsplit figure is the total over sexes and
 * age groups: a split's {@code total} is the facts of unknown sex or age). A hidden count is proved undetermined by a
 * second data set, differing from the true one by moving one crime in or out of it (alone, or
 * traded with another fact), that every answer received allows just as well. The figures are of
 * 2041, which no other test touches.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CrimeStatisticsDisclosureTest {

    /** The published bound: a perturbed figure p means an exact count from p − D to p + D. */
    private static final int D = 3;
    private static final int THRESHOLD = 3;
    private static final int MAX_REQUESTS = 400;
    private static final List<String> DISTRICTS = List.of("1980-backby", "1980-raby", "1980-haga", "1980-skiljebo");
    /** Two parents with the leaves the data set fills (each parent has other, empty children too). */
    private static final Map<String, List<String>> LEAVES = Map.of(
            "brott-mot-person", List.of("misshandel", "ran", "olaga-hot"),
            "skadegorelse", List.of("klotter", "anlagd-brand"));
    private static final List<String> SEXES = List.of("female", "male", "total");
    private static final List<String> AGES = List.of("18-24", "25-44", "total");
    private static final List<String> MONTHS = List.of("2041-01", "2041-02", "2041-03", "2041-04", "2041-05",
            "2041-06");

    /** The facts as imported: month|area|category|sex|age → count. */
    private static final Map<String, Integer> FACTS = new LinkedHashMap<>();
    private static boolean imported;

    @BeforeEach
    void importTheSeededFiguresOnce() {
        if (imported) {
            return;
        }
        Random random = new Random(20_410_118L);
        int[] small = { 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 7 };
        StringBuilder csv = new StringBuilder(HEADER);
        for (String month : MONTHS) {
            for (String area : DISTRICTS) {
                for (List<String> leaves : LEAVES.values()) {
                    for (String category : leaves) {
                        for (String sex : List.of("female", "male")) {
                            for (String age : AGES) {
                                if (random.nextDouble() < 0.45) {
                                    add(csv, month, area, category, sex, age, small[random.nextInt(small.length)]);
                                }
                            }
                        }
                        if (random.nextDouble() < 0.3) {
                            add(csv, month, area, category, "total", "total", small[random.nextInt(small.length)]);
                        }
                    }
                }
            }
        }
        JsonPath job = importAndWait(POLICE, csv.toString());
        assertThat(job.getString("state")).as(job.prettify()).isEqualTo("succeeded");
        imported = true;
    }

    private static void add(StringBuilder csv, String month, String area, String category, String sex, String age,
            int count) {
        csv.append(month).append(',').append(area).append(',').append(category).append(',').append(sex).append(',')
                .append(age).append(',').append(count).append('\n');
        FACTS.put(String.join("|", month, area, category, sex.substring(0, 1), age), count);
    }

    @Test
    void noHiddenCountIsDeterminedByAnyCombinationOfTheAnswersAnOutsiderGets() {
        Attacker attacker = new Attacker();
        List<String> categories = new ArrayList<>();
        LEAVES.forEach((parent, leaves) -> {
            categories.add(parent);
            categories.addAll(leaves);
        });
        String[] categoryParams = categories.stream().flatMap(c -> java.util.stream.Stream.of("category", c))
                .toArray(String[]::new);

        // Total minus parts over area and category, and over time: months, quarters, the half-year.
        for (String time : List.of("month", "quarter", "halfYear")) {
            attacker.ask(concat(categoryParams, "from", "2041-01", "to", "2041-06", "groupBy", "area",
                    "groupBy", "category", "groupBy", time));
        }
        // … over sex and age group, alone and together (the municipality and the districts with figures).
        String[] areaParams = java.util.stream.Stream.concat(java.util.stream.Stream.of("1980"), DISTRICTS.stream())
                .flatMap(a -> java.util.stream.Stream.of("area", a)).toArray(String[]::new);
        for (String[] split : List.of(new String[] { "groupBy", "sex" }, new String[] { "groupBy", "ageGroup" },
                new String[] { "groupBy", "sex", "groupBy", "ageGroup" })) {
            attacker.ask(concat(concat(concat(categoryParams, areaParams), "from", "2041-01", "to", "2041-06",
                    "groupBy", "area", "groupBy", "category", "groupBy", "month"), split));
        }
        // A wider period minus a narrower one: every range that starts or ends the half-year.
        for (int k = 1; k < MONTHS.size(); k++) {
            attacker.ask(concat(categoryParams, "from", "2041-01", "to", MONTHS.get(k - 1), "groupBy", "area",
                    "groupBy", "category"));
            attacker.ask(concat(categoryParams, "from", MONTHS.get(k), "to", "2041-06", "groupBy", "area",
                    "groupBy", "category"));
        }
        // Each hidden cell asked alone, and in pairs and triples of districts and of categories
        // (unions answered as one figure), in a seeded order.
        List<Attacker.Cell> hidden = new ArrayList<>(attacker.hiddenDistrictCells());
        java.util.Collections.shuffle(hidden, new Random(18));
        Random pick = new Random(1812);
        for (Attacker.Cell cell : hidden) {
            if (attacker.requests >= MAX_REQUESTS - 3) {
                break;
            }
            attacker.ask("from", cell.month(), "to", cell.month(), "area", cell.area(), "category", cell.category());
            String other = DISTRICTS.get(pick.nextInt(DISTRICTS.size()));
            String third = DISTRICTS.get(pick.nextInt(DISTRICTS.size()));
            attacker.ask("from", cell.month(), "to", cell.month(), "area", cell.area(), "area", other,
                    "category", cell.category());
            attacker.ask("from", cell.month(), "to", cell.month(), "area", cell.area(), "area", other, "area", third,
                    "category", cell.category());
            String sibling = siblings(cell.category()).get(pick.nextInt(siblings(cell.category()).size()));
            attacker.ask("from", cell.month(), "to", cell.month(), "area", cell.area(), "category", cell.category(),
                    "category", sibling);
        }

        List<String> determined = attacker.determinedHiddenCounts();
        System.out.printf("Disclosure attack: %d requests, %d figures received, %d hidden figures attacked "
                + "(%d distinct), %d uniquely determined%n", attacker.requests, attacker.figures.size(),
                attacker.hiddenFigures(), attacker.hiddenTargets().size(), determined.size());
        assertThat(attacker.requests).isLessThanOrEqualTo(MAX_REQUESTS);
        assertThat(attacker.hiddenTargets()).as("hidden figures attacked").hasSizeGreaterThan(50);
        assertThat(determined).as("hidden counts the answers pin down").isEmpty();
    }

    @Test
    void theSameQuestionAlwaysGetsTheSameAnswer() {
        String[] query = { "from", "2041-01", "to", "2041-06", "groupBy", "area", "groupBy", "category",
                "groupBy", "month", "category", "misshandel", "category", "ran", "category", "brott-mot-person" };
        String first = given().queryParams(pairs(query)).when().get("/api/v1/crime-statistics").then()
                .statusCode(200).extract().asString();
        String again = given().queryParams(pairs(query)).when().get("/api/v1/crime-statistics").then()
                .statusCode(200).extract().asString();

        assertThat(again).isEqualTo(first);
        // The same figure in another question: the district's March total asked alone.
        JsonPath alone = CrimeImports.statistics(null, "from", "2041-03", "to", "2041-03", "area", "1980-haga",
                "category", "misshandel");
        JsonPath inBig = new JsonPath(first);
        Map<String, Object> big = inBig.getList("cells", Map.class).stream()
                .filter(c -> "1980-haga".equals(c.get("area")) && "misshandel".equals(c.get("category"))
                        && "2041-03".equals(c.get("period")))
                .findFirst().orElseThrow();
        assertThat(alone.getString("cells[0].disclosure")).isEqualTo(big.get("disclosure"));
        assertThat(alone.getString("cells[0].count")).isEqualTo(big.get("count") == null ? null
                : big.get("count").toString());
    }

    @Test
    void totalsArePerturbedByTheirOwnKeyWithinTheBoundAndTheCoordinatorSeesThemExactly() {
        String[] query = { "from", "2041-01", "to", "2041-06", "groupBy", "area", "groupBy", "category",
                "category", "brott-mot-person", "category", "skadegorelse", "category", "misshandel" };
        List<Map<String, Object>> exact = CrimeImports.statistics(COORDINATOR, query).getList("cells");
        List<Map<String, Object>> shown = CrimeImports.statistics(null, query).getList("cells");

        Map<String, Object> municipality = null;
        for (int i = 0; i < exact.size(); i++) {
            assertThat(exact.get(i).get("disclosure")).isEqualTo("exact");
            long n = ((Number) exact.get(i).get("count")).longValue();
            Map<String, Object> cell = shown.get(i);
            if (n >= THRESHOLD + D) {
                assertThat(cell.get("disclosure")).isEqualTo("perturbed");
                assertThat(((Number) cell.get("count")).longValue()).as("%s/%s", cell.get("area"), cell.get("category"))
                        .isBetween(n - D, n + D);
            }
            if ("1980".equals(cell.get("area")) && "brott-mot-person".equals(cell.get("category"))) {
                municipality = cell;
            }
        }
        // The municipality's total is not the sum of its districts' published figures (each has its
        // own key), and yet within the bound of the exact total.
        assertThat(municipality).isNotNull();
        assertThat(municipality.get("disclosure")).isEqualTo("perturbed");
    }

    private static List<String> siblings(String category) {
        for (List<String> leaves : LEAVES.values()) {
            if (leaves.contains(category)) {
                return leaves.stream().filter(c -> !c.equals(category)).toList();
            }
        }
        return List.of(category);
    }

    private static String[] concat(String[] a, String... b) {
        String[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static Map<String, List<String>> pairs(String[] query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < query.length; i += 2) {
            params.computeIfAbsent(query[i], k -> new ArrayList<>()).add(query[i + 1]);
        }
        return params;
    }

    /**
     * The outsider: asks anonymously, keeps every figure as a constraint on the finest facts
     * (month × area × category × sex × age group) it counts, and looks for a second data set
     * that fits every constraint.
     */
    private static final class Attacker {

        record Cell(String area, String category, String month) {
        }

        /** A figure received: the facts it counts, and the bounds its publication gives their sum. */
        record Figure(int[] atoms, long lower, long upper, boolean hidden, String label) {
        }

        int requests;
        final List<Figure> figures = new ArrayList<>();
        private final Map<String, Integer> atomIndex = new HashMap<>();
        private final List<String> atoms = new ArrayList<>();
        /** Per fact, its month, area, category, sex and age group as numbers, to compare fast. */
        private final List<int[]> parts = new ArrayList<>();
        private final Map<String, Integer> partIds = new HashMap<>();
        private final Set<Cell> hiddenDistrictCells = new LinkedHashSet<>();
        private Map<String, List<String>> areaChildren;
        private Map<String, List<String>> categoryChildren;
        private List<String> ageGroups;

        void ask(String... query) {
            requests++;
            // Not validated against the contract (other tests do that): answers of thousands of cells.
            JsonPath answer = given().queryParams(pairs(query)).when().get("/api/v1/crime-statistics").then()
                    .statusCode(200).extract().jsonPath();
            Map<String, List<String>> params = pairs(query);
            if (areaChildren == null) {
                loadTrees();
            }
            List<String> groupBy = params.getOrDefault("groupBy", List.of());
            List<String> areas = params.getOrDefault("area", List.of());
            List<String> categories = params.getOrDefault("category", List.of());
            List<Map<String, Object>> cells = answer.getList("cells");
            // Read once: each JsonPath lookup converts the whole answer again.
            String from = answer.getString("from");
            String to = answer.getString("to");
            for (Map<String, Object> cell : cells) {
                List<String> cellAreas = cell.get("area") != null ? List.of((String) cell.get("area"))
                        : areas.isEmpty() ? List.of("1980") : areas;
                List<String> cellCategories = cell.get("category") != null ? List.of((String) cell.get("category"))
                        : categories;
                List<String> months = months(from, to, (String) cell.get("period"));
                String sex = (String) cell.get("sex");
                String age = (String) cell.get("ageGroup");
                int[] counted = atoms(cellAreas, cellCategories, months, sex, age);
                String disclosure = (String) cell.get("disclosure");
                String label = cellAreas + "/" + cellCategories + "/" + months + "/" + sex + "/" + age;
                Figure figure = switch (disclosure) {
                    case "exact" -> new Figure(counted, ((Number) cell.get("count")).longValue(),
                            ((Number) cell.get("count")).longValue(), false, label);
                    case "perturbed" -> {
                        long p = ((Number) cell.get("count")).longValue();
                        yield new Figure(counted, Math.max(1, p - D), p + D, false, label);
                    }
                    default -> new Figure(counted, 1, THRESHOLD - 1 + D, true, label);
                };
                figures.add(figure);
                if (figure.hidden() && cellAreas.size() == 1 && DISTRICTS.contains(cellAreas.get(0))
                        && cellCategories.size() == 1 && months.size() == 1 && sex == null && age == null
                        && LEAVES.values().stream().anyMatch(l -> l.contains(cellCategories.get(0)))) {
                    hiddenDistrictCells.add(new Cell(cellAreas.get(0), cellCategories.get(0), months.get(0)));
                }
            }
            assertThat(groupBy).isNotNull();
        }

        private void loadTrees() {
            areaChildren = new HashMap<>();
            JsonPath areaAnswer = CrimeImports.statistics(null, "from", "2041-01", "to", "2041-01", "groupBy", "area");
            requests++;
            List<Map<String, Object>> areaList = areaAnswer.getList("areas");
            for (Map<String, Object> a : areaList) {
                if (a.get("parentCode") != null) {
                    areaChildren.computeIfAbsent((String) a.get("parentCode"), k -> new ArrayList<>())
                            .add((String) a.get("code"));
                }
            }
            categoryChildren = new HashMap<>();
            JsonPath tree = given().when().get("/api/v1/crime-categories").then().statusCode(200).extract().jsonPath();
            requests++;
            List<Map<String, Object>> tops = tree.getList("items");
            for (Map<String, Object> top : tops) {
                collect(top);
            }
            ageGroups = new ArrayList<>(List.of("0-14", "15-17", "18-24", "25-44", "45-64", "65plus"));
        }

        @SuppressWarnings("unchecked")
        private void collect(Map<String, Object> category) {
            List<Map<String, Object>> children = (List<Map<String, Object>>) category.get("children");
            for (Map<String, Object> child : children) {
                categoryChildren.computeIfAbsent((String) category.get("code"), k -> new ArrayList<>())
                        .add((String) child.get("code"));
                collect(child);
            }
        }

        /** A node and everything under it. */
        private static List<String> covers(String code, Map<String, List<String>> children) {
            List<String> result = new ArrayList<>(List.of(code));
            for (String child : children.getOrDefault(code, List.of())) {
                result.addAll(covers(child, children));
            }
            return result;
        }

        private static List<String> months(String from, String to, String period) {
            List<String> all = new ArrayList<>();
            int first = Months.parse(from);
            int last = Months.parse(to);
            for (int m = first; m <= last; m++) {
                String month = Months.format(m);
                if (period == null || month.equals(period) || inPeriod(month, period)) {
                    all.add(month);
                }
            }
            return all;
        }

        private static boolean inPeriod(String month, String period) {
            int m = Integer.parseInt(month.substring(5));
            if (!month.startsWith(period.substring(0, 4))) {
                return false;
            }
            if (period.contains("-Q")) {
                return (m - 1) / 3 + 1 == period.charAt(6) - '0';
            }
            if (period.contains("-H")) {
                return (m - 1) / 6 + 1 == period.charAt(6) - '0';
            }
            return period.length() == 4;
        }

        private int[] atoms(List<String> areas, List<String> categories, List<String> months, String sex,
                String age) {
            Set<String> areaSet = new LinkedHashSet<>();
            areas.forEach(a -> areaSet.addAll(covers(a, areaChildren)));
            Set<String> categorySet = new LinkedHashSet<>();
            categories.forEach(c -> categorySet.addAll(covers(c, categoryChildren)));
            // Split by sex, `notRecorded` is the facts of unknown sex (stored t); not split or `all`,
            // every sex. Age groups alike (unknown age is "total" here, as the test's files name it).
            List<String> sexes = sex == null || "all".equals(sex) ? List.of("f", "m", "t")
                    : "notRecorded".equals(sex) ? List.of("t") : List.of(sex.substring(0, 1));
            if ("notRecorded".equals(age)) {
                age = "total";
            }
            List<String> ages = new ArrayList<>();
            if (age == null || "all".equals(age)) {
                ages.addAll(ageGroups);
                ages.add("total");
            } else {
                ages.add(age);
            }
            List<Integer> result = new ArrayList<>();
            for (String month : months) {
                for (String area : areaSet) {
                    for (String category : categorySet) {
                        for (String s : sexes) {
                            for (String a : ages) {
                                if ("t".equals(s) && !"total".equals(a)) {
                                    continue; // facts of unknown sex are of unknown age too, here
                                }
                                String atom = String.join("|", month, area, category, s, a);
                                result.add(atomIndex.computeIfAbsent(atom, k -> {
                                    atoms.add(k);
                                    String[] fields = k.split("\\|");
                                    int[] ids = new int[fields.length];
                                    for (int i = 0; i < fields.length; i++) {
                                        ids[i] = partIds.computeIfAbsent(i + ":" + fields[i], x -> partIds.size());
                                    }
                                    parts.add(ids);
                                    return atoms.size() - 1;
                                }));
                            }
                        }
                    }
                }
            }
            return result.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        }

        Set<Cell> hiddenDistrictCells() {
            return hiddenDistrictCells;
        }

        long hiddenFigures() {
            return figures.stream().filter(Figure::hidden).count();
        }

        /** The distinct hidden figures (by the facts they count). */
        Map<String, Figure> hiddenTargets() {
            Map<String, Figure> targets = new LinkedHashMap<>();
            for (Figure f : figures) {
                if (f.hidden()) {
                    targets.putIfAbsent(Arrays.toString(f.atoms()), f);
                }
            }
            return targets;
        }

        /**
         * The hidden figures for which no second data set was found: one that fits every figure
         * received and gives the hidden figure another sum.
         */
        List<String> determinedHiddenCounts() {
            int n = atoms.size();
            long[] truth = new long[n];
            for (int i = 0; i < n; i++) {
                truth[i] = FACTS.getOrDefault(atoms.get(i), 0);
            }
            // Each figure's sum in the true data must fit its bounds: otherwise the model is wrong.
            long[] sum = new long[figures.size()];
            List<List<Integer>> figuresOf = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                figuresOf.add(new ArrayList<>());
            }
            for (int f = 0; f < figures.size(); f++) {
                Figure figure = figures.get(f);
                for (int a : figure.atoms()) {
                    sum[f] += truth[a];
                    figuresOf.get(a).add(f);
                }
                assertThat(sum[f]).as("the true sum of %s fits what was published", figure.label())
                        .isBetween(figure.lower(), figure.upper());
            }
            List<Integer> nonZero = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (truth[i] > 0) {
                    nonZero.add(i);
                }
            }
            List<String> determined = new ArrayList<>();
            for (Figure target : hiddenTargets().values()) {
                if (!undetermined(target, truth, sum, figuresOf, nonZero)) {
                    determined.add(target.label());
                }
            }
            return determined;
        }

        /**
         * Looks for a second data set: one crime more or fewer in the target, and where that
         * breaks a figure's bounds, a crime fewer or more elsewhere in that figure (outside the
         * target), and so on, a few steps deep: the moves a data set fitting every answer can
         * differ from the true one by. Found: the target's count is not determined.
         */
        private boolean undetermined(Figure target, long[] truth, long[] sum, List<List<Integer>> figuresOf,
                List<Integer> nonZero) {
            Set<Integer> inTarget = new java.util.HashSet<>();
            for (int a : target.atoms()) {
                inTarget.add(a);
            }
            int[] budget = { 4_000 };
            // Facts above 0 first: one crime more in one of them is the move the method's bound
            // leaves open (docs/disclosure-control.md), so the search usually ends at its first
            // step; a fact at 0 sits in exact zeros, and moving it starts a long repair.
            List<Integer> order = new ArrayList<>();
            for (int a : target.atoms()) {
                order.add(a);
            }
            order.sort((x, y) -> Boolean.compare(truth[y] > 0, truth[x] > 0));
            for (int dir : new int[] { 1, -1 }) {
                for (int a : order) {
                    if (truth[a] + dir < 0) {
                        continue;
                    }
                    Map<Integer, Integer> moves = new LinkedHashMap<>();
                    moves.put(a, dir);
                    if (repair(moves, a, inTarget, truth, sum, figuresOf, 5, budget)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean repair(Map<Integer, Integer> moves, int last, Set<Integer> inTarget, long[] truth, long[] sum,
                List<List<Integer>> figuresOf, int depth, int[] budget) {
            if (budget[0]-- <= 0) {
                return false;
            }
            int violated = violated(moves, truth, sum, figuresOf);
            if (violated < 0) {
                return true;
            }
            if (depth == 0) {
                return false;
            }
            Figure f = figures.get(violated);
            long now = sum[violated];
            for (Map.Entry<Integer, Integer> move : moves.entrySet()) {
                if (java.util.Arrays.binarySearch(f.atoms(), move.getKey()) >= 0) {
                    now += move.getValue();
                }
            }
            int fix = now > f.upper() ? -1 : 1;
            // Candidates inside the broken figure, outside the target, most alike the last moved
            // fact first (they share the most other figures, so they break the fewest).
            int[] lastParts = parts.get(last);
            List<int[]> candidates = new ArrayList<>();
            for (int b : f.atoms()) {
                if (!inTarget.contains(b) && !moves.containsKey(b) && truth[b] + fix >= 0) {
                    int same = 0;
                    int[] p = parts.get(b);
                    for (int i = 0; i < p.length; i++) {
                        same += p[i] == lastParts[i] ? 1 : 0;
                    }
                    if (same >= 2) {
                        candidates.add(new int[] { b, same });
                    }
                }
            }
            candidates.sort((x, y) -> y[1] - x[1]);
            for (int[] candidate : candidates.subList(0, Math.min(8, candidates.size()))) {
                moves.put(candidate[0], fix);
                if (repair(moves, candidate[0], inTarget, truth, sum, figuresOf, depth - 1, budget)) {
                    return true;
                }
                moves.remove(candidate[0]);
            }
            return false;
        }

        /** The first figure the moves put out of its bounds; -1 when none. */
        private int violated(Map<Integer, Integer> moves, long[] truth, long[] sum, List<List<Integer>> figuresOf) {
            Map<Integer, Long> changed = new LinkedHashMap<>();
            for (Map.Entry<Integer, Integer> move : moves.entrySet()) {
                for (int f : figuresOf.get(move.getKey())) {
                    changed.merge(f, (long) move.getValue(), Long::sum);
                }
            }
            for (Map.Entry<Integer, Long> change : changed.entrySet()) {
                Figure figure = figures.get(change.getKey());
                long now = sum[change.getKey()] + change.getValue();
                if (now < figure.lower() || now > figure.upper()) {
                    return change.getKey();
                }
            }
            return -1;
        }

    }
}
