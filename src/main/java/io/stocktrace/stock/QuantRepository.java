package io.stocktrace.stock;

import io.stocktrace.db.Batches;
import io.stocktrace.lot.LotStatus;
import io.stocktrace.lot.LotStatusSql;
import io.stocktrace.db.Rows;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the quants that reservations choose from, and books reservations on them. Reservations take loose stock
 * only: what is in a package moves with its package (a transfer line naming it) or is unpacked first.
 */
@Repository
class QuantRepository {
    private static final String CANDIDATE_COLUMNS = """
            SELECT q.id, q.product_id, q.location_id, q.lot_key, l.name AS lot_name,
                   q.quantity - q.reserved_quantity AS available, q.in_date, l.removal_date
            """;
    private static final String CANDIDATE = CANDIDATE_COLUMNS + """
            FROM quants q
                 JOIN locations loc ON loc.id = q.location_id
                 LEFT JOIN lots l ON l.id = q.lot_id
            WHERE q.quantity > q.reserved_quantity AND q.package_key = 0 AND loc.parent_path LIKE :subtree
            """;

    private final JdbcClient jdbc;
    private final Batches batches;

    QuantRepository(JdbcClient jdbc, Batches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Unreserved stock of these lots anywhere under the location, by lot. */
    Map<Long, List<StockCandidate>> ofLots(Collection<Long> lotIds, String subtree) {
        Map<Long, List<StockCandidate>> byLot = new HashMap<>();
        for (List<Long> slice : Batches.slices(lotIds)) {
            jdbc.sql(Batches.planned(CANDIDATE_COLUMNS + """
                        FROM UNNEST(:lots) AS n(lot_id)
                             JOIN quants q ON q.lot_id = n.lot_id
                             JOIN locations loc ON loc.id = q.location_id
                             JOIN lots l ON l.id = q.lot_id
                        WHERE q.quantity > q.reserved_quantity AND q.package_key = 0 AND loc.parent_path LIKE :subtree
                        """))
                    .param("subtree", subtree + "%")
                    .param("lots", Batches.bigints(slice))
                    .query(QuantRepository::candidate)
                    .list()
                    .forEach(c -> byLot.computeIfAbsent(c.lotKey(), k -> new ArrayList<>()).add(c));
        }
        return byLot;
    }

    /**
     * Unreserved stock of a product under the location that a reservation may choose automatically: lots that are
     * available (not quarantined, not recalled) and not expired on the given day, in removal order, at most
     * {@code limit} quants.
     */
    List<StockCandidate> choosable(long productId, String subtree, LocalDate day, RemovalStrategy strategy, int limit) {
        String order = strategy == RemovalStrategy.FEFO
                ? " ORDER BY l.removal_date NULLS LAST, q.in_date, q.id"
                : " ORDER BY q.in_date, q.id";
        return jdbc.sql(CANDIDATE + """
                         AND q.product_id = :product
                         AND (l.id IS NULL OR (""" + LotStatusSql.is("l", LotStatus.AVAILABLE) + """
                              AND (l.expiration_date IS NULL OR l.expiration_date > :day)))
                        """ + order + " LIMIT :limit")
                .param("subtree", subtree + "%")
                .param("product", productId)
                .param("day", day)
                .param("limit", limit)
                .query(QuantRepository::candidate)
                .list();
    }

    /** Books the reservations; false when stock changed since it was read. */
    boolean reserve(List<TransferLine> lines) {
        int[] counts = batches.run("""
                UPDATE quants SET reserved_quantity = reserved_quantity + :quantity
                WHERE product_id = :productId AND location_id = :locationId AND lot_key = :lotKey AND package_key = 0
                  AND quantity - reserved_quantity >= :quantity
                """, rows(lines));
        for (int count : counts) {
            if (count == 0) {
                return false;
            }
        }
        return true;
    }

    void release(List<TransferLine> lines) {
        batches.run("""
                UPDATE quants SET reserved_quantity = reserved_quantity - :quantity
                WHERE product_id = :productId AND location_id = :locationId AND lot_key = :lotKey AND package_key = 0
                """, rows(lines));
    }

    /** Where these lots have a positive quantity now: in our stock first, then, by the ledger, at customers. */
    List<Presence> presence(Collection<Long> lotIds) {
        List<Presence> found = new ArrayList<>();
        for (List<Long> slice : Batches.slices(lotIds)) {
            found.addAll(jdbc.sql(Batches.planned("""
                        SELECT q.lot_id, loc.full_name, 1 AS in_stock
                        FROM UNNEST(:lots) AS n(lot_id)
                             JOIN quants q ON q.lot_id = n.lot_id
                             JOIN locations loc ON loc.id = q.location_id
                        WHERE q.quantity > 0
                        UNION ALL
                        SELECT m.lot_id, MIN(loc.full_name), 0
                        FROM UNNEST(:lots) AS n(lot_id)
                             JOIN move_lines m ON m.lot_id = n.lot_id
                             JOIN locations loc ON loc.id IN (m.source_location_id, m.destination_location_id)
                        WHERE loc.usage = 'customer'
                        GROUP BY m.lot_id
                        HAVING SUM(CASE WHEN m.destination_location_id = loc.id THEN m.quantity ELSE -m.quantity END) > 0
                        ORDER BY 3 DESC, 1
                        """))
                    .param("lots", Batches.bigints(slice))
                    .query((rs, n) -> new Presence(rs.getLong("lot_id"), rs.getString("full_name"),
                            rs.getInt("in_stock") == 1))
                    .list());
        }
        return found;
    }

    record Presence(long lotId, String location, boolean inStock) {
    }

    private static List<Map<String, Object>> rows(List<TransferLine> lines) {
        return lines.stream().map(l -> {
            Map<String, Object> row = new HashMap<>();
            row.put("productId", l.productId());
            row.put("locationId", l.sourceLocationId());
            row.put("lotKey", l.lotId() == null ? 0L : l.lotId());
            row.put("quantity", l.quantity());
            return row;
        }).toList();
    }

    private static StockCandidate candidate(ResultSet rs, int n) throws SQLException {
        BigDecimal available = rs.getBigDecimal("available");
        return new StockCandidate(rs.getLong("product_id"), rs.getLong("location_id"), rs.getLong("lot_key"),
                rs.getString("lot_name"), available, Rows.instant(rs, "in_date"), Rows.date(rs, "removal_date"),
                rs.getLong("id"));
    }
}
