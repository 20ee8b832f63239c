package se.varna.situation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A problem the analysis of a lägesbild names, with its evidence (codes and ids checked when
 * written), the groups it affects and its priority. Actions of an action plan link to it.
 */
@Entity
@Table(name = "situation_problem")
public class SituationProblem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "situation_picture_id", nullable = false)
    public SituationPicture picture;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(columnDefinition = "text")
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ProblemPriority priority;

    /** {@link Visibility}: internal or public. */
    @Column(nullable = false, length = 16)
    public String visibility;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "crime_categories", nullable = false, columnDefinition = "varchar(200)[]")
    public String[] crimeCategories = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(200)[]")
    public String[] districts = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "bigint[]")
    public Long[] indicators = new Long[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(200)[]")
    public String[] factors = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(16)[]")
    public String[] sexes = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "age_groups", nullable = false, columnDefinition = "varchar(200)[]")
    public String[] ageGroups = new String[0];
}
