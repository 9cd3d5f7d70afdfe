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
 * A ledger that already holds package moves when they join the chain (V37): V37_1 seals them in one block after the
 * blocks there were, the chain still verifies, and verify then names a package move changed behind the application's
 * back like any other ledger row.
 */
class LedgerPackageMovesIT {
    private static final String H2_URL = "jdbc:h2:mem:ledger_package_moves;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final String PG_SERVER = PostgresAvailable.URL.substring(0, PostgresAvailable.URL.lastIndexOf('/') + 1);
    private static final String PG_DATABASE = "ledger_package_moves_test";

    @Test
    void seals_the_package_moves_written_before_they_joined_the_ledger_in_a_block_after_the_others_on_h2()
            throws SQLException {
        sealsOlderPackageMoves(H2_URL, "sa", "", "h2");
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void seals_the_package_moves_written_before_they_joined_the_ledger_in_a_block_after_the_others_on_postgresql()
            throws SQLException {
        String database = PG_DATABASE + "_" + ProcessHandle.current().pid();
        try (Connection admin = DriverManager.getConnection(PG_SERVER + "postgres", PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + database);
            try {
                sealsOlderPackageMoves(PG_SERVER + database, PostgresAvailable.USER, PostgresAvailable.PASSWORD,
                        "postgresql");
            } finally {
                st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static void sealsOlderPackageMoves(String url, String user, String password, String vendor)
            throws SQLException {
        flyway(url, user, password, vendor).target("15").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO products (sku, name, tracking, uom, food_traceability_list, created_at) "
                    + "VALUES ('OLD', 'Old product', 'lot', 'Units', FALSE, CURRENT_TIMESTAMP)");
            st.executeUpdate("INSERT INTO lots (product_id, name, status, created_at) "
                    + "SELECT id, 'OLD-1', 'available', CURRENT_TIMESTAMP FROM products");
            st.executeUpdate("INSERT INTO move_lines (product_id, lot_id, quantity, source_location_id, "
                    + "destination_location_id, reference, operation_type, occurred_at, recorded_at, actor) "
                    + "SELECT product_id, id, 5, 4, 2, 'WH/IN/OLD', 'receipt', CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP, 'old' FROM lots");
        }
        flyway(url, user, password, vendor).target("36").javaMigrations(new LedgerGenesis()).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO packages (name, package_type, location_id, created_by, created_at) "
                    + "VALUES ('OLD-PALLET', 'pallet', 2, 'old', CURRENT_TIMESTAMP), "
                    + "('OLD-CASE', 'case', 2, 'old', CURRENT_TIMESTAMP)");
            st.executeUpdate("INSERT INTO package_moves (package_id, reference, operation_type, source_location_id, "
                    + "destination_location_id, parent_id, occurred_at, recorded_at, actor) "
                    + "SELECT id, 'WH/PACK/00001', 'pack', 2, 2, (SELECT MIN(id) FROM packages), CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP, 'old' FROM packages WHERE name = 'OLD-CASE'");
            st.executeUpdate("INSERT INTO package_moves (package_id, reference, operation_type, source_location_id, "
                    + "destination_location_id, from_parent_id, occurred_at, recorded_at, actor) "
                    + "SELECT id, 'WH/UNPACK/00001', 'unpack', 2, 2, (SELECT MIN(id) FROM packages), "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'old' FROM packages WHERE name = 'OLD-CASE'");
        }

        flyway(url, user, password, vendor).javaMigrations(new LedgerGenesis(), new LedgerPackageMoves()).load()
                .migrate();

        try (var dataSource = new SingleConnectionDataSource(url, user, password, true)) {
            var jdbc = JdbcClient.create(dataSource);
            var ledger = new LedgerService(new LedgerRepository(jdbc));
            var intact = ledger.verify();
            assertThat(intact.findings()).isEmpty();
            assertThat(intact.blocks()).isEqualTo(2);
            assertThat(intact.rows()).isEqualTo(3);
            long block = jdbc.sql("SELECT id FROM ledger_blocks WHERE position = 1").query(Long.class).single();
            assertThat(jdbc.sql("SELECT DISTINCT ledger_block_id FROM package_moves").query(Long.class).list())
                    .containsExactly(block);

            long move = jdbc.sql("SELECT MIN(id) FROM package_moves").query(Long.class).single();
            jdbc.sql("UPDATE package_moves SET parent_id = NULL WHERE id = :id").param("id", move).update();
            jdbc.sql("INSERT INTO package_moves (package_id, reference, operation_type, source_location_id, "
                    + "destination_location_id, occurred_at, recorded_at, actor) SELECT MIN(id), 'FORGED', 'pack', 2, 2, "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'nobody' FROM packages").update();
            long forged = jdbc.sql("SELECT MAX(id) FROM package_moves").query(Long.class).single();

            assertThat(ledger.verify().findings()).containsExactly(
                    "package_moves id=" + move + ": does not match the hash sealed in ledger block 1 (id " + block + ")",
                    "package_moves id=" + forged + ": is in no block of the ledger");
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user,
                                                                                 String password, String vendor) {
        return Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
    }
}
