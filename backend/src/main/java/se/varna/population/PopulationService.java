package se.varna.population;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.varna.area.Area;
import se.varna.area.AreaIndex;
import se.varna.area.AreaService;
import se.varna.area.AreaType;
import se.varna.common.FieldError;
import se.varna.common.Limits;
import se.varna.common.Messages;
import se.varna.common.Municipality;
import se.varna.common.VarnaConfig;
import se.varna.common.imports.CsvUpload;
import se.varna.common.imports.ImportMode;
import se.varna.common.imports.ImportParams;
import se.varna.common.imports.ImportRejectedException;
import se.varna.common.imports.ImportReport;
import se.varna.population.PopulationDtos.Mapping;
import se.varna.population.PopulationDtos.MappingEntry;
import se.varna.population.PopulationDtos.PopulationOverview;
import se.varna.population.PopulationDtos.PopulationYear;

/**
 * Real population from Statistics Sweden. SCB publishes population by small areas (DeSO);
 * the coordinator maps each DeSO to a district once, and a population import sums SCB's
 * figures (by region, age or age band, sex and year) into Värna's districts and age bands.
 * The imported years replace whatever was stored for them (demo figures at first), so every
 * rate, computed indicator, map and evaluation uses them from then on: they all read
 * {@code area_population}.
 *
 * <p>
 * Both files follow the other imports: every invalid row named with its column, a dry run
 * stores nothing, all-or-nothing stores nothing when a row is invalid (422), skip-invalid
 * stores the valid rows.
 */
@ApplicationScoped
public class PopulationService {

    public static final List<String> MAPPING_COLUMNS = List.of("deso", "district");
    /** SCB's own column names, as its table BE0101 exports them in long form. */
    public static final List<String> POPULATION_COLUMNS = List.of("region", "ålder", "kön", "år", "antal");

    private static final Pattern REGION = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Pattern AGE = Pattern.compile("(\\d{1,3})\\s*(?:år)?");
    private static final Pattern AGE_BAND = Pattern.compile("(\\d{1,3})\\s*[-–]\\s*(\\d{1,3})\\s*(?:år)?");
    private static final Pattern AGE_AND_OLDER = Pattern.compile("(\\d{1,3})\\s*(?:\\+|år\\s*\\+|\\+\\s*år|år och äldre|år eller äldre)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    @Inject
    EntityManager em;

    @Inject
    AreaService areas;

    @Inject
    Municipality municipality;

    @Inject
    VarnaConfig config;

    /** What is loaded: each year with its total, how many areas have figures, whether demo; and the mapping's size. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PopulationOverview overview() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select year, sum(population), count(distinct area_id), bool_or(demo)
                from area_population group by year order by year""").getResultList();
        List<PopulationYear> years = rows.stream().map(r -> new PopulationYear(((Number) r[0]).intValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).intValue(), Boolean.TRUE.equals(r[3]))).toList();
        Number mapped = (Number) em.createNativeQuery(
                "select count(*) from population_area_mapping where municipality = ?1")
                .setParameter(1, municipality.code()).getSingleResult();
        return new PopulationOverview(years, mapped.intValue());
    }

    /** The DeSO → district mapping, by region code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Mapping mapping() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.region_code, a.code, a.name from population_area_mapping m join area a on a.id = m.area_id
                where m.municipality = ?1 order by m.region_code""")
                .setParameter(1, municipality.code()).getResultList();
        return new Mapping(rows.stream().map(r -> new MappingEntry((String) r[0], (String) r[1], (String) r[2]))
                .toList());
    }

    /** The mapping as the import reads it: each region code, in capitals, to its area's id. */
    private Map<String, Long> mappedAreas() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select region_code, area_id from population_area_mapping where municipality = ?1")
                .setParameter(1, municipality.code()).getResultList();
        Map<String, Long> mapping = new HashMap<>();
        for (Object[] r : rows) {
            mapping.put(((String) r[0]).toUpperCase(Locale.ROOT), ((Number) r[1]).longValue());
        }
        return mapping;
    }

