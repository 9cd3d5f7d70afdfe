package io.stocktrace.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stocktrace.support.PostgresAvailable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The project's migrations, run by Flyway alone (no Spring), bring an empty H2 and an empty PostgreSQL database to
 * the same schema, and on both the ledger refuses UPDATE and DELETE.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationIT {
    private static final String H2_URL = "jdbc:h2:mem:migration-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    /** Named after the test database, so that runs against different test databases do not drop each other's. */
    private static final String PG_DATABASE = PostgresAvailable.URL.substring(PostgresAvailable.URL.lastIndexOf('/') + 1)
            .replaceAll("\\W", "") + "_migration";
    private static final String PG_SERVER = PostgresAvailable.URL.substring(0, PostgresAvailable.URL.lastIndexOf('/') + 1);
    private static final String PG_URL = PG_SERVER + PG_DATABASE;

    private MigrateResult h2Migration;
    private MigrateResult pgMigration;

    @BeforeAll
    void migrateH2() {
        h2Migration = migrate(H2_URL, "sa", "", "h2");
    }

    @AfterAll
    void dropH2() throws SQLException {
        try (Connection c = h2(); var st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }

    @AfterAll
    void dropPostgres() throws SQLException {
        if (pgMigration != null) {
            try (Connection admin = DriverManager.getConnection(PG_SERVER + "postgres", PostgresAvailable.USER,
                    PostgresAvailable.PASSWORD); var st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
            }
        }
    }

    private static MigrateResult migrate(String url, String user, String password, String vendor) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load()
                .migrate();
    }

    private Connection h2() throws SQLException {
        return DriverManager.getConnection(H2_URL, "sa", "");
    }

    /** How many migration scripts a folder of src/main/resources/db/migration holds. */
    private static int scripts(String folder) {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration", folder))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V.*__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Drops and creates the PostgreSQL database, and migrates it, once per run. */
    private Connection postgres() throws SQLException {
        if (pgMigration == null) {
            try (Connection admin = DriverManager.getConnection(PG_SERVER + "postgres", PostgresAvailable.USER,
                    PostgresAvailable.PASSWORD); var st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
                st.execute("CREATE DATABASE " + PG_DATABASE);
            }
            pgMigration = migrate(PG_URL, PostgresAvailable.USER, PostgresAvailable.PASSWORD, "postgresql");
        }
        return DriverManager.getConnection(PG_URL, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
    }

    @Test
    void migrates_an_empty_h2_database_with_every_migration_and_a_second_run_applies_nothing() {
        assertThat(h2Migration.success).isTrue();
        assertThat(h2Migration.migrationsExecuted).isEqualTo(scripts("common") + scripts("h2")).isGreaterThan(10);
        assertThat(migrate(H2_URL, "sa", "", "h2").migrationsExecuted).isZero();
    }

    @Test
    void gives_h2_every_ledger_table_named_constraint_and_the_append_only_trigger() throws SQLException {
        try (Connection c = h2()) {
            Schema schema = Schema.of(c);
            assertThat(schema.tables()).containsExactly("api_tokens", "app_users", "epcis_capture_jobs",
                    "epcis_captured_epcs", "epcis_captured_events", "epcis_captured_parties", "epcis_deliveries",
                    "epcis_outbox", "epcis_subscriptions", "gs1_company_prefixes", "idempotency_keys",
                    "inventory_adjustment_lines", "inventory_adjustments", "ledger_blocks", "ledger_heads",
                    "locations", "login_failures", "lot_events", "lot_links", "lot_sequences", "lots",
                    "manufacturing_order_lines", "manufacturing_orders", "move_lines", "package_moves", "packages", "packages_received_elsewhere",
                    "partners", "products", "quants", "read_positions", "recall_lots", "recalls",
                    "reference_sequences", "scheduled_locks", "scrap_lines", "scraps", "settings", "site_profiles",
                    "transfer_lines", "transfer_packages", "transfers", "web_sessions", "web_sessions_attributes");
            assertThat(schema.columns()).contains("move_lines.quantity numeric(18,4) not null",
                    "move_lines.lot_id bigint null", "move_lines.occurred_at timestamptz not null",
                    "lots.name varchar(256) not null", "lots.expiration_date date null",
                    "idempotency_keys.response_body text null",
                    "idempotency_keys.state varchar(16) not null", "idempotency_keys.work_committed_at timestamptz null", "settings.lots_and_serial_numbers boolean not null",
                    "products.expiration_days integer null", "lots.alert_by_hand boolean not null",
                    "lot_events.alert_date date null");
            assertThat(schema.constraints()).contains("quants check ck_quants_non_negative",
                    "quants unique uq_quants_serial_on_hand_once (serial_lot_id)",
                    "lots unique uq_lots_product_name (name, product_id)",
                    "move_lines foreign key fk_move_lines_lot (lot_id)", "move_lines primary key (id)",
                    "reference_sequences primary key (code)", "lot_links check ck_lot_links_not_self",
                    "lot_events unique uq_lot_events_alert_dates (lot_id, event, alert_date, expiration_date)",
                    "lot_sequences foreign key fk_lot_sequences_product (product_id)",
                    "move_lines foreign key fk_move_lines_manufacturing_order (manufacturing_order_id)",
                    "recall_lots primary key (recall_id, lot_id)", "transfers check ck_transfers_return_of",
                    "transfers foreign key fk_transfers_return_of (return_of_id)",
                    "idempotency_keys check ck_idempotency_keys_answer_when_completed",
                    // packages (issue 19)
                    "quants unique uq_quants_product_location_lot_package (product_id, location_id, lot_key, package_key)",
                    "quants foreign key fk_quants_package_here (package_id, location_id)",
                    "packages foreign key fk_packages_parent (parent_id)",
                    "packages unique uq_packages_name (name)", "move_lines check ck_move_lines_two_places");
            assertThat(schema.triggers()).containsExactly("trg_move_lines_append_only before delete on move_lines",
                    "trg_move_lines_append_only before update on move_lines");
        }
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void migrates_an_empty_h2_and_an_empty_postgresql_database_to_the_same_schema() throws SQLException {
        Schema h2;
        Schema pg;
        try (Connection c = h2()) {
            h2 = Schema.of(c);
        }
        try (Connection c = postgres()) {
            pg = Schema.of(c);
        }
        assertThat(pgMigration.success).isTrue();
        assertThat(pgMigration.migrationsExecuted).isEqualTo(h2Migration.migrationsExecuted);
        assertSame("tables", h2.tables(), pg.tables());
        assertSame("columns (name, type, nullability)", h2.columns(), pg.columns());
        assertSame("constraints", without(h2.constraints(), H2_ONLY_CONSTRAINTS), pg.constraints());
        assertSame("indexes", h2.indexes(), pg.indexes());
        assertSame("triggers", h2.triggers(), without(pg.triggers(), POSTGRESQL_ONLY_TRIGGERS));
        assertThat(h2.constraints()).containsAll(H2_ONLY_CONSTRAINTS);
        assertThat(pg.triggers()).containsAll(POSTGRESQL_ONLY_TRIGGERS);
        assertThat(pg.triggers()).isNotEmpty();
    }

    /** The references of recall_lots: foreign keys on H2, checked once per statement by triggers on PostgreSQL (V46). */
    private static final Set<String> H2_ONLY_CONSTRAINTS = Set.of(
            "recall_lots foreign key fk_recall_lots_lot (lot_id)", "recall_lots foreign key fk_recall_lots_recall (recall_id)");
    private static final Set<String> POSTGRESQL_ONLY_TRIGGERS = Set.of(
            "trg_recall_lots_references_on_insert after insert on recall_lots",
            "trg_recall_lots_references_on_update after update on recall_lots",
            "trg_lots_named_by_recalls_kept before delete on lots", "trg_lots_named_by_recalls_kept before update on lots",
            "trg_recalls_with_lots_kept before delete on recalls", "trg_recalls_with_lots_kept before update on recalls");

    private static SortedSet<String> without(SortedSet<String> lines, Set<String> left) {
        SortedSet<String> kept = new TreeSet<>(lines);
        kept.removeAll(left);
        return kept;
    }

    private static void assertSame(String what, SortedSet<String> h2, SortedSet<String> pg) {
        SortedSet<String> onlyH2 = new TreeSet<>(h2);
        onlyH2.removeAll(pg);
        SortedSet<String> onlyPg = new TreeSet<>(pg);
        onlyPg.removeAll(h2);
        assertThat(onlyH2.isEmpty() && onlyPg.isEmpty())
                .as("%s differ%n  only on H2:         %s%n  only on PostgreSQL: %s", what, onlyH2, onlyPg).isTrue();
    }

    @Test
    void postgresql_indexes_lot_names_and_references_by_trigram_for_the_dashboard_search() throws SQLException {
        try (Connection c = postgres(); var st = c.createStatement(); var rs = st.executeQuery(
                "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '%gin_trgm_ops%'")) {
            SortedSet<String> trigram = new TreeSet<>();
            while (rs.next()) {
                trigram.add(rs.getString(1));
            }
            assertThat(trigram).containsExactly("ix_lots_name_trgm", "ix_lots_ref_trgm");
        }
    }

    @Test
    void h2_checks_in_list_constraints_from_a_connection_other_than_the_one_that_migrated() throws SQLException {
        try (Connection c = h2(); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO app_users (username, password_hash, role, active, created_at) "
                    + "VALUES ('checker', 'x', 'viewer', TRUE, CURRENT_TIMESTAMP)");
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO app_users (username, password_hash, role, active, "
                    + "created_at) VALUES ('boss', 'x', 'owner', TRUE, CURRENT_TIMESTAMP)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ck_app_users_role");
        }
    }

    @Test
    void h2_refuses_to_update_or_delete_a_move_line() throws SQLException {
        try (Connection c = h2()) {
            assertAppendOnly(c);
        }
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void postgresql_refuses_to_update_or_delete_a_move_line() throws SQLException {
        try (Connection c = postgres()) {
            assertAppendOnly(c);
        }
    }

    private static void assertAppendOnly(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO products (sku, name, tracking, uom, food_traceability_list, created_at) "
                    + "VALUES ('LEDGER-" + UUID.randomUUID() + "', 'Ledger test', 'none', 'Units', FALSE, CURRENT_TIMESTAMP)");
            long product = single(st.executeQuery("SELECT MAX(id) FROM products"));
            st.executeUpdate("INSERT INTO move_lines (product_id, quantity, source_location_id, destination_location_id, "
                    + "reference, operation_type, occurred_at, recorded_at, actor) VALUES (" + product
                    + ", 5, 4, 2, 'WH/IN/TEST', 'receipt', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'test')");
            long line = single(st.executeQuery("SELECT MAX(id) FROM move_lines"));

            assertThatThrownBy(() -> st.executeUpdate("UPDATE move_lines SET quantity = 6 WHERE id = " + line))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM move_lines WHERE id = " + line))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThat(single(st.executeQuery("SELECT COUNT(*) FROM move_lines WHERE id = " + line + " AND quantity = 5")))
                    .isEqualTo(1);
        }
    }

    private static long single(ResultSet rs) throws SQLException {
        try (rs) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A schema as sorted lines of text, read from information_schema, normalised across H2 and PostgreSQL. */
    record Schema(SortedSet<String> tables, SortedSet<String> columns, SortedSet<String> constraints,
                  SortedSet<String> indexes, SortedSet<String> triggers) {
        private static final long H2_TEXT_LENGTH = 1_000_000_000L;

        static Schema of(Connection c) throws SQLException {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            return new Schema(tables(c), columns(c), constraints(c, postgres), indexes(c, postgres), triggers(c));
        }

        private static SortedSet<String> tables(Connection c) throws SQLException {
            return lines(c, """
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = 'public' AND table_type IN ('BASE TABLE', 'TABLE')
                      AND table_name <> 'flyway_schema_history'
                    """, rs -> rs.getString(1));
        }

        private static SortedSet<String> columns(Connection c) throws SQLException {
            return lines(c, """
                    SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision,
                           numeric_scale, is_nullable
                    FROM information_schema.columns
                    WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'
                    """, rs -> rs.getString("table_name") + "." + rs.getString("column_name") + " "
                    + type(rs) + ("YES".equalsIgnoreCase(rs.getString("is_nullable")) ? " null" : " not null"));
        }

        private static String type(ResultSet rs) throws SQLException {
            String type = rs.getString("data_type").toLowerCase(Locale.ROOT);
            return switch (type) {
                // H2 in PostgreSQL mode stores text as a varchar of its largest length
                case "character varying", "varchar" -> rs.getLong("character_maximum_length") == H2_TEXT_LENGTH
                        ? "text" : "varchar(" + rs.getLong("character_maximum_length") + ")";
                case "numeric", "decimal" -> "numeric(" + rs.getInt("numeric_precision") + "," + rs.getInt("numeric_scale") + ")";
                case "timestamp with time zone" -> "timestamptz";
                case "timestamp without time zone", "timestamp" -> "timestamp";
                case "text", "character large object", "clob" -> "text";
                case "int", "int4" -> "integer";
                case "int8" -> "bigint";
                case "binary varying", "bytea" -> "bytea";
                default -> type;
            };
        }

        /**
         * Named constraints by table, type and name (with their columns for keys); primary keys, which the two
         * databases name differently, by table and columns. PostgreSQL's own NOT NULL checks are columns' nullability.
         */
        private static SortedSet<String> constraints(Connection c, boolean postgres) throws SQLException {
            SortedSet<String> keys = new TreeSet<>();
            var columns = new java.util.HashMap<String, String>();
            try (var st = c.createStatement(); var rs = st.executeQuery("""
                    SELECT constraint_name, column_name FROM information_schema.key_column_usage
                    WHERE table_schema = 'public' ORDER BY constraint_name, ordinal_position
                    """)) {
                while (rs.next()) {
                    columns.merge(rs.getString(1), rs.getString(2), (a, b) -> a + ", " + b);
                }
            }
            try (var st = c.createStatement(); var rs = st.executeQuery("""
                    SELECT table_name, constraint_name, constraint_type FROM information_schema.table_constraints
                    WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'
                    """)) {
                while (rs.next()) {
                    String table = rs.getString("table_name");
                    String name = rs.getString("constraint_name");
                    String type = rs.getString("constraint_type").toLowerCase(Locale.ROOT);
                    String cols = columns.containsKey(name) && !type.equals("check") ? " (" + columns.get(name) + ")" : "";
                    if (type.equals("check") && postgres && name.endsWith("_not_null")) {
                        continue;
                    }
                    keys.add(type.equals("primary key") ? table + " primary key" + cols : table + " " + type + " " + name + cols);
                }
            }
            return keys;
        }

        /** Indexes created by name (ix_...); the ones databases create behind constraints differ in name. */
        private static SortedSet<String> indexes(Connection c, boolean postgres) throws SQLException {
            String sql = postgres
                    ? "SELECT tablename, indexname FROM pg_indexes WHERE schemaname = 'public'"
                    : "SELECT table_name, index_name FROM information_schema.indexes WHERE table_schema = 'public'";
            SortedSet<String> all = lines(c, sql, rs -> rs.getString(1) + " " + rs.getString(2));
            // the trigram indexes of the lot search exist on PostgreSQL only (H2 has none); a test of their own checks them
            all.removeIf(i -> !i.split(" ")[1].startsWith("ix_") || i.endsWith("_trgm"));
            return all;
        }

        private static SortedSet<String> triggers(Connection c) throws SQLException {
            SortedSet<String> triggers = new TreeSet<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("""
                    SELECT trigger_name, event_manipulation, event_object_table, action_timing
                    FROM information_schema.triggers WHERE trigger_schema = 'public'
                    """)) {
                while (rs.next()) {
                    for (String event : rs.getString("event_manipulation").split(",")) {
                        triggers.add(rs.getString("trigger_name") + " " + rs.getString("action_timing").toLowerCase(Locale.ROOT)
                                + " " + event.strip().toLowerCase(Locale.ROOT) + " on " + rs.getString("event_object_table"));
                    }
                }
            }
            return triggers;
        }

        private interface Row {
            String read(ResultSet rs) throws SQLException;
        }

        private static SortedSet<String> lines(Connection c, String sql, Row row) throws SQLException {
            SortedSet<String> lines = new TreeSet<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    lines.add(row.read(rs));
                }
            }
            return lines;
        }
    }
}
