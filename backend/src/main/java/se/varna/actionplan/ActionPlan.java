package se.varna.actionplan;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import se.varna.common.document.AdoptedDocument;
import se.varna.situation.SituationPicture;

/** An åtgärdsplan based on one adopted lägesbild: its actions and consultation log. Frozen once adopted. */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends AdoptedDocument {

    @Column(nullable = false)
    public String municipality;

    @Column(nullable = false)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "situation_picture_id", nullable = false)
    public SituationPicture situationPicture;

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
}
