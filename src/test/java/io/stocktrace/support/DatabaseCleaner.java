package io.stocktrace.support;

import io.stocktrace.db.References;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Empties the database between tests by truncating, not by rolling back, so that tests see what a failed
 * request really left behind. Keeps what a fresh database starts with: the seeded locations, the settings row,
 * the reference series (restarted at 1) and the admin user.
 */
public final class DatabaseCleaner {
    private static final Set<String> KEPT = Set.of("flyway_schema_history", "settings", "locations",
            "reference_sequences", "app_users", "api_tokens", "ledger_heads", "scheduled_locks");
    private static final List<String> SERIES = List.of("receipt", "delivery", "internal", "manufacturing", "return",
            "scrap", "adjustment", "recall", "pack", "unpack", "package");

    private DatabaseCleaner() {
    }

    /**
     * Tries three times: another cached test context's scheduled work (the idempotency keys' purge, say) may hold a
     * lock that TRUNCATE deadlocks with, and PostgreSQL then picks one of them to fail.
     */
    public static void clean(DataSource dataSource) {
        SQLException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                cleanOnce(dataSource);
                return;
            } catch (SQLException e) {
                last = e;
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new IllegalStateException("Could not clean the test database (SQL state " + last.getSQLState() + "): "
                + last.getMessage(), last);
    }

    private static void cleanOnce(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            List<String> tables = new ArrayList<>();
            try (var rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_type IN ('BASE TABLE', 'TABLE')")) {
                while (rs.next()) {
                    String table = rs.getString(1).toLowerCase();
                    if (!KEPT.contains(table)) {
                        tables.add(table);
                    }
                }
            }
            if (postgres) {
                st.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
            } else {
                st.execute("SET REFERENTIAL_INTEGRITY FALSE");
                for (String table : tables) {
                    st.execute("TRUNCATE TABLE " + table + " RESTART IDENTITY");
                }
                st.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
            // children before parents: H2 checks the parent key row by row, not at the end of the statement
            while (st.executeUpdate("DELETE FROM locations WHERE id >= 100 AND id NOT IN "
                    + "(SELECT parent_id FROM locations WHERE parent_id IS NOT NULL)") > 0) {
                // one level of the tree per round
            }
            for (String series : SERIES) {
                st.execute("ALTER SEQUENCE " + References.sequence(series) + " RESTART WITH 1");
            }
            st.execute("UPDATE ledger_heads SET position = -1, hash = '" + "0".repeat(64)
                    + "', total_rows = 0, sealed_at = NULL");
            st.execute("UPDATE settings SET lots_and_serial_numbers = TRUE, expiration_dates = TRUE, time_zone = 'UTC'");
            // the site's GS1 identity too: an earlier test's site GLN would show in this one's EPCIS and FSMA 204 rows
            st.execute("UPDATE settings SET site_gln = NULL, epcis_identifiers = 'urn'");
            st.execute("DELETE FROM api_tokens WHERE user_id NOT IN (SELECT id FROM app_users WHERE username = 'admin')");
            st.execute("DELETE FROM app_users WHERE username <> 'admin'");
            // every periodic job free to run: ShedLock remembers which lock rows it made, so they stay, ended
            st.execute("UPDATE scheduled_locks SET lock_until = locked_at");
        }
    }
}
