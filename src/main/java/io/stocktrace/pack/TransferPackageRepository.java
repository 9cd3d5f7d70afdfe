package io.stocktrace.pack;

import io.stocktrace.db.Rows;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The packages of transfers ({@code transfer_packages}) and the package each receipt line arrives in. */
@Repository
class TransferPackageRepository {
    /** A package of a transfer: one that exists ({@code packageId}), or one a receipt brings (name, type, parent). */
    record Row(int position, Long packageId, String name, String type, String parent) {
    }

    private final JdbcClient jdbc;

    TransferPackageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long transferId, List<Row> rows, List<String> packageOfLine) {
        jdbc.sql("DELETE FROM transfer_packages WHERE transfer_id = :t").param("t", transferId).update();
        for (Row r : rows) {
            jdbc.sql("""
                            INSERT INTO transfer_packages (transfer_id, position, package_id, package_name, package_type,
                                                           parent_name)
                            VALUES (:t, :position, :packageId, :name, :type, :parent)""")
                    .param("t", transferId).param("position", r.position()).param("packageId", r.packageId())
                    .param("name", r.packageId() == null ? r.name() : null).param("type", r.type())
                    .param("parent", r.parent()).update();
        }
        // the lines of one package are consecutive (they follow the transfer's own): one statement per package
        for (int i = 0; i < packageOfLine.size(); ) {
            String name = packageOfLine.get(i);
            int to = i;
            while (to + 1 < packageOfLine.size() && java.util.Objects.equals(packageOfLine.get(to + 1), name)) {
                to++;
            }
            if (name != null) {
                jdbc.sql("""
                                UPDATE transfer_lines SET package_name = :name
                                WHERE transfer_id = :t AND line_no BETWEEN :from AND :to""")
                        .param("name", name).param("t", transferId).param("from", i).param("to", to).update();
            }
            i = to + 1;
        }
    }

    List<Row> rows(long transferId) {
        return jdbc.sql("""
                        SELECT tp.position, tp.package_id, COALESCE(p.name, tp.package_name) AS name,
                               COALESCE(p.package_type, tp.package_type) AS package_type, tp.parent_name
                        FROM transfer_packages tp LEFT JOIN packages p ON p.id = tp.package_id
                        WHERE tp.transfer_id = :t ORDER BY tp.position""")
                .param("t", transferId)
                .query((rs, n) -> new Row(rs.getInt("position"), Rows.nullableLong(rs, "package_id"),
                        rs.getString("name"), rs.getString("package_type"), rs.getString("parent_name")))
                .list();
    }

    /** The package name of each line number of the transfer that names one. */
    Map<Integer, String> packageOfLines(long transferId) {
        Map<Integer, String> of = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT line_no, package_name FROM transfer_lines
                        WHERE transfer_id = :t AND package_name IS NOT NULL""")
                .param("t", transferId)
                .query((rs, n) -> Map.entry(rs.getInt("line_no"), rs.getString("package_name")))
                .list().forEach(e -> of.put(e.getKey(), e.getValue()));
        return of;
    }

    /** Whether an open transfer other than this one already names the package. */
    List<String> openTransfersNaming(long packageId, long transferId) {
        return jdbc.sql("""
                        SELECT t.reference FROM transfer_packages tp JOIN transfers t ON t.id = tp.transfer_id
                        WHERE tp.package_id = :p AND t.id <> :t AND t.state IN ('draft', 'ready')""")
                .param("p", packageId).param("t", transferId).query(String.class).list();
    }

    /** What a transfer moved into these packages: per package, product and lot, the quantity. */
    record Moved(long packageId, long productId, String tracking, String lot, java.math.BigDecimal quantity) {
    }

    List<Moved> movedInto(long transferId, Collection<Long> packageIds) {
        return jdbc.sql("""
                        SELECT m.result_package_id, m.product_id, pr.tracking, l.name AS lot_name,
                               SUM(m.quantity) AS quantity
                        FROM move_lines m JOIN products pr ON pr.id = m.product_id LEFT JOIN lots l ON l.id = m.lot_id
                        WHERE m.transfer_id = :t AND m.result_package_id IN (:packages)
                        GROUP BY m.result_package_id, m.product_id, pr.tracking, l.name
                        ORDER BY m.result_package_id, m.product_id, l.name""")
                .param("t", transferId).param("packages", packageIds)
                .query((rs, n) -> new Moved(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5)))
                .list();
    }

    /** A package named by a ready transfer, which reserved it. */
    record Reservation(long packageId, String packageName, Long transferId, String reference) {
    }

    /**
     * The ready transfers that name one of these packages ({@code tree}) or a package around one of the {@code roots},
     * in one statement.
     */
    List<Reservation> reservations(Collection<Long> tree, Collection<Long> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> named = new java.util.HashSet<>(tree);
        named.addAll(roots);
        return jdbc.sql("""
                        WITH RECURSIVE up(id, parent_id) AS (
                            SELECT id, parent_id FROM packages WHERE id IN (:roots)
                            UNION ALL
                            SELECT p.id, p.parent_id FROM packages p JOIN up ON p.id = up.parent_id
                        )
                        SELECT tp.package_id, p.name, t.id, t.reference
                        FROM transfer_packages tp JOIN transfers t ON t.id = tp.transfer_id
                             JOIN packages p ON p.id = tp.package_id
                        WHERE t.state = 'ready'
                          AND (tp.package_id IN (:named) OR tp.package_id IN (SELECT id FROM up))
                        ORDER BY t.id, tp.position""")
                .param("roots", roots).param("named", named)
                .query((rs, n) -> new Reservation(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    /** Reserves the whole content of these packages, guarded: answers how many quants it reserved. */
    int reserveContent(Collection<Long> packageIds) {
        return packageIds.isEmpty() ? 0 : jdbc.sql("""
                        UPDATE quants SET reserved_quantity = quantity
                        WHERE package_id IN (:packages) AND quantity > 0 AND reserved_quantity = 0""")
                .param("packages", packageIds).update();
    }

    void releaseContent(Collection<Long> packageIds) {
        if (!packageIds.isEmpty()) {
            jdbc.sql("UPDATE quants SET reserved_quantity = 0 WHERE package_id IN (:packages)")
                    .param("packages", packageIds).update();
        }
    }
}
