package se.varna.indicator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes indicator values: an upsert on indicator × period × area × sex × age group that
 * leaves a value with the same figures untouched (so importing a file twice changes nothing
 * the second time), and an audit row for every value created or changed, with the figures
 * before and after. Plain JDBC in the caller's transaction, one statement per value.
 */
@ApplicationScoped
public class IndicatorValueStore {

    enum Outcome {
        created, updated, unchanged
    }

    /** A value's outcome and its id (null on a dry run for a value not yet stored). */
    record Stored(ValueRules.Valid value, Outcome outcome, Long id) {
    }

    private static final String UPSERT = """
            insert into indicator_value (indicator_id, period, period_start, period_end, area_id, sex, age_group, value,
                                         numerator, denominator, status, source, demo, updated_at, updated_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, now(), ?)
            on conflict on constraint indicator_value_key_uq do update
               set value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
                   status = excluded.status, source = excluded.source, demo = false,
                   updated_at = excluded.updated_at, updated_by = excluded.updated_by
            returning id""";

    private static final String AUDIT = """
            insert into indicator_value_audit (value_id, indicator_id, period, area_id, sex, age_group, action, before,
                                               after, changed_by)
            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private record Existing(long id, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String status,
            String source, boolean demo) {
    }

    /**
     * Stores the values (or, with {@code dryRun}, only tells what storing would do), in the
     * caller's transaction, as the named user.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Stored> store(List<ValueRules.Valid> values, String user, boolean dryRun) {
        if (values.isEmpty()) {
            return List.of();
        }
        List<Stored> answer = new ArrayList<>(values.size());
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            Map<String, Existing> existing = existing(connection, values);
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT);
                    PreparedStatement audit = connection.prepareStatement(AUDIT)) {
                for (ValueRules.Valid v : values) {
                    Existing before = existing.get(v.key());
                    Outcome outcome = before == null ? Outcome.created
                            : sameFigures(before, v) ? Outcome.unchanged : Outcome.updated;
                    if (dryRun || outcome == Outcome.unchanged) {
                        answer.add(new Stored(v, outcome, before == null ? null : before.id()));
                        continue;
                    }
                    long id = upsert(upsert, v, user);
                    audit(audit, id, v, outcome, before, user);
                    existing.put(v.key(), new Existing(id, v.value(), v.numerator(), v.denominator(), v.status(),
                            v.source(), false));
                    answer.add(new Stored(v, outcome, id));
                }
                audit.executeBatch();
            }
        });
        return answer;
    }

    private static boolean sameFigures(Existing e, ValueRules.Valid v) {
        return !e.demo() && same(e.value(), v.value()) && same(e.numerator(), v.numerator())
                && same(e.denominator(), v.denominator()) && e.status().equals(v.status())
                && Objects.equals(e.source(), v.source());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static Map<String, Existing> existing(Connection connection, List<ValueRules.Valid> values)
            throws SQLException {
        Map<String, Existing> answer = new HashMap<>();
        Long[] indicatorIds = values.stream().map(v -> v.indicator().id).distinct().toArray(Long[]::new);
        String[] periods = values.stream().map(v -> v.period().code()).distinct().toArray(String[]::new);
        try (PreparedStatement select = connection.prepareStatement("""
                select id, indicator_id, period, area_id, sex, age_group, value, numerator, denominator, status, source,
                       demo
                from indicator_value
                where indicator_id = any(?) and period = any(?)""")) {
            select.setArray(1, connection.createArrayOf("bigint", indicatorIds));
            select.setArray(2, connection.createArrayOf("varchar", periods));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getLong("indicator_id") + "|" + rs.getString("period") + "|" + rs.getLong("area_id")
                            + "|" + rs.getString("sex") + "|" + rs.getString("age_group");
                    answer.put(key, new Existing(rs.getLong("id"), rs.getBigDecimal("value"),
                            rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getString("status"),
                            rs.getString("source"), rs.getBoolean("demo")));
                }
            }
        }
        return answer;
    }

    private static long upsert(PreparedStatement upsert, ValueRules.Valid v, String user) throws SQLException {
        upsert.setLong(1, v.indicator().id);
        upsert.setString(2, v.period().code());
        upsert.setObject(3, v.period().start());
        upsert.setObject(4, v.period().end());
        upsert.setLong(5, v.area().id);
        upsert.setString(6, v.sex());
        upsert.setString(7, v.ageGroup());
        upsert.setBigDecimal(8, v.value());
        decimal(upsert, 9, v.numerator());
        decimal(upsert, 10, v.denominator());
        upsert.setString(11, v.status());
        if (v.source() == null) {
            upsert.setNull(12, Types.VARCHAR);
        } else {
            upsert.setString(12, v.source());
        }
        upsert.setString(13, user);
        try (ResultSet rs = upsert.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void audit(PreparedStatement audit, long id, ValueRules.Valid v, Outcome outcome, Existing before,
            String user) throws SQLException {
        audit.setLong(1, id);
        audit.setLong(2, v.indicator().id);
        audit.setString(3, v.period().code());
        audit.setLong(4, v.area().id);
        audit.setString(5, v.sex());
        audit.setString(6, v.ageGroup());
        audit.setString(7, outcome.name());
        if (before == null) {
            audit.setNull(8, Types.VARCHAR);
        } else {
            audit.setString(8, figures(before.value(), before.numerator(), before.denominator(), before.status(),
                    before.source(), before.demo()));
        }
        audit.setString(9, figures(v.value(), v.numerator(), v.denominator(), v.status(), v.source(), false));
        audit.setString(10, user);
        audit.addBatch();
    }

    private String figures(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String status,
            String source, boolean demo) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("value", value);
        f.put("numerator", numerator);
        f.put("denominator", denominator);
        f.put("status", status);
        f.put("source", source);
        f.put("demo", demo);
        try {
            return json.writeValueAsString(f);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void decimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, value);
        }
    }
}
