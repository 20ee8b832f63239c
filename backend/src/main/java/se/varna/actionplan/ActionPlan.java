package se.varna.actionplan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import se.varna.common.document.Decision;
import se.varna.common.document.LifecycleDocument;
import se.varna.situation.AdoptionStatus;
import se.varna.situation.SituationPicture;

/** An åtgärdsplan based on one adopted lägesbild: its actions and consultation log. Frozen once adopted. */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends LifecycleDocument {

    @Column(nullable = false)
    public String municipality;

    @Column(nullable = false)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "situation_picture_id", nullable = false)
    public SituationPicture situationPicture;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AdoptionStatus status = AdoptionStatus.draft;

    @Embedded
    public Decision decision;

    @Column(name = "adopted_at")
    public OffsetDateTime adoptedAt;

    @Column(name = "adopted_by")
    public String adoptedBy;

    @Column(nullable = false)
    public boolean demo;

    /** The adopted plan this one is a new version of; null for a first version. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    public ActionPlan predecessor;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PlanAction> actions = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Consultation> consultations = new ArrayList<>();

    @Override
    public boolean frozen() {
        return status == AdoptionStatus.adopted;
    }

    @Override
    public String frozenState() {
        return "adopted";
    }
}
