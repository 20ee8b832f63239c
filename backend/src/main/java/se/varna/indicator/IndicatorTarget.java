package se.varna.indicator;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An indicator's target for one year.
 */
@Embeddable
public class IndicatorTarget {

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, precision = 14, scale = 4)
    public BigDecimal value;

    @Column(nullable = false)
    public boolean demo;
}
