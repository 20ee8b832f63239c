package se.varna.actionplan;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.varna.indicator.Indicator;
import se.varna.measure.Measure;
import se.varna.organisation.Organisation;
import se.varna.situation.SituationProblem;

/**
 * An action of a plan: the problems of the lägesbild it answers, who is responsible, the
 * measures (insatser) that carry it out, its time frame and the figure that will show the result.
 */
@Entity
@Table(name = "action_plan_action")
public class PlanAction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_plan_id", nullable = false)
    public ActionPlan plan;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(columnDefinition = "text")
    public String description;

    @Column(name = "from_date")
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "result_indicator_id")
    public Indicator resultIndicator;

    @Column(name = "result_crime_category")
    public String resultCrimeCategory;

    /** {@code accepted}, or {@code proposed} by an editor until the coordinator decides. */
    @Column(nullable = false, length = 16)
    public String status = ACCEPTED;

    /** The organisation whose editor proposed it; null for the coordinator's own actions. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_by_organisation_id")
    public Organisation proposedBy;

    public static final String ACCEPTED = "accepted";
    public static final String PROPOSED = "proposed";

    boolean proposed() {
        return PROPOSED.equals(status);
    }

    @ManyToMany
    @JoinTable(name = "action_plan_action_problem", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "problem_id"))
    public Set<SituationProblem> problems = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "action_plan_action_organisation", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    public Set<Organisation> organisations = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "action_plan_action_measure", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "measure_id"))
    public Set<Measure> measures = new LinkedHashSet<>();
}
