package se.varna.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.varna.area.Area;

/**
 * One observation of an indicator: period × area × sex × age group. Read through Hibernate;
 * written by {@link IndicatorValueStore}, which also audits every change.
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @Column(nullable = false)
    public String period;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    /** {@code total}, {@code female} or {@code male}. */
    @Column(nullable = false)
    public String sex;

    /** {@code total} or an age_group code the indicator declares. */
    @Column(name = "age_group", nullable = false)
    public String ageGroup;

    @Column(nullable = false, precision = 14, scale = 4)
    public BigDecimal value;

    @Column(precision = 14, scale = 4)
    public BigDecimal numerator;

    @Column(precision = 14, scale = 4)
    public BigDecimal denominator;

    /** {@code preliminary} or {@code final}. */
    @Column(nullable = false)
    public String status;

    public String source;

    @Column(nullable = false)
    public boolean demo;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