    /** Replaces the mapping with the file's ({@code deso,district}); a DeSO named twice, or a district that is not a leaf area, is an invalid row. */
    @Transactional
    public ImportReport replaceMapping(InputStream body, ImportParams params) {
        CsvUpload file = CsvUpload.read(body, maxBytes(), MAPPING_COLUMNS, List.of());
        AreaIndex index = areas.index();
        Set<Long> parents = parents(index);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Long> valid = new LinkedHashMap<>();
        Map<String, Long> firstRow = new HashMap<>();
        int rowsRead = 0;
        for (CsvUpload.Row row : file) {
            rowsRead++;
            if (row.shapeError().isPresent()) {
                errors.add(row.shapeError().get());
                continue;
            }
            int before = errors.size();
            String region = region(row, "deso", errors);
            Area area = leafArea(row, index, parents, errors);
            if (region != null && firstRow.containsKey(region)) {
                errors.add(row.error("deso", Messages.text("population.row.repeated", firstRow.get(region))));
            }
            if (errors.size() == before) {
                valid.put(region, area.id);
                firstRow.put(region, row.number());
            }
        }
        ImportReport report = report(file, params, rowsRead, errors, valid.size());
        if (!params.dryRun()) {
            em.createNativeQuery("delete from population_area_mapping where municipality = ?1")
                    .setParameter(1, municipality.code()).executeUpdate();
            valid.forEach((region, areaId) -> em.createNativeQuery(
                    "insert into population_area_mapping (municipality, region_code, area_id) values (?1, ?2, ?3)")
                    .setParameter(1, municipality.code()).setParameter(2, region).setParameter(3, areaId)
                    .executeUpdate());
        }
        return report;
    }

    /** An age band of Värna's ({@code age_group}). */
    private record Band(long id, String code, int min, Integer max) {

        boolean holds(int from, Integer to) {
            return from >= min && (max == null ? true : to != null && to <= max);
        }
    }

    /** A valid row: where its people go. */
    private record Cell(long areaId, int year, String sex, long bandId) {
    }

    /**
     * Imports SCB's population ({@code region,ålder,kön,år,antal}, one row per region, age or
     * age band, sex and year), summed into districts and age bands; the years in the file replace
     * what was stored for them.
     */
    @Transactional
    public ImportReport importPopulation(InputStream body, ImportParams params) {
        CsvUpload file = CsvUpload.read(body, maxBytes(), POPULATION_COLUMNS, List.of());
        Map<String, Long> mapping = mappedAreas();
        List<Band> bands = bands();
        List<FieldError> errors = new ArrayList<>();
        Map<Cell, Long> sums = new LinkedHashMap<>();
        Map<String, Long> firstRow = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        int rowsRead = 0;
        int rowsValid = 0;
        for (CsvUpload.Row row : file) {
            rowsRead++;
            if (row.shapeError().isPresent()) {
                errors.add(row.shapeError().get());
                continue;
            }
            int before = errors.size();
            String region = region(row, "region", errors);
            Long areaId = null;
            if (region != null) {
                areaId = mapping.get(region.toUpperCase(Locale.ROOT));
                if (areaId == null) {
                    errors.add(row.error("region", Messages.text("population.row.unmapped", region)));
                }
            }
            Band band = band(row, bands, errors);
            String sex = sex(row, errors);
            Integer year = year(row, errors);
            Long count = count(row, errors);
            String key = region + "|" + Optional.ofNullable(row.get("ålder")).orElse("").strip().toLowerCase(Locale.ROOT)
                    + "|" + sex + "|" + year;
            if (errors.size() == before && firstRow.containsKey(key)) {
                errors.add(row.error("region", Messages.text("population.row.repeated", firstRow.get(key))));
            }
            if (errors.size() == before) {
                firstRow.put(key, row.number());
                sums.merge(new Cell(areaId, year, sex, band.id()), count, Long::sum);
                years.add(year);
                rowsValid++;
            }
        }
        ImportReport report = report(file, params, rowsRead, errors, rowsValid);
        if (!params.dryRun() && !sums.isEmpty()) {
            em.createNativeQuery("delete from area_population where year = any(?1)")
                    .setParameter(1, years.toArray(Integer[]::new)).executeUpdate();
            for (Map.Entry<Cell, Long> e : sums.entrySet()) {
                Cell c = e.getKey();
                em.createNativeQuery("""
                        insert into area_population (area_id, year, sex, age_group_id, population, demo)
                        values (?1, ?2, ?3, ?4, ?5, false)""")
                        .setParameter(1, c.areaId()).setParameter(2, c.year()).setParameter(3, c.sex())
                        .setParameter(4, c.bandId()).setParameter(5, Math.toIntExact(e.getValue())).executeUpdate();
            }
        }
        return report;
    }

    /** The report; all-or-nothing with an invalid row (not a dry run) is 422 with nothing stored. */
    private static ImportReport report(CsvUpload file, ImportParams params, int rowsRead, List<FieldError> errors,
            int rowsValid) {
        int rowsRejected = (int) errors.stream().map(FieldError::row).distinct().count();
        if (!errors.isEmpty() && params.mode() == ImportMode.ALL_OR_NOTHING && !params.dryRun()) {
            throw new ImportRejectedException(rowsRead, rowsRejected, errors, errors.size());
        }
        return new ImportReport(params.dryRun(), params.mode().code(), file.encoding(),
                String.valueOf(file.delimiter()), rowsRead, rowsValid, rowsRejected, params.dryRun() ? 0 : rowsValid,
                0, ImportRejectedException.firstListed(errors));
    }

