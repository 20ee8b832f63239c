package se.varna.measure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import se.varna.area.Area;
import se.varna.common.document.LifecycleDocument;

/**
 * A measure's evaluation design (effektuppföljning): what outcome is followed in which target
 * districts against which comparison districts, from which month, over which windows. Declared
 * before the result is known: frozen once the after window has begun, so nobody picks the
 * outcome after seeing it. A design registered after that is retrospective and frozen at once.
 */
@Entity
@Table(name = "measure_evaluation")
public class MeasureEvaluation extends LifecycleDocument {

    /** The months are Swedish months: the after window begins at midnight in Stockholm. */
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Column(nullable = false)
    public String municipality;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, unique = true)
    public Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_kind", nullable = false)
    public OutcomeKind outcomeKind;

    @Column(name = "outcome_code", nullable = false)
    public String outcomeCode;

    @ManyToMany
    @JoinTable(name = "measure_evaluation_target", joinColumns = @JoinColumn(name = "evaluation_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    public Set<Area> targetDistricts = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "measure_evaluation_comparison", joinColumns = @JoinColumn(name = "evaluation_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    public Set<Area> comparisonDistricts = new LinkedHashSet<>();

    /** The first day of the intervention's first month: the after window's first month. */
    @Column(name = "intervention_start", nullable = false)
    public LocalDate interventionStart;

    @Column(name = "months_before", nullable = false)
    public int monthsBefore;

    @Column(name = "months_after", nullable = false)
    public int monthsAfter;

    /** Registered after the intervention started: an efterhandsbedömning. */
    @Column(nullable = false)
    public boolean retrospective;

    @Column(nullable = false)
    public boolean demo;

    /** The kinds of outcome a design can follow. Constant names are the API's values. */
    public enum OutcomeKind {
        crimeCategory, indicator
    }

    public YearMonth start() {
        return YearMonth.from(interventionStart);
    }

    /** Whether the after window has begun, now. */
    static boolean begun(YearMonth start) {
        return !LocalDate.now(STOCKHOLM).isBefore(start.atDay(1));
    }

    @Override
    public boolean frozen() {
        return retrospective || begun(start());
    }

    @Override
    public String frozenState() {
        return "frozen";
    }
}
