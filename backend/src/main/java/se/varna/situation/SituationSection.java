package se.varna.situation;

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

/** A section of other information in a lägesbild (the police's own picture, a school survey, dialogues). */
@Entity
@Table(name = "situation_section")
public class SituationSection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "situation_picture_id", nullable = false)
    public SituationPicture picture;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    public String source;

    /** {@link Visibility}: internal or public. */
    @Column(nullable = false, length = 16)
    public String visibility;
}
