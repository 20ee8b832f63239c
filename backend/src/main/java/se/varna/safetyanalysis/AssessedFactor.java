package se.varna.safetyanalysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import se.varna.factor.Factor;

/** One risk or protective factor as the analysis assesses it (a row of safety_analysis_factor). */
@Embeddable
public class AssessedFactor {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "factor_id", nullable = false)
    public Factor factor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FactorAssessmentLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FactorTrend trend;

    @Column(columnDefinition = "text")
    public String comment;
}
