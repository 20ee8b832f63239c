package se.varna.indicator;

import java.util.ArrayList;
import java.util.List;

import java.math.BigDecimal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.varna.goal.Goal;
import se.varna.organisation.Organisation;

/**
 * An indicator that tells where one or more goals stand.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "name_sv", nullable = false)
    public String nameSv;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "description_sv", nullable = false, columnDefinition = "text")
    public String descriptionSv;

    @Column(name = "description_en", nullable = false, columnDefinition = "text")
    public String descriptionEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorSource source;

    @Column(name = "source_reference")
    public String sourceReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorFrequency frequency;

    /**
     * Set when Värna computes the values on read instead of having them recorded: from the crime
     * statistics ({@link #crimeCategory} names the category or group counted) or from the
     * agreements' commitments.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "computed_from")
    public IndicatorComputation computedFrom;

    /** The crime category or group code an indicator computed from the crime statistics counts; null otherwise. */
    @Column(name = "crime_category")
    public String crimeCategory;

    /** Whether the values are computed, never recorded or imported. */
    public boolean computed() {
        return computedFrom != null;
    }

    /** The splits the indicator's values support: area, sex, ageGroup. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(32)[]")
    public String[] disaggregations = new String[0];

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public Organisation owner;

    /** The value the indicator is measured against, and its period; both or neither. */
    @Column(name = "baseline_value", precision = 14, scale = 4)
    public BigDecimal baselineValue;

    @Column(name = "baseline_period")
    public String baselinePeriod;

    @Column(name = "baseline_demo", nullable = false)
    public boolean baselineDemo;

    /** The age bands (age_group codes) the indicator's values may be split into. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "age_groups", nullable = false, columnDefinition = "varchar(16)[]")
    public String[] ageGroups = new String[0];

    /** Yearly targets, in the unit of the indicator's own periods. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("year")
    public List<IndicatorTarget> targets = new ArrayList<>();

    @ManyToMany(mappedBy = "indicators")
    @OrderBy("number")
    public List<Goal> goals = new ArrayList<>();

    public boolean supports(Disaggregation split) {
        for (String d : disaggregations) {
            if (d.equals(split.name())) {
                return true;
            }
        }
        return false;
    }
}
