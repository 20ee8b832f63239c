package se.varna.policy;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.varna.goal.Goal;

/**
 * A policy version with its period; exactly one is the policy in force.
 */
@Entity
@Table(name = "policy")
public class Policy extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "title_sv", nullable = false)
    public String titleSv;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(name = "valid_from", nullable = false)
    public int validFrom;

    @Column(name = "valid_to", nullable = false)
    public int validTo;

    @Column(name = "adopted_by", nullable = false)
    public String adoptedBy;

    @Column(nullable = false)
    public boolean current;

    @OneToMany(mappedBy = "policy")
    @OrderBy("number")
    public List<Goal> goals = new ArrayList<>();
}
