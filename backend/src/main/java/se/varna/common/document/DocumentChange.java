package se.varna.common.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One history entry as a kind's history DTO is built from: {@link DocumentHistoryEntry} with
 * its snapshots read. Each kind maps it to the entry shape its contract has
 * ({@code measureVersion}/{@code updateId}, {@code version}/{@code commitmentId}, …).
 */
public record DocumentChange(
        long id,
        OffsetDateTime changedAt,
        String changedBy,
        String changedByName,
        String action,
        long version,
        Long partId,
        List<String> changedFields,
        Map<String, Object> before,
        Map<String, Object> after) {
}
