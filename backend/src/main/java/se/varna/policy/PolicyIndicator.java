package se.varna.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.varna.goal.Goal;
import se.varna.indicator.Indicator;
import se.varna.indicator.IndicatorTarget;

/**
 * What a policy sets for one indicator its goals follow: the baseline and the yearly targets
 * within its period. The link to the goals is the goal's own list of indicators; this holds
 * the figures, once per policy however many of its goals the indicator follows.
 */
@Entity
@Table(name = "policy_indicator")
public class PolicyIndicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id", nullable = false)
    public Policy policy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    public Indicator indicator;

    /** The value the indicator is measured against in this policy's period, and its period; both or neither. */
    @Column(name = "baseline_value", precision = 14, scale = 4)
    public BigDecimal baselineValue;

    @Column(name = "baseline_period")
    public String baselinePeriod;

    @Column(name = "baseline_demo", nullable = false)
    public boolean baselineDemo;

    /** The goal of an earlier policy the indicator was carried over from; null when linked afresh. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carried_over_from")
    public Goal carriedOverFrom;

    /** Yearly targets within the policy's period, in the unit of the indicator's own periods. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "policy_indicator_target", joinColumns = @JoinColumn(name = "policy_indicator_id"))
    @OrderBy("year")
    public List<IndicatorTarget> targets = new ArrayList<>();
}
