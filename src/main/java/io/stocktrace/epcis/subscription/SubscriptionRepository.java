package io.stocktrace.epcis.subscription;

import io.stocktrace.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscriptions themselves; their outbox and log are {@link OutboxRepository}'s. */
@Repository
class SubscriptionRepository {
    /** A subscription's row with what the worker needs: its query, its cursor and its next sequence number. */
    record Stored(long id, String name, String destination, String secret, String queryJson, String state,
                  long afterPosition, long nextSequence) {
    }

    private static final String VIEW = """
            SELECT s.id, s.name, s.destination_url, s.state, s.query_json, s.created_at, s.created_by,
                   (SELECT COUNT(*) FROM epcis_outbox o WHERE o.subscription_id = s.id AND o.state = 'pending') AS pending,
                   (SELECT COUNT(*) FROM epcis_outbox o WHERE o.subscription_id = s.id AND o.state = 'delivered') AS delivered,
                   (SELECT MIN(o.next_attempt_at) FROM epcis_outbox o
                    WHERE o.subscription_id = s.id AND o.state = 'pending') AS next_attempt_at,
                   (SELECT d.error FROM epcis_deliveries d WHERE d.subscription_id = s.id
                    ORDER BY d.id DESC FETCH FIRST 1 ROWS ONLY) AS last_error
            FROM epcis_subscriptions s
            """;

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(SubscriptionRequest request, String secret, String queryJson, long afterPosition, Instant now, String actor) {
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO epcis_subscriptions (name, destination_url, secret, query_json, state, after_position,
                                                         next_sequence, created_at, created_by)
                        VALUES (:name, :url, :secret, :query, 'active', :after, 1, :now, :actor)
                        """)
                .param("name", request.name()).param("url", request.destination().toString()).param("secret", secret)
                .param("query", queryJson).param("after", afterPosition).param("now", Rows.utc(now)).param("actor", actor)
                .update(key, "id");
        return Rows.id(key);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM epcis_subscriptions").query(Long.class).single();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM epcis_subscriptions WHERE name = :name").param("name", name)
                .query(Long.class).single() > 0;
    }

    <T> Optional<T> find(long id, Function<ViewRow, T> mapper) {
        return jdbc.sql(VIEW + " WHERE s.id = :id").param("id", id).query((rs, n) -> mapper.apply(view(rs))).optional();
    }

    <T> List<T> list(Function<ViewRow, T> mapper) {
        return jdbc.sql(VIEW + " ORDER BY s.id").query((rs, n) -> mapper.apply(view(rs))).list();
    }

    /** A subscription's row as read, its query still JSON. */
    record ViewRow(long id, String name, String destination, String state, String queryJson, Instant createdAt,
                   String createdBy, long pending, long delivered, Instant nextAttemptAt, String lastError) {
    }

    private static ViewRow view(ResultSet rs) throws SQLException {
        return new ViewRow(rs.getLong("id"), rs.getString("name"), rs.getString("destination_url"), rs.getString("state"),
                rs.getString("query_json"), Rows.instant(rs, "created_at"), rs.getString("created_by"), rs.getLong("pending"),
                rs.getLong("delivered"), Rows.instant(rs, "next_attempt_at"), rs.getString("last_error"));
    }

    boolean changeState(long id, String state) {
        return jdbc.sql("UPDATE epcis_subscriptions SET state = :state WHERE id = :id")
                .param("state", state).param("id", id).update() == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM epcis_subscriptions WHERE id = :id").param("id", id).update() == 1;
    }

    List<Long> ids() {
        return jdbc.sql("SELECT id FROM epcis_subscriptions ORDER BY id").query(Long.class).list();
    }

    /**
     * The subscription, locked for this transaction, unless another transaction (of this node or another) holds it:
     * then nothing, and that one does the work. This is what makes several nodes deliver each event once, in order.
     */
    Optional<Stored> lock(long id) {
        return jdbc.sql("""
                        SELECT id, name, destination_url, secret, query_json, state, after_position, next_sequence
                        FROM epcis_subscriptions WHERE id = :id
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("id", id)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("name"), rs.getString("destination_url"),
                        rs.getString("secret"), rs.getString("query_json"), rs.getString("state"),
                        rs.getLong("after_position"), rs.getLong("next_sequence")))
                .optional();
    }

    void advance(long id, long afterPosition, long nextSequence) {
        jdbc.sql("UPDATE epcis_subscriptions SET after_position = :after, next_sequence = :next WHERE id = :id")
                .param("after", afterPosition).param("next", nextSequence).param("id", id).update();
    }
}
