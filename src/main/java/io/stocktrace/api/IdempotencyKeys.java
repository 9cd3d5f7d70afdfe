package io.stocktrace.api;

import io.stocktrace.db.Rows;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reservations of Idempotency-Keys, one row per caller and key: in flight while a lease holds it, completed with
 * the answer once done. Every write of an owner names its lease token, so only the current owner changes a row.
 */
@Repository
class IdempotencyKeys {
    record Reservation(long id, String requestHash, boolean completed, Instant leaseExpiresAt,
                       Instant workCommittedAt, StoredAnswer answer) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an in-flight reservation; empty when the caller already has one under this key. */
    Optional<Long> reserve(String username, String key, String hash, String token, Instant now, Instant leaseUntil) {
        var id = Rows.newKey();
        try {
            jdbc.sql("""
                            INSERT INTO idempotency_keys (username, idempotency_key, request_hash, state, lease_token,
                                                          lease_expires_at, created_at)
                            VALUES (:username, :key, :hash, 'in-flight', :token, :leaseUntil, :now)
                            """)
                    .param("username", username).param("key", key).param("hash", hash).param("token", token)
                    .param("leaseUntil", Rows.utc(leaseUntil)).param("now", Rows.utc(now))
                    .update(id, "id");
            return Optional.of(Rows.id(id));
        } catch (DuplicateKeyException | ConcurrencyFailureException taken) {
            // taken, or being taken by a concurrent insert the database made us wait for too long
            return Optional.empty();
        }
    }

    Optional<Reservation> find(String username, String key) {
        return jdbc.sql("""
                        SELECT id, request_hash, state, lease_expires_at, work_committed_at, response_status,
                               response_type, response_location, response_body
                        FROM idempotency_keys
                        WHERE username = :username AND idempotency_key = :key
                        """)
                .param("username", username).param("key", key)
                .query((rs, n) -> {
                    boolean completed = "completed".equals(rs.getString("state"));
                    return new Reservation(rs.getLong("id"), rs.getString("request_hash"), completed,
                            Rows.instant(rs, "lease_expires_at"), Rows.instant(rs, "work_committed_at"),
                            completed ? new StoredAnswer(rs.getInt("response_status"), rs.getString("response_type"),
                                    rs.getString("response_location"), rs.getString("response_body")) : null);
                })
                .optional();
    }

    /** Takes over an in-flight reservation whose lease ran out before any of its work committed. */
    boolean takeOver(long id, String token, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                        UPDATE idempotency_keys SET lease_token = :token, lease_expires_at = :leaseUntil
                        WHERE id = :id AND state = 'in-flight' AND work_committed_at IS NULL
                          AND lease_expires_at <= :now
                        """)
                .param("id", id).param("token", token).param("now", Rows.utc(now))
                .param("leaseUntil", Rows.utc(leaseUntil))
                .update() == 1;
    }

    /** Run inside the work's own transaction: false when the lease is no longer this owner's. */
    boolean stampWorkCommitted(KeyLease lease, Instant now) {
        return jdbc.sql("""
                        UPDATE idempotency_keys SET work_committed_at = COALESCE(work_committed_at, :now)
                        WHERE id = :id AND lease_token = :token AND state = 'in-flight'
                        """)
                .param("id", lease.reservationId()).param("token", lease.token()).param("now", Rows.utc(now))
                .update() == 1;
    }

    Optional<Instant> workCommittedAt(KeyLease lease) {
        return jdbc.sql("SELECT work_committed_at FROM idempotency_keys WHERE id = :id AND lease_token = :token")
                .param("id", lease.reservationId()).param("token", lease.token())
                .query((rs, n) -> Optional.ofNullable(Rows.instant(rs, "work_committed_at")))
                .optional().flatMap(committed -> committed);
    }

    void complete(KeyLease lease, StoredAnswer answer) {
        jdbc.sql("""
                        UPDATE idempotency_keys
                        SET state = 'completed', lease_token = NULL, lease_expires_at = NULL,
                            response_status = :status, response_type = :type, response_location = :location,
                            response_body = :body
                        WHERE id = :id AND lease_token = :token
                        """)
                .param("id", lease.reservationId()).param("token", lease.token())
                .param("status", answer.status()).param("type", answer.contentType())
                .param("location", answer.location()).param("body", answer.body())
                .update();
    }

    /** Frees the key of a request that wrote nothing, so that the caller may send it again. */
    void release(KeyLease lease) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE id = :id AND lease_token = :token AND work_committed_at IS NULL")
                .param("id", lease.reservationId()).param("token", lease.token())
                .update();
    }

    /** Ends the lease at once, for an owner that cannot finish: retries need not wait for it to run out. */
    void abandon(KeyLease lease, Instant now) {
        jdbc.sql("UPDATE idempotency_keys SET lease_expires_at = :now WHERE id = :id AND lease_token = :token")
                .param("id", lease.reservationId()).param("token", lease.token()).param("now", Rows.utc(now))
                .update();
    }

    void renew(Collection<String> tokens, Instant leaseUntil) {
        jdbc.sql("UPDATE idempotency_keys SET lease_expires_at = :leaseUntil WHERE lease_token IN (:tokens)")
                .param("tokens", tokens).param("leaseUntil", Rows.utc(leaseUntil))
                .update();
    }

    /** Deletes the keys created before the cutoff, except those still held by a live lease. */
    int purge(Instant createdBefore, Instant now) {
        return jdbc.sql("""
                        DELETE FROM idempotency_keys
                        WHERE created_at < :cutoff AND (state = 'completed' OR lease_expires_at <= :now)
                        """)
                .param("cutoff", Rows.utc(createdBefore)).param("now", Rows.utc(now))
                .update();
    }
}
