package io.stocktrace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.PostgresAvailable;
import io.stocktrace.support.ScratchDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code bench trace --http --scenarios=r} at size XS on PostgreSQL, two rounds and the warm-up: each recall is undone
 * after it, so every round recalls the same available lots and the database ends as loaded, its ledger sound.
 * Nothing is timed.
 */
@ExtendWith(PostgresAvailable.class)
class RecallHttpBenchmarkPostgresIT {
    private final ScratchDatabase database = new ScratchDatabase("faults_recall_bench");

    @AfterEach
    void dropTheDatabase() throws Exception {
        database.drop();
    }

    @Test
    void recalls_the_hot_lot_round_after_round_and_undoes_each_recall() throws Exception {
        BenchRun run = BenchRun.of(() -> TraceBenchmark.run(new String[] {"--size", "XS", "--http", "--scenarios=r",
                "--rounds=2", "--postgres=" + database.url()}));
        assertThat(run.exit()).isZero();
        assertThat(run.report()).contains("2 rounds, each undone after it")
                .containsPattern("p50 +recall .* floor .* difference .* CPU: JVM .* PostgreSQL")
                .containsPattern("p100 +recall");
        try (Connection c = DriverManager.getConnection(database.url(), PostgresAvailable.USER, PostgresAvailable.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery("""
                     SELECT (SELECT COUNT(*) FROM recalls), (SELECT COUNT(*) FROM recall_lots),
                            (SELECT COUNT(*) FROM lots WHERE status = 'recalled'),
                            (SELECT COUNT(*) FROM lot_events WHERE event = 'status'),
                            (SELECT COALESCE(MAX(position), -1) FROM ledger_blocks), (SELECT position FROM ledger_heads)""")) {
            rs.next();
            for (int column = 1; column <= 4; column++) {
                assertThat(rs.getLong(column)).as("column %d", column).isZero();
            }
            assertThat(rs.getLong(6)).as("the ledger head, on the last block left").isEqualTo(rs.getLong(5));
        }
    }
}
