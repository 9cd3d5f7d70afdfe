package io.stocktrace.inventory;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inventory adjustments and their lines, and the quants a count compares with. */
@Repository
class AdjustmentRepository {
    /** A product, location and lot (0 for none): the key of a quant. */
    record Place(long productId, long locationId, long lotKey) {
    }

    /** What a quant holds, and how much of it open transfers have reserved. */
    record Stocked(BigDecimal quantity, BigDecimal reserved) {
        static final Stocked NONE = new Stocked(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private final JdbcClient jdbc;
    private final Batches batches;

    AdjustmentRepository(JdbcClient jdbc, Batches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * The quants at these places, locked until the transaction ends (in the ledger's lock order), so that what a
     * count compares with cannot change before its differences are booked.
     */
    Map<Place, Stocked> lockQuants(Collection<Place> places) {
        Map<Place, Stocked> found = new HashMap<>();
        for (List<Place> slice : Batches.slices(places)) {
            jdbc.sql(Batches.planned("""
                        SELECT q.product_id, q.location_id, q.lot_key, q.quantity, q.reserved_quantity
                        FROM quants q
                        WHERE q.id IN (SELECT k.id
                                       FROM UNNEST(:products, :locations, :lots) AS p(product_id, location_id, lot_key)
                                            JOIN quants k ON k.product_id = p.product_id
                                                         AND k.location_id = p.location_id AND k.lot_key = p.lot_key)
                        ORDER BY q.product_id, q.location_id, q.lot_key
                        FOR UPDATE
                        """))
                    .param("products", Batches.bigints(slice.stream().map(Place::productId).toList()))
                    .param("locations", Batches.bigints(slice.stream().map(Place::locationId).toList()))
                    .param("lots", Batches.bigints(slice.stream().map(Place::lotKey).toList()))
                    .query((RowCallbackHandler) rs -> found.put(
                            new Place(rs.getLong("product_id"), rs.getLong("location_id"), rs.getLong("lot_key")),
                            new Stocked(rs.getBigDecimal("quantity"), rs.getBigDecimal("reserved_quantity"))));
        }
        return found;
    }

    /** Where these serials are on hand now: serial lot id → location id. */
    Map<Long, Long> serialLocations(Collection<Long> serialLotIds) {
        Map<Long, Long> found = new HashMap<>();
        for (List<Long> slice : Batches.slices(serialLotIds)) {
            jdbc.sql(Batches.planned("""
                        SELECT q.lot_id, q.location_id
                        FROM UNNEST(:lots) AS n(lot_id) JOIN quants q ON q.lot_id = n.lot_id
                        WHERE q.quantity > 0
                        """))
                    .param("lots", Batches.bigints(slice))
                    .query((RowCallbackHandler) rs -> found.put(rs.getLong("lot_id"), rs.getLong("location_id")));
        }
        return found;
    }

    long insert(String reference, String reason, String actor, Instant createdAt) {
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO inventory_adjustments (reference, reason, created_by, created_at)
                        VALUES (:reference, :reason, :actor, :createdAt)
                        """)
                .param("reference", reference)
                .param("reason", reason)
                .param("actor", actor)
                .param("createdAt", Rows.utc(createdAt))
                .update(key, "id");
        return Rows.id(key);
    }

    void insertLines(long adjustmentId, List<InventoryAdjustment.Line> lines) {
        batches.run("""
                INSERT INTO inventory_adjustment_lines (inventory_adjustment_id, line_no, product_id, location_id,
                                                        lot_id, on_hand, counted_quantity)
                VALUES (:adjustmentId, :lineNo, :productId, :locationId, :lotId, :onHand, :counted)
                """, lines.stream().map(l -> {
            Map<String, Object> row = new HashMap<>();
            row.put("adjustmentId", adjustmentId);
            row.put("lineNo", l.lineNo());
            row.put("productId", l.productId());
            row.put("locationId", l.locationId());
            row.put("lotId", l.lotId());
            row.put("onHand", l.onHand());
            row.put("counted", l.countedQuantity());
            return row;
        }).toList());
    }

    Optional<InventoryAdjustment> find(long id) {
        return jdbc.sql("""
                        SELECT id, reference, reason, created_by, created_at
                        FROM inventory_adjustments WHERE id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new InventoryAdjustment(rs.getLong("id"), rs.getString("reference"),
                        rs.getString("reason"), false, rs.getString("created_by"), Rows.instant(rs, "created_at"),
                        List.of()))
                .optional()
                .map(a -> new InventoryAdjustment(a.id(), a.reference(), a.reason(), false, a.createdBy(),
                        a.createdAt(), lines(id)));
    }

    private List<InventoryAdjustment.Line> lines(long adjustmentId) {
        return jdbc.sql("""
                        SELECT al.line_no, al.product_id, al.location_id, al.lot_id, l.name AS lot_name, al.on_hand,
                               al.counted_quantity
                        FROM inventory_adjustment_lines al LEFT JOIN lots l ON l.id = al.lot_id
                        WHERE al.inventory_adjustment_id = :id
                        ORDER BY al.line_no
                        """)
                .param("id", adjustmentId)
                .query(AdjustmentRepository::line)
                .list();
    }

    private static InventoryAdjustment.Line line(ResultSet rs, int n) throws SQLException {
        return new InventoryAdjustment.Line(rs.getInt("line_no"), rs.getLong("product_id"), rs.getLong("location_id"),
                Rows.nullableLong(rs, "lot_id"), rs.getString("lot_name"), rs.getBigDecimal("on_hand"),
                rs.getBigDecimal("counted_quantity"));
    }

    /** The quants of a product in our locations (or in one), by location and lot name. */
    List<CountSheet.Line> onHand(long productId, Long locationId) {
        return jdbc.sql("""
                        SELECT q.product_id, q.location_id, loc.full_name, q.lot_id, l.name AS lot, q.quantity
                        FROM quants q JOIN locations loc ON loc.id = q.location_id LEFT JOIN lots l ON l.id = q.lot_id
                        WHERE q.product_id = :product AND q.quantity <> 0 AND loc.usage = 'internal' %s
                        ORDER BY loc.full_name, l.name
                        LIMIT :limit
                        """.formatted(locationId == null ? "" : "AND q.location_id = :location"))
                .param("product", productId)
                .param("limit", CountSheet.MAX_LINES)
                .params(locationId == null ? Map.of() : Map.of("location", locationId))
                .query((rs, n) -> new CountSheet.Line(rs.getLong("product_id"), rs.getLong("location_id"),
                        rs.getString("full_name"), Rows.nullableLong(rs, "lot_id"), rs.getString("lot"),
                        rs.getBigDecimal("quantity")))
                .list();
    }
}