    /** SCB writes a region as its code, often followed by its name ("1980C1010 Västerås"): the code is what counts. */
    private static String region(CsvUpload.Row row, String column, List<FieldError> errors) {
        String raw = row.get(column) == null ? "" : row.get(column).strip();
        String code = raw.split("\\s+", 2)[0];
        if (code.isEmpty()) {
            errors.add(row.error(column, Messages.text("population.row.region.empty")));
            return null;
        }
        if (!REGION.matcher(code).matches()) {
            errors.add(row.error(column, Messages.text("population.row.region.code", Limits.cut(code, 40))));
            return null;
        }
        return code;
    }

    private static Area leafArea(CsvUpload.Row row, AreaIndex index, Set<Long> parents, List<FieldError> errors) {
        String code = row.get("district") == null ? "" : row.get("district").strip();
        Optional<Area> area = code.isEmpty() ? Optional.empty() : index.find(code);
        if (area.isEmpty()) {
            errors.add(row.error("district", AreaService.unknownCode(Limits.cut(code, 40))));
            return null;
        }
        if (area.get().type == AreaType.municipality || parents.contains(area.get().id)) {
            errors.add(row.error("district", Messages.text("population.row.district.notLeaf", code)));
            return null;
        }
        return area.get();
    }

    private static Set<Long> parents(AreaIndex index) {
        Set<Long> parents = new HashSet<>();
        for (Area a : index.all()) {
            if (a.parentId != null) {
                parents.add(a.parentId);
            }
        }
        return parents;
    }

    /**
     * The Värna age band the row's age or age band falls in: a single year ("15 år"), a band
     * ("15-19 år") or an open one ("100+ år"). A band that straddles two of Värna's bands cannot
     * be split, so the row is invalid and the message names the bands it could not form.
     */
    private static Band band(CsvUpload.Row row, List<Band> bands, List<FieldError> errors) {
        String raw = row.get("ålder") == null ? "" : row.get("ålder").strip().toLowerCase(Locale.ROOT);
        Integer from = null;
        Integer to = null;
        Matcher m;
        if ((m = AGE_BAND.matcher(raw)).matches()) {
            from = Integer.parseInt(m.group(1));
            to = Integer.parseInt(m.group(2));
        } else if ((m = AGE_AND_OLDER.matcher(raw)).matches()) {
            from = Integer.parseInt(m.group(1));
        } else if ((m = AGE.matcher(raw)).matches()) {
            from = Integer.parseInt(m.group(1));
            to = from;
        }
        if (from == null || (to != null && to < from)) {
            errors.add(row.error("ålder", Messages.text("population.row.age", Limits.cut(raw, 40))));
            return null;
        }
        for (Band b : bands) {
            if (b.holds(from, to)) {
                return b;
            }
        }
        int lo = from;
        Integer hi = to;
        List<String> straddled = bands.stream()
                .filter(b -> (b.max() == null || b.max() >= lo) && (hi == null || b.min() <= hi))
                .map(Band::code).toList();
        errors.add(row.error("ålder", Messages.text("population.row.ageStraddles", Limits.cut(raw, 40),
                String.join(", ", straddled))));
        return null;
    }

    /** SCB's "kvinnor"/"män" (or its codes 2/1, or the API's female/male). */
    private static String sex(CsvUpload.Row row, List<FieldError> errors) {
        String raw = row.get("kön") == null ? "" : row.get("kön").strip().toLowerCase(Locale.ROOT);
        return switch (raw) {
            case "kvinnor", "kvinna", "k", "2", "female" -> "female";
            case "män", "man", "m", "1", "male" -> "male";
            default -> {
                errors.add(row.error("kön", Messages.text("population.row.sex", Limits.cut(raw, 40))));
                yield null;
            }
        };
    }

    private static Integer year(CsvUpload.Row row, List<FieldError> errors) {
        String raw = row.get("år") == null ? "" : row.get("år").strip();
        if (YEAR.matcher(raw).matches()) {
            int year = Integer.parseInt(raw);
            if (year >= 1900 && year <= 2100) {
                return year;
            }
        }
        errors.add(row.error("år", Messages.text("population.row.year", Limits.cut(raw, 40))));
        return null;
    }

    /** A whole number of people; SCB's thousands separators (spaces) are allowed. */
    private static Long count(CsvUpload.Row row, List<FieldError> errors) {
        String raw = row.get("antal") == null ? "" : row.get("antal").strip().replaceAll("[\\s\\u00a0]", "");
        if (raw.matches("\\d{1,9}")) {
            return Long.parseLong(raw);
        }
        errors.add(row.error("antal", Messages.text("population.row.count", Limits.cut(raw, 40))));
        return null;
    }

    private List<Band> bands() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, code, min_age, max_age from age_group order by sort_order")
                .getResultList();
        return rows.stream().map(r -> new Band(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).intValue())).toList();
    }

    private long maxBytes() {
        return config.imports().populationMaxSize().asLongValue();
    }
}
