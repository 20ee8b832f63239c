package se.varna.safetyanalysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import se.varna.area.Area;
import se.varna.common.document.VersionedDocument;

/**
 * A safety analysis (trygghetsanalys) of one district at one date: assessed factors, places
 * of concern and the measures proposed or started.
 */
@Entity
@Table(name = "safety_analysis")
public class SafetyAnalysis extends VersionedDocument {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    public Area area;

    @Column(name = "analysis_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public String title;

    @Column(columnDefinition = "text")
    public String summary;

    @ElementCollection
    @CollectionTable(name = "safety_analysis_factor", joinColumns = @JoinColumn(name = "analysis_id"))
    @OrderColumn(name = "position")
    public List<AssessedFactor> factors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "place_of_concern", joinColumns = @JoinColumn(name = "analysis_id"))
    @OrderColumn(name = "position")
    public List<PlaceOfConcern> places = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "safety_analysis_measure", joinColumns = @JoinColumn(name = "analysis_id"))
    public List<AnalysisMeasure> measures = new ArrayList<>();

    @Column(nullable = false)
    public boolean demo;
}
