package se.varna.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A progress update (lägesuppdatering) of a measure.
 */
@Entity
@Table(name = "measure_update")
public class MeasureUpdate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    public Measure measure;

    @Column(nullable = false)
    public LocalDate date;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Assessment assessment;

    public Integer participants;

    public Integer places;

    public Integer hours;

    @Column(nullable = false)
    public String author;

    @Column(name = "author_name")
    public String authorName;

    @Column(nullable = false)
    public boolean demo;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
