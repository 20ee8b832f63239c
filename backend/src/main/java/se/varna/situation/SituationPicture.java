package se.varna.situation;

import java.time.OffsetDateTime;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import se.varna.common.document.AdoptedDocument;

/**
 * A lägesbild for a period: the mapping Värna drafted from its own data (exact, with what
 * publishing it needs), the other information, the analysis and the problems it names. Frozen
 * once adopted.
 */
@Entity
@Table(name = "situation_picture")
public class SituationPicture extends AdoptedDocument {

    @Column(nullable = false)
    public String municipality;

    @Column(nullable = false)
    public String title;

    /** First month mapped, {@code YYYY-MM}. */
    @Column(name = "period_from", nullable = false, length = 7)
    public String periodFrom;

    /** Last month mapped, {@code YYYY-MM}. */
    @Column(name = "period_to", nullable = false, length = 7)
    public String periodTo;

    @Column(nullable = false, columnDefinition = "text")
    public String analysis = "";

    /** {@link StoredMapping} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String mapping;

    @Column(name = "mapping_built_at", nullable = false)
    public OffsetDateTime mappingBuiltAt;

    @Column(nullable = false)
    public boolean demo;

    /** The adopted lägesbild this one is a new version of; null for a first version. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    public SituationPicture predecessor;

    @OneToMany(mappedBy = "picture", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SituationSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "picture", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SituationProblem> problems = new ArrayList<>();
}
