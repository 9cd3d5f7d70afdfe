package io.stocktrace.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Rows written straight into the application's tables, bypassing the services: COPY on PostgreSQL, batched INSERTs on
 * H2. Every table gets its ids from here, after those already there; rows are buffered and flushed in chunks, parents before children, so that
 * the foreign keys hold at every commit. {@link #finish()} moves each identity past the rows loaded. On PostgreSQL, a
 * load into an empty ledger (a fresh database) drops the tables' secondary indexes first and {@link #finish()} builds
 * them again ({@link DeferredIndexes}); a load into a filled one keeps them (building them again would cost more).
 */
final class BulkLoad implements AutoCloseable {
    /** The tables the generator writes, in the order a flush writes them (parents first). */
    enum Table {
        PARTNERS("partners", "name, email, city, country, created_at", 1),
        PRODUCTS("products", "sku, name, tracking, uom, food_traceability_list, created_at", 1),
        LOCATIONS("locations", "name, full_name, usage, parent_id, parent_path", 100),
        LOTS("lots", "product_id, name, status, created_at", 1),
        MANUFACTURING_ORDERS("manufacturing_orders",
                "reference, product_id, quantity, state, allow_expired, created_by, created_at, done_at", 1),
        MANUFACTURING_ORDER_LINES("manufacturing_order_lines",
                "manufacturing_order_id, role, line_no, product_id, lot_name, quantity, for_serial", 1),
        TRANSFERS("transfers", "reference, type, state, partner_id, source_location_id, destination_location_id, "
                + "scheduled_date, origin, allow_expired, created_by, created_at, done_at", 1),
        TRANSFER_LINES("transfer_lines", "transfer_id, line_no, product_id, lot_id, lot_name, quantity, "
                + "source_location_id, destination_location_id, reserved, in_date", 1),
        MOVE_LINES("move_lines", "product_id, lot_id, quantity, source_location_id, destination_location_id, "
                + "transfer_id, manufacturing_order_id, reference, operation_type, partner_id, occurred_at, "
                + "recorded_at, actor", 1),
        LOT_LINKS("lot_links", "consumed_lot_id, produced_lot_id, quantity, manufacturing_order_id, occurred_at", 1),
        QUANTS("quants", "product_id, location_id, lot_id, lot_key, quantity, reserved_quantity, in_date, "
                + "serial_lot_id", 1);

        final String name;
        final String columns;
        final long firstId;

        Table(String name, String columns, long firstId) {
            this.name = name;
            this.columns = "id, " + columns;
            this.firstId = firstId;
        }

        int width() {
            return columns.split(",").length;
        }
    }

    private static final int CHUNK_ROWS = 200_000;
    private static final int H2_BATCH = 2_000;

    private final Connection connection;
    private final boolean postgres;
    private final Map<Table, List<Object[]>> buffered = new EnumMap<>(Table.class);
    private final Map<Table, Long> nextIds = new EnumMap<>(Table.class);
    private final Map<Table, Long> counts = new EnumMap<>(Table.class);
    private final DeferredIndexes indexes;
    private int bufferedRows;
    private long writingNanos;

    BulkLoad(Connection connection) throws SQLException {
        this.connection = connection;
        this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        connection.setAutoCommit(false);
        if (postgres) {
            // no foreign key triggers during the load (the generator writes parents first; on H2 the keys are checked)
            try (Statement st = connection.createStatement()) {
                st.execute("SET session_replication_role = replica");
            }
        }
        for (Table t : Table.values()) {
            buffered.put(t, new ArrayList<>());
            counts.put(t, 0L);
        }
        for (Table t : Table.values()) {
            nextIds.put(t, Math.max(t.firstId, number("SELECT COALESCE(MAX(id), 0) + 1 FROM " + t.name)));
        }
        boolean emptyLedger = nextIds.get(Table.MOVE_LINES) == 1;
        indexes = postgres && emptyLedger ? DeferredIndexes.drop(connection,
                Arrays.stream(Table.values()).map(t -> t.name).toList()) : null;
    }

    /** The number a query answers, after what is buffered. */
    long number(String sql) {
        flush();
        try (Statement st = connection.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    boolean postgres() {
        return postgres;
    }

    /** Buffers a row (its values without the id, in the table's column order) and answers the id it gets. */
    long add(Table table, Object... values) {
        if (values.length + 1 != table.width()) {
            throw new IllegalArgumentException(table.name + " takes " + (table.width() - 1) + " values");
        }
        long id = nextIds.merge(table, 1L, Long::sum) - 1;
        Object[] row = new Object[values.length + 1];
        row[0] = id;
        System.arraycopy(values, 0, row, 1, values.length);
        buffered.get(table).add(row);
        counts.merge(table, 1L, Long::sum);
        if (++bufferedRows >= CHUNK_ROWS) {
            flush();
        }
        return id;
    }

    long count(Table table) {
        return counts.get(table);
    }

    /** Seconds spent writing to the database (the rest of a load is generating rows). */
    double writingSeconds() {
        return writingNanos / 1e9;
    }

    /** Writes what is buffered, parents first, and commits. */
    void flush() {
        long start = System.nanoTime();
        try {
            for (Table t : Table.values()) {
                List<Object[]> rows = buffered.get(t);
                if (!rows.isEmpty()) {
                    if (postgres) {
                        copy(t, rows);
                    } else {
                        insert(t, rows);
                    }
                    rows.clear();
                }
            }
            connection.commit();
            bufferedRows = 0;
            writingNanos += System.nanoTime() - start;
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
        }
    }

    /**
     * Flushes, builds the indexes dropped for the load, then moves every identity past the ids loaded, so that the
     * application's own inserts follow them.
     */
    void finish() throws SQLException {
        flush();
        if (indexes != null) {
            indexes.build(connection);
            indexes.report(System.out);
        }
        try (Statement st = connection.createStatement()) {
            for (Table t : Table.values()) {
                if (counts.get(t) > 0) {
                    st.execute("ALTER TABLE " + t.name + " ALTER COLUMN id RESTART WITH " + nextIds.get(t));
                }
            }
        }
        connection.commit();
    }

    /** Runs a statement on the loading connection, after what is buffered, and commits. */
    void execute(String sql) {
        flush();
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    private void copy(Table t, List<Object[]> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 96);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendCopyValue(text, row[i]);
            }
            text.append('\n');
        }
        try {
            new CopyManager(connection.unwrap(BaseConnection.class))
                    .copyIn("COPY " + t.name + " (" + t.columns + ") FROM STDIN", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendCopyValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        } else if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else {
            text.append(value);
        }
    }

    private void insert(Table t, List<Object[]> rows) throws SQLException {
        String marks = "?, ".repeat(t.width() - 1) + "?";
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO " + t.name + " (" + t.columns + ") VALUES (" + marks + ")")) {
            int n = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i] instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : row[i]);
                }
                ps.addBatch();
                if (++n % H2_BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** A load that failed half way still leaves the schema as migrated: the indexes are built on what it committed. */
    @Override
    public void close() throws SQLException {
        try {
            if (indexes != null && indexes.pending()) {
                connection.rollback();
                indexes.build(connection);
            }
            if (postgres) {
                try (Statement st = connection.createStatement()) {
                    st.execute("RESET session_replication_role");
                }
            }
        } finally {
            connection.close();
        }
    }
}
