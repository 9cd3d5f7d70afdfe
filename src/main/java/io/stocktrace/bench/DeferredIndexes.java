package io.stocktrace.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * On PostgreSQL, the secondary indexes and unique constraints of the tables a bulk load fills, dropped before the
 * load and built again after it. Kept through the load, they take the rows in random key order and end half empty
 * (at 2.4 M move lines {@code ix_move_lines_lot} was 188 MB beside a 359 MB table); built once from sorted rows they
 * are compact, and the COPY writes only the heap and the primary key. Primary keys stay (ids come in ascending
 * order, so their pages fill) and so does every unique index a foreign key refers to. Each is built again from its
 * own definition ({@code pg_get_indexdef}, {@code pg_get_constraintdef}), so the schema after the load is the
 * migrated one.
 */
final class DeferredIndexes {
    /** The sort memory of the builds, on the loading connection only. */
    static final String BUILD_MEMORY = "1GB";

    private record Index(String table, String name, String definition, boolean constraint) {
        String drop() {
            return constraint ? "ALTER TABLE " + table + " DROP CONSTRAINT " + name : "DROP INDEX " + name;
        }

        String build() {
            return constraint ? "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + definition : definition;
        }
    }

    private final List<Index> dropped;
    private final int count;
    private double buildSeconds;

    private DeferredIndexes(List<Index> dropped) {
        this.dropped = dropped;
        this.count = dropped.size();
    }

    /** Drops the secondary indexes of the tables and commits; {@link #build} makes them again. */
    static DeferredIndexes drop(Connection connection, List<String> tables) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT t.relname, i.relname, pg_get_indexdef(i.oid), c.conname IS NOT NULL, pg_get_constraintdef(c.oid)
                FROM pg_index x
                JOIN pg_class i ON i.oid = x.indexrelid
                JOIN pg_class t ON t.oid = x.indrelid
                LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid
                                          AND c.contype IN ('u', 'x')
                WHERE t.relnamespace = current_schema()::regnamespace
                  AND t.relname = ANY (?)
                  AND NOT x.indisprimary
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = x.indexrelid)
                ORDER BY t.relname, i.relname
                """)) {
            ps.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean constraint = rs.getBoolean(4);
                    indexes.add(new Index(rs.getString(1), rs.getString(2), rs.getString(constraint ? 5 : 3), constraint));
                }
            }
        }
        try (Statement st = connection.createStatement()) {
            for (Index index : indexes) {
                st.execute(index.drop());
            }
        }
        connection.commit();
        return new DeferredIndexes(indexes);
    }

    /**
     * Builds every index dropped, one after the other with {@value #BUILD_MEMORY} to sort in, and commits. The
     * indexes of the largest tables go first: a build's sort spills to temporary files as large as the index, and
     * while the first are built most of the database's final size is not there yet (at XL the disk holds the
     * database with little room to spare).
     */
    void build(Connection connection) throws SQLException {
        long start = System.nanoTime();
        List<String> largestFirst = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT relname FROM pg_class
                WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' AND relname = ANY (?)
                ORDER BY pg_relation_size(oid) DESC, relname
                """)) {
            ps.setArray(1, connection.createArrayOf("text", dropped.stream().map(Index::table).distinct().toArray()));
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    largestFirst.add(rs.getString(1));
                }
            }
        }
        dropped.sort(Comparator.comparing(index -> largestFirst.indexOf(index.table())));
        try (Statement st = connection.createStatement()) {
            st.execute("SET maintenance_work_mem = '" + BUILD_MEMORY + "'");
            for (Index index : dropped) {
                st.execute(index.build());
            }
            st.execute("RESET maintenance_work_mem");
        }
        connection.commit();
        dropped.clear();
        buildSeconds += (System.nanoTime() - start) / 1e9;
    }

    boolean pending() {
        return !dropped.isEmpty();
    }

    void report(PrintStream out) {
        out.printf(Locale.ROOT, "(%d secondary indexes and unique constraints dropped for the load, built after it in "
                + "%.1f s)%n", count, buildSeconds);
    }
}
