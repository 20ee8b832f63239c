package se.varna.area;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The SQL that reads population figures: one aggregate per year, grouped by area, age
 * group and sex.
 */
@ApplicationScoped
public class PopulationQueries {

    /** Population of one area, age group and sex in a year. */
    public record PopulationRow(long areaId, String ageGroup, int ageGroupOrder, String sex, long population,
            boolean demo) {
    }

    @Inject
    EntityManager em;

    /** The years that have population figures, oldest first. */
    public List<Integer> yearsWithFigures() {
        @SuppressWarnings("unchecked")
        List<Number> years = em.createNativeQuery("select distinct year from area_population order by year")
                .getResultList();
        return years.stream().map(Number::intValue).toList();
    }

    public List<PopulationRow> populationByAreaAgeGroupAndSex(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.area_id, ag.code, ag.sort_order, p.sex, sum(p.population), bool_or(p.demo)
                from area_population p
                join age_group ag on ag.id = p.age_group_id
                where p.year = ?1
                group by p.area_id, ag.code, ag.sort_order, p.sex
                """).setParameter(1, year).getResultList();
        return rows.stream().map(r -> new PopulationRow(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).intValue(), (String) r[3], ((Number) r[4]).longValue(), (Boolean) r[5])).toList();
    }
}
