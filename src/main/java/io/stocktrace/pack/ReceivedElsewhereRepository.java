package io.stocktrace.pack;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The open receipts that expect packages by name ({@code transfer_packages.package_name}), the lines and packages that
 * leave them once those packages exist, and their history ({@code packages_received_elsewhere}).
 */
@Repository
class ReceivedElsewhereRepository {
    /** A package a receipt no longer brings: the operation that brought (or made) it and the lines that left. */
    record Settled(String packageName, String receivedBy, Long receivedById, int lines, Instant recordedAt,
                   String actor) {
    }

    /** A package that exists, and the operation that brought or made it (its first package move), if any. */
    record Taken(String name, String reference, Long transferId) {
    }

    private final JdbcClient jdbc;

    ReceivedElsewhereRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the open receipts other than {@code transferId} that expect one of these packages, in id order; one that
     * another transaction holds (being validated or edited) is skipped: it meets the packages when it is validated.
     */
    List<Long> lockExpecting(Collection<String> names, long transferId) {
        TreeSet<Long> ids = new TreeSet<>();
        for (List<String> slice : Batches.slices(names, 500)) {
            ids.addAll(jdbc.sql("""
                            SELECT DISTINCT transfer_id FROM transfer_packages
                            WHERE package_name IN (:names) AND transfer_id <> :t""")
                    .param("names", slice).param("t", transferId).query(Long.class).list());
        }
        return ids.isEmpty() ? List.of() : jdbc.sql("""
                        SELECT id FROM transfers
                        WHERE id IN (:ids) AND type = 'receipt' AND state IN ('draft', 'ready')
                        ORDER BY id
                        FOR UPDATE SKIP LOCKED""")
                .param("ids", ids).query(Long.class).list();
    }

    /** Locks the transfer's row, as validating or editing it does. */
    void lock(long transferId) {
        jdbc.sql("SELECT id FROM transfers WHERE id = :t FOR UPDATE").param("t", transferId).query(Long.class).list();
    }

    /** The receipt's packages among these names. */
    List<String> expected(long transferId, Collection<String> names) {
        List<String> found = new ArrayList<>();
        for (List<String> slice : Batches.slices(names, 500)) {
            found.addAll(jdbc.sql("""
                            SELECT package_name FROM transfer_packages
                            WHERE transfer_id = :t AND package_name IN (:names) ORDER BY position""")
                    .param("t", transferId).param("names", slice).query(String.class).list());
        }
        return found;
    }

    /** Of these names, the packages that exist, each with the operation that brought or made it. */
    Map<String, Taken> taken(Collection<String> names) {
        List<Taken> taken = new ArrayList<>();
        for (List<String> slice : Batches.slices(names, 500)) {
            taken.addAll(jdbc.sql("""
                            SELECT p.name, m.reference, m.transfer_id
                            FROM packages p
                                 LEFT JOIN package_moves m ON m.package_id = p.id
                                       AND m.id = (SELECT MIN(first.id) FROM package_moves first
                                                   WHERE first.package_id = p.id)
                            WHERE p.name IN (:names)""")
                    .param("names", slice)
                    .query((rs, n) -> new Taken(rs.getString(1), rs.getString(2), Rows.nullableLong(rs, "transfer_id")))
                    .list());
        }
        return taken.stream().collect(Collectors.toMap(Taken::name, t -> t, (a, b) -> a));
    }

    /**
     * Takes the packages out of the receipt with the lines that arrive in them (answers how many form lines, per
     * package); a package of the receipt that was inside one of them now arrives on its own.
     */
    Map<String, Integer> remove(long transferId, List<String> names) {
        Map<String, Integer> lines = new java.util.HashMap<>();
        for (List<String> slice : Batches.slices(names, 500)) {
            jdbc.sql("""
                            SELECT package_name, COUNT(DISTINCT line_no) FROM transfer_lines
                            WHERE transfer_id = :t AND package_name IN (:names)
                            GROUP BY package_name""")
                    .param("t", transferId).param("names", slice)
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list()
                    .forEach(e -> lines.put(e.getKey(), e.getValue()));
            jdbc.sql("DELETE FROM transfer_lines WHERE transfer_id = :t AND package_name IN (:names)")
                    .param("t", transferId).param("names", slice).update();
            jdbc.sql("DELETE FROM transfer_packages WHERE transfer_id = :t AND package_name IN (:names)")
                    .param("t", transferId).param("names", slice).update();
            jdbc.sql("UPDATE transfer_packages SET parent_name = NULL WHERE transfer_id = :t AND parent_name IN (:names)")
                    .param("t", transferId).param("names", slice).update();
        }
        return lines;
    }

    /** Cancels the receipt when nothing is left to receive on it; answers whether it did. */
    boolean cancelIfEmpty(long transferId) {
        return jdbc.sql("""
                        UPDATE transfers SET state = 'cancelled'
                        WHERE id = :t AND state IN ('draft', 'ready')
                          AND NOT EXISTS (SELECT 1 FROM transfer_lines WHERE transfer_id = :t)""")
                .param("t", transferId).update() == 1;
    }

    void record(long transferId, List<Settled> settled) {
        for (Settled s : settled) {
            jdbc.sql("""
                            INSERT INTO packages_received_elsewhere (transfer_id, package_name, received_by, received_by_id,
                                                                     lines, recorded_at, actor)
                            VALUES (:t, :name, :by, :byId, :lines, :at, :actor)""")
                    .param("t", transferId).param("name", s.packageName()).param("by", s.receivedBy())
                    .param("byId", s.receivedById()).param("lines", s.lines()).param("at", Rows.utc(s.recordedAt()))
                    .param("actor", s.actor()).update();
        }
    }

    List<Settled> history(long transferId) {
        return jdbc.sql("""
                        SELECT package_name, received_by, received_by_id, lines, recorded_at, actor
                        FROM packages_received_elsewhere WHERE transfer_id = :t ORDER BY id""")
                .param("t", transferId)
                .query((rs, n) -> new Settled(rs.getString("package_name"), rs.getString("received_by"),
                        Rows.nullableLong(rs, "received_by_id"), rs.getInt("lines"), Rows.instant(rs, "recorded_at"),
                        rs.getString("actor")))
                .list();
    }
}
