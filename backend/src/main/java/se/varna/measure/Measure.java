package se.varna.measure;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import se.varna.area.Area;
import se.varna.common.document.VersionedDocument;
import se.varna.goal.Goal;
import se.varna.governance.ForumDecision;
import se.varna.indicator.Indicator;
import se.varna.organisation.Organisation;
import se.varna.factor.Factor;

/**
 * A measure (insats/åtgärd) an organisation runs within its own responsibility.
 */
@Entity
@Table(name = "measure")
public class Measure extends VersionedDocument {

    @Column(nullable = false)
    public String title;

    @Column(columnDefinition = "text")
    public String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_organisation_id", nullable = false)
    public Organisation responsibleOrganisation;

    @ManyToMany
    @JoinTable(name = "measure_partner", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    public Set<Organisation> partners = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "measure_goal", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "goal_id"))
    public Set<Goal> goals = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "measure_indicator", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    public Set<Indicator> indicators = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "measure_area", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    public Set<Area> districts = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "measure_risk_factor", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "factor_id"))
    public Set<Factor> riskFactors = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "measure_protective_factor", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "factor_id"))
    public Set<Factor> protectiveFactors = new LinkedHashSet<>();

    /** The forum decisions the measure carries out. */
    @ManyToMany
    @JoinTable(name = "measure_forum_decision", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "decision_id"))
    public Set<ForumDecision> forumDecisions = new LinkedHashSet<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false, columnDefinition = "varchar(32)[]")
    public String[] targetGroups = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(name = "prevention_type", nullable = false)
    public PreventionType preventionType;

    @Enumerated(EnumType.STRING)
    @Column(name = "prevention_level", nullable = false)
    public PreventionLevel preventionLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "crime_triangle", nullable = false, columnDefinition = "varchar(32)[]")
    public String[] crimeTriangle = new String[0];

    @Column(name = "knowledge_basis", columnDefinition = "text")
    public String knowledgeBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "knowledge_level")
    public KnowledgeLevel knowledgeLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureStatus status;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public Long budget;

    @Column(nullable = false)
    public boolean published;

    @Column(nullable = false)
    public boolean demo;
}
