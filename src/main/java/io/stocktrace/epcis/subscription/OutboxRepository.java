package io.stocktrace.epcis.subscription;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of each subscription's events, and the log of every delivery attempt. */
@Repository
class OutboxRepository {
    /** An event waiting in the outbox. */
    record Waiting(long id, long sequenceNumber, String eventId, String payload, int attempts, Instant nextAttemptAt) {
    }

    /** An event to put in the outbox. */
    record NewEvent(String eventId, Instant eventTime, String payload) {
    }

    private final JdbcClient jdbc;
    private final Batches batches;

    OutboxRepository(JdbcClient jdbc, Batches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Appends the events after the last, numbered from {@code firstSequence}, in one batch; answers the next number. */
    long append(long subscriptionId, long firstSequence, List<NewEvent> events, Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        long sequence = firstSequence;
        for (NewEvent event : events) {
            rows.add(Map.of("subscription", subscriptionId, "sequence", sequence++, "event", event.eventId(),
                    "time", Rows.utc(event.eventTime()), "payload", event.payload(), "now", Rows.utc(now)));
        }
        batches.run("""
                INSERT INTO epcis_outbox (subscription_id, sequence_number, event_id, event_time, payload, state,
                                          attempts, next_attempt_at, created_at)
                VALUES (:subscription, :sequence, :event, :time, :payload, 'pending', 0, :now, :now)
                """, rows);
        return sequence;
    }

    /** The first event not delivered yet: nothing after it goes before it. */
    Optional<Waiting> first(long subscriptionId) {
        return jdbc.sql("""
                        SELECT id, sequence_number, event_id, payload, attempts, next_attempt_at
                        FROM epcis_outbox
                        WHERE subscription_id = :subscription AND state = 'pending'
                        ORDER BY sequence_number
                        FETCH FIRST 1 ROWS ONLY
                        """)
                .param("subscription", subscriptionId)
                .query((rs, n) -> new Waiting(rs.getLong("id"), rs.getLong("sequence_number"), rs.getString("event_id"),
                        rs.getString("payload"), rs.getInt("attempts"), Rows.instant(rs, "next_attempt_at")))
                .optional();
    }

    void delivered(long outboxId, Instant now) {
        jdbc.sql("UPDATE epcis_outbox SET state = 'delivered', attempts = attempts + 1, delivered_at = :now WHERE id = :id")
                .param("now", Rows.utc(now)).param("id", outboxId).update();
    }

    void failed(long outboxId, Instant nextAttempt) {
        jdbc.sql("UPDATE epcis_outbox SET attempts = attempts + 1, next_attempt_at = :next WHERE id = :id")
                .param("next", Rows.utc(nextAttempt)).param("id", outboxId).update();
    }

    void log(long subscriptionId, Waiting event, Instant at, Webhook.Answer answer) {
        jdbc.sql("""
                        INSERT INTO epcis_deliveries (subscription_id, outbox_id, attempt, attempted_at, status_code, outcome, error)
                        VALUES (:subscription, :outbox, :attempt, :at, :status, :outcome, :error)
                        """)
                .param("subscription", subscriptionId).param("outbox", event.id()).param("attempt", event.attempts() + 1)
                .param("at", Rows.utc(at)).param("status", answer.statusCode())
                .param("outcome", answer.delivered() ? "delivered" : "failed").param("error", answer.error())
                .update();
    }

    /** Forgets events delivered before {@code before}, with their log; answers how many. */
    int purgeDelivered(Instant before) {
        return jdbc.sql("DELETE FROM epcis_outbox WHERE state = 'delivered' AND delivered_at < :before")
                .param("before", Rows.utc(before)).update();
    }

    /** The delivery log, newest first. */
    List<Subscription.Delivery> log(long subscriptionId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT d.id, d.outbox_id, o.sequence_number, o.event_id, d.attempt, d.attempted_at, d.status_code,
                               d.outcome, d.error
                        FROM epcis_deliveries d JOIN epcis_outbox o ON o.id = d.outbox_id
                        WHERE d.subscription_id = :subscription
                        ORDER BY d.id DESC
                        OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY
                        """)
                .param("subscription", subscriptionId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Subscription.Delivery(rs.getLong("id"), rs.getLong("outbox_id"),
                        rs.getLong("sequence_number"), rs.getString("event_id"), rs.getInt("attempt"),
                        Rows.instant(rs, "attempted_at"), Rows.nullableInt(rs, "status_code"), rs.getString("outcome"),
                        rs.getString("error")))
                .list();
    }
}
