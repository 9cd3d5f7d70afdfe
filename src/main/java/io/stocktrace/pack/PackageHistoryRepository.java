package io.stocktrace.pack;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happened to a package, read from the ledger and from {@code package_moves}; and the lots it carried. */
@Repository
class PackageHistoryRepository {
    private final JdbcClient jdbc;

    PackageHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One operation on the package's content: packed into it, taken out, or carried in it, summed per reference. */
    record ContentMove(String reference, String operationType, Instant occurredAt, Long packageId, Long resultPackageId,
                       String source, String destination, BigDecimal quantity, String actor) {
    }

    /** The package as a whole put in a parent, taken out, or moved. */
    record WholeMove(String reference, String operationType, Instant occurredAt, String fromParent, String parent,
                     String source, String destination, String actor) {
    }

    List<ContentMove> contentMoves(long packageId, int limit) {
        return jdbc.sql("""
                        SELECT m.reference, m.operation_type, MIN(m.occurred_at) AS occurred_at, m.package_id,
                               m.result_package_id, src.full_name AS source, dst.full_name AS destination,
                               SUM(m.quantity) AS quantity, MIN(m.actor) AS actor
                        FROM move_lines m
                             JOIN locations src ON src.id = m.source_location_id
                             JOIN locations dst ON dst.id = m.destination_location_id
                        WHERE m.package_id = :id OR m.result_package_id = :id
                        GROUP BY m.reference, m.operation_type, m.package_id, m.result_package_id, src.full_name, dst.full_name
                        ORDER BY MIN(m.id) DESC
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("id", packageId)
                .param("limit", limit)
                .query((rs, n) -> new ContentMove(rs.getString("reference"), rs.getString("operation_type"),
                        Rows.instant(rs, "occurred_at"), Rows.nullableLong(rs, "package_id"),
                        Rows.nullableLong(rs, "result_package_id"), rs.getString("source"), rs.getString("destination"),
                        rs.getBigDecimal("quantity"), rs.getString("actor")))
                .list();
    }

    List<WholeMove> wholeMoves(long packageId, int limit) {
        return jdbc.sql("""
                        SELECT pm.reference, pm.operation_type, pm.occurred_at, fp.name AS from_parent, tp.name AS parent,
                               src.full_name AS source, dst.full_name AS destination, pm.actor
                        FROM package_moves pm
                             JOIN locations src ON src.id = pm.source_location_id
                             JOIN locations dst ON dst.id = pm.destination_location_id
                             LEFT JOIN packages fp ON fp.id = pm.from_parent_id
                             LEFT JOIN packages tp ON tp.id = pm.parent_id
                        WHERE pm.package_id = :id
                        ORDER BY pm.id DESC
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("id", packageId)
                .param("limit", limit)
                .query((rs, n) -> new WholeMove(rs.getString("reference"), rs.getString("operation_type"),
                        Rows.instant(rs, "occurred_at"), rs.getString("from_parent"), rs.getString("parent"),
                        rs.getString("source"), rs.getString("destination"), rs.getString("actor")))
                .list();
    }

    /** The lots that were ever in these packages, at most {@code limit}. */
    List<PackageHistoryService.CarriedLot> lots(Collection<Long> packageIds, int limit) {
        return jdbc.sql("""
                        SELECT l.id, l.name, p.name AS product
                        FROM lots l JOIN products p ON p.id = l.product_id
                        WHERE l.id IN (
                            SELECT m.lot_id FROM UNNEST(:packages) AS n(package_id)
                                 JOIN move_lines m ON m.package_id = n.package_id OR m.result_package_id = n.package_id)
                        ORDER BY p.name, l.name
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("packages", Batches.bigints(packageIds))
                .param("limit", limit)
                .query((rs, n) -> new PackageHistoryService.CarriedLot(rs.getLong("id"), rs.getString("name"), rs.getString("product")))
                .list();
    }
}
