package io.stocktrace.lot;

import io.stocktrace.api.Paging;
import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import io.stocktrace.ledger.LedgerBlocks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A lot's history besides its moves (lot_events): status changes, recalls, edits and alerts, written and read. */
@Repository
class LotEventRepository {
    private final JdbcClient jdbc;
    private final LedgerBlocks ledger;

    LotEventRepository(JdbcClient jdbc, LedgerBlocks ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /**
     * The history row of each of these lots whose status (as {@link LotStatusSql} reads it) is not this one yet,
     * from the status it has: one INSERT … SELECT per slice of {@value LotRepository#STATUS_SLICE}.
     */
    void recordStatusChanges(Collection<Long> lotIds, LotStatus status, String reason, String actor, Instant now) {
        for (List<Long> slice : Batches.slices(lotIds, LotRepository.STATUS_SLICE)) {
            jdbc.sql(Batches.planned("""
                            INSERT INTO lot_events (lot_id, event, from_status, to_status, reason, actor, occurred_at,
                                                    ledger_block_id)
                            SELECT l.id, 'status', %s, :status, :reason, :actor, :now, :block
                            FROM UNNEST(:ids) AS n(id) JOIN lots l ON l.id = n.id
                            WHERE %s <> :status
                            """.formatted(LotStatusSql.of("l"), LotStatusSql.of("l"))))
                    .param("status", status.wire()).param("reason", reason).param("actor", actor)
                    .param("now", Rows.utc(now)).param("ids", Batches.bigints(slice))
                    .param("block", ledger.current())
                    .update();
        }
    }

    /** The one history row of a recall, of its lot, naming the recall (see {@link #events}). */
    void recordRecall(long recallId, long lotId, String reason, String actor, Instant now) {
        jdbc.sql("""
                        INSERT INTO lot_events (lot_id, event, to_status, reason, actor, occurred_at, recall_id,
                                                ledger_block_id)
                        VALUES (:lot, 'status', :status, :reason, :actor, :now, :recall, :block)
                        """)
                .param("lot", lotId).param("status", LotStatus.RECALLED.wire()).param("reason", reason)
                .param("actor", actor).param("now", Rows.utc(now)).param("recall", recallId)
                .param("block", ledger.current())
                .update();
    }

    /**
     * Records each edited field as a {@code change} event, by the actor at that instant: one statement per slice of
     * 10,000 (an import of 100,000 lots changes as many fields as it likes in a handful of statements).
     */
    void recordChanges(List<LotFieldChange> changes, String actor, Instant now) {
        for (List<LotFieldChange> slice : Batches.slices(changes)) {
            jdbc.sql("""
                            INSERT INTO lot_events (lot_id, event, field, old_value, new_value, actor, occurred_at,
                                                    ledger_block_id)
                            SELECT c.lot_id, 'change', c.field, c.old_value, c.new_value, :actor, :now, :block
                            FROM UNNEST(:lots, :fields, :oldValues, :newValues) AS c(lot_id, field, old_value, new_value)
                            """)
                    .param("block", ledger.current())
                    .param("lots", Batches.column("bigint", slice, LotFieldChange::lotId))
                    .param("fields", Batches.column("varchar", slice, LotFieldChange::field))
                    .param("oldValues", Batches.column("varchar", slice, LotFieldChange::oldValue))
                    .param("newValues", Batches.column("varchar", slice, LotFieldChange::newValue))
                    .param("actor", actor)
                    .param("now", Rows.utc(now))
                    .update();
        }
    }

    /**
     * Records an alert event for every lot with stock whose alert date has come and that has none for the dates it
     * has now, in one statement; answers how many.
     */
    int raiseAlerts(LocalDate today, Instant now) {
        return jdbc.sql("""
                        INSERT INTO lot_events (lot_id, event, reason, actor, occurred_at, alert_date, expiration_date,
                                                ledger_block_id)
                        SELECT l.id, 'alert', 'The alert date has been reached', 'system', :now, l.alert_date,
                               l.expiration_date, :block
                        FROM lots l
                        WHERE %s
                          AND NOT EXISTS (SELECT 1 FROM lot_events e
                                          WHERE e.lot_id = l.id AND e.event = 'alert' AND e.alert_date = l.alert_date
                                            AND e.expiration_date IS NOT DISTINCT FROM l.expiration_date)
                        """.formatted(LotFilterSql.IN_ALERT))
                .param("today", today)
                .param("now", Rows.utc(now))
                .param("block", ledger.current())
                .update();
    }

    /**
     * The lot's own rows, and the one row of each recall that changed its status, shown through the lot's
     * {@code recall_lots} row, which keeps the status the lot had before (rows of recalls from before V45 have
     * {@code recall_id} null and are the lot's own).
     */
    private static final String HISTORY = """
            SELECT e.id, e.event, e.from_status, e.to_status, e.reason, e.actor, e.occurred_at, e.alert_date,
                   e.expiration_date, e.field, e.old_value, e.new_value
            FROM lot_events e
            WHERE e.lot_id = :lot AND e.recall_id IS NULL
            UNION ALL
            SELECT e.id, e.event, r.from_status, e.to_status, e.reason, e.actor, e.occurred_at, e.alert_date,
                   e.expiration_date, e.field, e.old_value, e.new_value
            FROM recall_lots r JOIN lot_events e ON e.recall_id = r.recall_id
            WHERE r.lot_id = :lot AND r.from_status IS NOT NULL
            """;

    /** The lot's status changes, recalls included, edits and alerts, newest first. */
    List<LotEvent> events(long lotId, Paging paging) {
        return jdbc.sql("SELECT * FROM (" + HISTORY + ") history ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("lot", lotId)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((rs, n) -> new LotEvent(rs.getLong("id"), rs.getString("event"), rs.getString("from_status"),
                        rs.getString("to_status"), rs.getString("reason"), rs.getString("actor"),
                        Rows.instant(rs, "occurred_at"), Rows.date(rs, "alert_date"), Rows.date(rs, "expiration_date"),
                        rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")))
                .list();
    }

    long countEvents(long lotId) {
        return jdbc.sql("SELECT COUNT(*) FROM (" + HISTORY + ") history").param("lot", lotId)
                .query(Long.class).single();
    }
}
