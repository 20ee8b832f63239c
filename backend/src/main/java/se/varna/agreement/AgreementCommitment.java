package se.varna.agreement;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import se.varna.measure.Measure;
import se.varna.organisation.Organisation;

/** One commitment (åtagande) of an agreement: what, who does it, how it is going, which measures fulfil it. */
@Entity
@Table(name = "agreement_commitment")
public class AgreementCommitment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    public Agreement agreement;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_organisation_id", nullable = false)
    public Organisation responsibleOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitmentStatus status;

    @Column(name = "status_comment", columnDefinition = "text")
    public String statusComment;

    @Column(name = "status_updated_at")
    public OffsetDateTime statusUpdatedAt;

    @Column(name = "status_updated_by")
    public String statusUpdatedBy;

    @ManyToMany
    @JoinTable(name = "agreement_commitment_measure", joinColumns = @JoinColumn(name = "commitment_id"),
            inverseJoinColumns = @JoinColumn(name = "measure_id"))
    public Set<Measure> measures = new LinkedHashSet<>();
}
