package io.stocktrace.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.PostgresAvailable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database that already holds move lines and lot events when the chain arrives: V17_1 seals them as block 0, the
 * genesis, and verify then names an old row changed behind the application's back like any other.
 */
class LedgerGenesisIT {
    private static final String H2_URL = "jdbc:h2:mem:ledger_genesis;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final String PG_SERVER = PostgresAvailable.URL.substring(0, PostgresAvailable.URL.lastIndexOf('/') + 1);
    private static final String PG_DATABASE = "ledger_genesis_test";

    @Test
    void seals_the_rows_written_before_the_chain_as_its_genesis_on_h2() throws SQLException {
        sealsOlderRowsAsGenesis(H2_URL, "sa", "", "h2");
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void seals_the_rows_written_before_the_chain_as_its_genesis_on_postgresql() throws SQLException {
        try (Connection admin = DriverManager.getConnection(PG_SERVER + "postgres", PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + PG_DATABASE);
            try {
                sealsOlderRowsAsGenesis(PG_SERVER + PG_DATABASE, PostgresAvailable.USER, PostgresAvailable.PASSWORD,
                        "postgresql");
            } finally {
                st.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
            }
        }
    }

    private static void sealsOlderRowsAsGenesis(String url, String user, String password, String vendor)
            throws SQLException {
        flyway(url, user, password, vendor).target("15").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO products (sku, name, tracking, uom, food_traceability_list, created_at) "
                    + "VALUES ('OLD', 'Old product', 'lot', 'Units', FALSE, CURRENT_TIMESTAMP)");
            st.executeUpdate("INSERT INTO lots (product_id, name, status, created_at) "
                    + "SELECT id, 'OLD-1', 'available', CURRENT_TIMESTAMP FROM products");
            for (int quantity : new int[] {5, 7}) {
                st.executeUpdate("INSERT INTO move_lines (product_id, lot_id, quantity, source_location_id, "
                        + "destination_location_id, reference, operation_type, occurred_at, recorded_at, actor) "
                        + "SELECT product_id, id, " + quantity + ".5, 4, 2, 'WH/IN/OLD', 'receipt', CURRENT_TIMESTAMP, "
                        + "CURRENT_TIMESTAMP, 'old' FROM lots");
            }
            st.executeUpdate("INSERT INTO lot_events (lot_id, event, from_status, to_status, reason, actor, occurred_at) "
                    + "SELECT id, 'status', 'available', 'quarantine', 'old', 'old', CURRENT_TIMESTAMP FROM lots");
        }

        flyway(url, user, password, vendor).javaMigrations(new LedgerGenesis()).load().migrate();

        try (var dataSource = new SingleConnectionDataSource(url, user, password, true)) {
            var jdbc = JdbcClient.create(dataSource);
            var ledger = new LedgerService(new LedgerRepository(jdbc));
            var intact = ledger.verify();
            assertThat(intact.findings()).isEmpty();
            assertThat(intact.blocks()).isEqualTo(1);
            assertThat(intact.rows()).isEqualTo(3);
            assertThat(jdbc.sql("SELECT id FROM ledger_blocks WHERE position = 0").query(Long.class).single()).isZero();
            assertThat(ledger.digest().rows()).isEqualTo(3);

            long line = jdbc.sql("SELECT MIN(id) FROM move_lines").query(Long.class).single();
            jdbc.sql(vendor.equals("h2") ? "DROP TRIGGER trg_move_lines_append_only"
                    : "ALTER TABLE move_lines DISABLE TRIGGER trg_move_lines_append_only").update();
            jdbc.sql("UPDATE move_lines SET quantity = 50 WHERE id = :id").param("id", line).update();

            assertThat(ledger.verify().findings())
                    .containsExactly("move_lines id=" + line + ": does not match the hash sealed in ledger block 0 (id 0)");
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user,
                                                                                 String password, String vendor) {
        return Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
    }
}
