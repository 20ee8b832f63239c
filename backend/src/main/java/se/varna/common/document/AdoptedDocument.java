package se.varna.common.document;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * A document adopted by a political decision (a lägesbild, an åtgärdsplan): a draft until
 * {@link Lifecycle#adopt} records the decision, who adopted it and when, and freezes it. The
 * columns are the same in every such table.
 */
@MappedSuperclass
public abstract class AdoptedDocument extends LifecycleDocument {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AdoptionStatus status = AdoptionStatus.draft;

    @Embedded
    public Decision decision;

    @Column(name = "adopted_at")
    public OffsetDateTime adoptedAt;

    @Column(name = "adopted_by")
    public String adoptedBy;

    @Override
    public boolean frozen() {
        return status == AdoptionStatus.adopted;
    }

    @Override
    public String frozenState() {
        return "adopted";
    }
}
