package se.varna.actionplan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One consultation (samråd) of a plan: when, with which organisations (by code, checked when written), and what came of it. */
@Entity
@Table(name = "action_plan_consultation")
public class Consultation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_plan_id", nullable = false)
    public ActionPlan plan;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public LocalDate date;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(200)[]")
    public String[] parties = new String[0];

    @Column(nullable = false, columnDefinition = "text")
    public String summary;
}
