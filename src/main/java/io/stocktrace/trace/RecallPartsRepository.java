package io.stocktrace.trace;

import io.stocktrace.api.Paging;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The parts of a recall read apart from its whole answer: how many lots, customers, shipments and blocked stock rows
 * it has (counted in the database, nothing of them read), and its lots and blocked stock a page at a time.
 */
@Repository
class RecallPartsRepository {
    private final JdbcClient jdbc;

    RecallPartsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of {@link Recall.Counts}; the customers as {@link RecallCustomers} groups them (one without partner). */
    Recall.Counts counts(long recallId) {
        long lots = jdbc.sql("SELECT COUNT(*) FROM recall_lots WHERE recall_id = :recall")
                .param("recall", recallId).query(Long.class).single();
        long stock = jdbc.sql("""
                        SELECT COUNT(*) FROM recall_lots r JOIN quants q ON q.lot_id = r.lot_id
                        WHERE r.recall_id = :recall AND q.quantity > 0
                        """)
                .param("recall", recallId).query(Long.class).single();
        List<Long> customerLocations = jdbc.sql("SELECT id FROM locations WHERE usage = 'customer'")
                .query(Long.class).list();
        if (customerLocations.isEmpty()) {
            return new Recall.Counts(lots, 0, 0, stock);
        }
        return jdbc.sql("""
                        SELECT COUNT(*) AS shipments, COUNT(DISTINCT m.partner_id) AS partners,
                               COALESCE(MAX(CASE WHEN m.partner_id IS NULL THEN 1 ELSE 0 END), 0) AS without_partner
                        FROM recall_lots r JOIN move_lines m ON m.lot_id = r.lot_id
                        WHERE r.recall_id = :recall AND m.destination_location_id IN (:customerLocations)
                        """)
                .param("recall", recallId)
                .param("customerLocations", customerLocations)
                .query((rs, n) -> new Recall.Counts(lots, rs.getLong("partners") + rs.getLong("without_partner"),
                        rs.getLong("shipments"), stock))
                .single();
    }

    /** A page of the recall's lots, in the order of the whole answer (by depth, then id). */
    List<Recall.AffectedLot> affectedLots(long recallId, Paging paging) {
        return jdbc.sql("""
                        SELECT l.id, l.name, p.name AS product_name
                        FROM recall_lots r JOIN lots l ON l.id = r.lot_id JOIN products p ON p.id = l.product_id
                        WHERE r.recall_id = :recall
                        ORDER BY r.depth, l.id
                        LIMIT :limit OFFSET :offset
                        """)
                .param("recall", recallId)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((rs, n) -> new Recall.AffectedLot(rs.getLong("id"), rs.getString("name"),
                        rs.getString("product_name")))
                .list();
    }

    /** A page of the recalled stock still in our locations, in the order of the whole answer. */
    List<Recall.BlockedStock> blockedStock(long recallId, Paging paging) {
        return jdbc.sql("""
                        SELECT l.id, l.name, loc.full_name, q.quantity
                        FROM recall_lots r
                             JOIN quants q ON q.lot_id = r.lot_id
                             JOIN lots l ON l.id = q.lot_id
                             JOIN locations loc ON loc.id = q.location_id
                        WHERE r.recall_id = :recall AND q.quantity > 0
                        ORDER BY l.id, loc.full_name
                        LIMIT :limit OFFSET :offset
                        """)
                .param("recall", recallId)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((rs, n) -> new Recall.BlockedStock(rs.getLong("id"), rs.getString("name"),
                        rs.getString("full_name"), rs.getBigDecimal("quantity")))
                .list();
    }
}
