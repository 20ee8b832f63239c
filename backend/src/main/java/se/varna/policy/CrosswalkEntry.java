package se.varna.policy;

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
import se.varna.goal.Goal;

/**
 * One line of a policy's crosswalk: a goal of the predecessor and the policy's goals it maps
 * to, or none with the reason why. Measures linked to the old goal count under the new ones.
 */
@Entity
@Table(name = "policy_crosswalk")
public class CrosswalkEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id", nullable = false)
    public Policy policy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_goal_id", nullable = false)
    public Goal fromGoal;

    @ManyToMany
    @JoinTable(name = "policy_crosswalk_goal",
            joinColumns = @JoinColumn(name = "crosswalk_id"),
            inverseJoinColumns = @JoinColumn(name = "goal_id"))
    public Set<Goal> toGoals = new LinkedHashSet<>();

    /** Why the old goal maps to none of the new ones; null when it maps to some. */
    @Column(length = 2000)
    public String reason;
}
