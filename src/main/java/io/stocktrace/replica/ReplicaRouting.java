package io.stocktrace.replica;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The data source of read-only transactions: a connection to a standby when, asked on that connection, it has
 * replayed the client's last write and lags within {@code max-lag}; otherwise a connection to the primary. A standby
 * that cannot be reached is skipped for {@code retry-after}, so a stopped one costs one request a connection timeout,
 * not every request; the client sees no error either way.
 */
class ReplicaRouting extends AbstractDataSource implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);
    private static final String STATE = """
            SELECT pg_is_in_recovery(),
                   COALESCE(pg_last_wal_replay_lsn() - '0/0'::pg_lsn, 0),
                   CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                        ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) * 1000, 0) END
            """;

    private final DataSource primary;
    private final HikariDataSource replicas;
    private final ReadPositions positions;
    private final ReadReplicaProperties properties;
    private final ReadRoutingMetrics metrics;
    private volatile long skippedUntil = System.nanoTime();

    ReplicaRouting(DataSource primary, HikariDataSource replicas, ReadPositions positions,
                   ReadReplicaProperties properties, ReadRoutingMetrics metrics) {
        this.primary = primary;
        this.replicas = replicas;
        this.positions = positions;
        this.properties = properties;
        this.metrics = metrics;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Optional<String> client = ReadPositions.client();
        if (client.isEmpty()) {
            return onPrimary();
        }
        long required = positions.required(client.get());
        if (System.nanoTime() - skippedUntil < 0) {
            return onPrimary(ReplicaChoice.down());
        }
        Connection replica;
        try {
            replica = replicas.getConnection();
        } catch (SQLException e) {
            return onPrimary(skip(e));
        }
        ReplicaChoice choice;
        try {
            ReplicaChoice.State state = state(replica);
            metrics.observe(state);
            choice = ReplicaChoice.of(state, required, positions.mustHaveReplayed(), properties.maxLag());
        } catch (SQLException e) {
            closeQuietly(replica);
            return onPrimary(skip(e));
        }
        if (choice.target() == ReplicaChoice.Target.REPLICA) {
            metrics.count(choice);
            return replica;
        }
        replica.close();
        return onPrimary(choice);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("The replicas' data source takes its credentials from stocktrace.read-replicas");
    }

    private ReplicaChoice skip(SQLException e) {
        boolean wasUp = System.nanoTime() - skippedUntil >= 0;
        skippedUntil = System.nanoTime() + properties.retryAfter().toNanos();
        if (wasUp) {
            log.warn("Read replicas unreachable, reads go to the primary for {}: {}", properties.retryAfter(),
                    e.getMessage());
        }
        return ReplicaChoice.down();
    }

    private Connection onPrimary(ReplicaChoice choice) throws SQLException {
        metrics.count(choice);
        return onPrimary();
    }

    private Connection onPrimary() throws SQLException {
        Connection connection = primary.getConnection();
        connection.setReadOnly(true);
        return connection;
    }

    private static ReplicaChoice.State state(Connection replica) throws SQLException {
        try (Statement st = replica.createStatement(); ResultSet rs = st.executeQuery(STATE)) {
            rs.next();
            return new ReplicaChoice.State(rs.getBoolean(1), rs.getLong(2), Duration.ofMillis(Math.round(rs.getDouble(3))));
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a connection that failed is evicted by the pool on close; nothing more to do with it
        }
    }

    @Override
    public void close() {
        replicas.close();
    }
}
