package se.varna.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import se.varna.area.Area;
import se.varna.common.document.VersionedDocument;
import se.varna.governance.ForumDecision;
import se.varna.organisation.Organisation;

/** An agreement between the municipality and the police, with its commitments. */
@Entity
@Table(name = "agreement")
public class Agreement extends VersionedDocument {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementType type;

    @Column(nullable = false)
    public String title;

    @Column(columnDefinition = "text")
    public String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    public Area area;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @ManyToMany
    @JoinTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    public Set<Organisation> parties = new LinkedHashSet<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgreementCommitment> commitments = new ArrayList<>();

    /** The forum decisions the agreement carries out. */
    @ManyToMany
    @JoinTable(name = "agreement_forum_decision", joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "decision_id"))
    public Set<ForumDecision> forumDecisions = new LinkedHashSet<>();

    @Column(nullable = false)
    public boolean demo;
}
