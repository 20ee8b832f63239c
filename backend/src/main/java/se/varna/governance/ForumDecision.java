package se.varna.governance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import se.varna.organisation.Organisation;

/**
 * A decision a forum (an organisation of type {@code forum}) took, which measures and agreements
 * may cite as the decision they carry out. Written once.
 */
@Entity
@Table(name = "forum_decision")
public class ForumDecision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id", nullable = false)
    public Organisation forum;

    @Column(name = "decision_date", nullable = false)
    public LocalDate date;

    @Column(name = "text_sv", nullable = false, columnDefinition = "text")
    public String textSv;

    @Column(name = "text_en", columnDefinition = "text")
    public String textEn;

    public String reference;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
