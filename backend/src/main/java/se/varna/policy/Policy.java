package se.varna.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import se.varna.common.document.Decision;
import se.varna.common.document.LifecycleDocument;
import se.varna.goal.Goal;

/**
 * A policy version with its period and goals: drafted by the coordinator, then adopted with
 * its decision and the day it takes effect. It stays in force until its successor's effective
 * date; which one is in force on a day is asked of {@link PolicyService#inForceOn}, never stored.
 */
@Entity
@Table(name = "policy")
public class Policy extends LifecycleDocument {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PolicyStatus status = PolicyStatus.draft;

    /** The day the policy takes effect; set on adoption. */
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Embedded
    public Decision decision;

    @OneToMany(mappedBy = "policy")
    @OrderBy("number")
    public List<Goal> goals = new ArrayList<>();

    @Override
    public boolean frozen() {
        return status == PolicyStatus.adopted;
    }

    @Override
    public String frozenState() {
        return "adopted";
    }
}
