package se.varna.goal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.varna.indicator.Indicator;
import se.varna.policy.Policy;

/**
 * One of a policy's overall goals (övergripande mål), numbered from 1.
 */
@Entity
@Table(name = "goal")
public class Goal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id", nullable = false)
    public Policy policy;

    @Column(nullable = false)
    public int number;

    @Column(name = "title_sv", nullable = false)
    public String titleSv;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(name = "description_sv", nullable = false, columnDefinition = "text")
    public String descriptionSv;

    @Column(name = "description_en", nullable = false, columnDefinition = "text")
    public String descriptionEn;

    /** Agenda 2030 goals (1–17) the goal contributes to. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "integer[]")
    public Integer[] sdgs = new Integer[0];

    /** Agenda 2030 targets (delmål) the goal contributes to, e.g. {@code 16.1}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(8)[]")
    public String[] targets = new String[0];

    @ManyToMany
    @JoinTable(name = "goal_indicator",
            joinColumns = @JoinColumn(name = "goal_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    // The policy lists each goal's indicators in a deliberate order; keep it.
    @OrderColumn(name = "position")
    public List<Indicator> indicators = new ArrayList<>();
}
