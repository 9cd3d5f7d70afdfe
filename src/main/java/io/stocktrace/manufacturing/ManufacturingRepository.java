package io.stocktrace.manufacturing;

import io.stocktrace.api.Paging;
import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import io.stocktrace.location.Locations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ManufacturingRepository {
    private static final String COLUMNS = """
            SELECT o.id, o.reference, o.product_id, p.tracking, o.quantity, o.state, o.allow_expired, o.created_by,
                   o.created_at, o.done_at
            FROM manufacturing_orders o JOIN products p ON p.id = o.product_id
            """;

    private final JdbcClient jdbc;
    private final Batches batches;

    ManufacturingRepository(JdbcClient jdbc, Batches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    long insert(ManufacturingOrder o) {
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO manufacturing_orders (reference, product_id, quantity, state, allow_expired,
                                                          created_by, created_at)
                        VALUES (:reference, :product, :quantity, :state, :allowExpired, :createdBy, :createdAt)
                        """)
                .param("reference", o.reference())
                .param("product", o.productId())
                .param("quantity", o.quantity())
                .param("state", o.state().wire())
                .param("allowExpired", o.allowExpired())
                .param("createdBy", o.createdBy())
                .param("createdAt", Rows.utc(o.createdAt()))
                .update(key, "id");
        long id = Rows.id(key);
        insertLines(id, "finished", o.finished());
        insertLines(id, "component", o.components());
        return id;
    }

    private void insertLines(long orderId, String role, List<OrderLine> lines) {
        batches.run("""
                INSERT INTO manufacturing_order_lines (manufacturing_order_id, role, line_no, product_id, lot_name,
                                                       quantity, for_serial)
                VALUES (:order, :role, :lineNo, :product, :lot, :quantity, :forSerial)
                """, lines.stream().map(l -> {
            Map<String, Object> row = new HashMap<>();
            row.put("order", orderId);
            row.put("role", role);
            row.put("lineNo", l.lineNo());
            row.put("product", l.productId());
            row.put("lot", l.lotName());
            row.put("quantity", l.quantity());
            row.put("forSerial", l.forSerial());
            return row;
        }).toList());
    }

    Optional<ManufacturingOrder> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE o.id = :id").param("id", id).query(ManufacturingRepository::order).optional();
    }

    Optional<ManufacturingOrder> lock(long id) {
        boolean exists = jdbc.sql("SELECT id FROM manufacturing_orders WHERE id = :id FOR UPDATE").param("id", id)
                .query(Long.class).optional().isPresent();
        return exists ? find(id) : Optional.empty();
    }

    List<OrderLine> lines(long orderId, String role) {
        return jdbc.sql("""
                        SELECT line_no, product_id, lot_name, quantity, for_serial
                        FROM manufacturing_order_lines
                        WHERE manufacturing_order_id = :order AND role = :role
                        ORDER BY line_no, id
                        """)
                .param("order", orderId)
                .param("role", role)
                .query((rs, n) -> new OrderLine(rs.getInt("line_no"), rs.getLong("product_id"),
                        rs.getString("lot_name"), rs.getBigDecimal("quantity"), rs.getString("for_serial")))
                .list();
    }

    void setDone(long id, Instant doneAt) {
        jdbc.sql("UPDATE manufacturing_orders SET state = 'done', done_at = :doneAt WHERE id = :id")
                .param("id", id)
                .param("doneAt", Rows.utc(doneAt))
                .update();
    }

    /** The move lines of a done order: consumed (into production) or produced (out of it). */
    List<ManufacturingOrder.Moved> moved(long orderId, boolean consumed) {
        return jdbc.sql("""
                        SELECT m.product_id, m.lot_id, l.name, m.quantity,
                               CASE WHEN m.source_location_id = :production THEN m.destination_location_id
                                    ELSE m.source_location_id END AS location_id
                        FROM move_lines m LEFT JOIN lots l ON l.id = m.lot_id
                        WHERE m.manufacturing_order_id = :order AND
                              """ + (consumed ? "m.destination_location_id" : "m.source_location_id") + """
                         = :production
                        ORDER BY m.id
                        """)
                .param("order", orderId)
                .param("production", Locations.PRODUCTION)
                .query((rs, n) -> new ManufacturingOrder.Moved(rs.getLong("product_id"), Rows.nullableLong(rs, "lot_id"),
                        rs.getString("name"), rs.getBigDecimal("quantity"), rs.getLong("location_id")))
                .list();
    }

    List<GenealogySplit.Link> links(long orderId) {
        return jdbc.sql("""
                        SELECT consumed_lot_id, produced_lot_id, quantity FROM lot_links
                        WHERE manufacturing_order_id = :order ORDER BY id
                        """)
                .param("order", orderId)
                .query((rs, n) -> new GenealogySplit.Link(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)))
                .list();
    }

    void insertLinks(long orderId, Instant occurredAt, List<GenealogySplit.Link> links) {
        batches.run("""
                INSERT INTO lot_links (consumed_lot_id, produced_lot_id, quantity, manufacturing_order_id, occurred_at)
                VALUES (:consumed, :produced, :quantity, :order, :occurredAt)
                """, links.stream().map(l -> {
            Map<String, Object> row = new HashMap<>();
            row.put("consumed", l.consumedLotId());
            row.put("produced", l.producedLotId());
            row.put("quantity", l.quantity());
            row.put("order", orderId);
            row.put("occurredAt", Rows.utc(occurredAt));
            return row;
        }).toList());
    }

    List<ManufacturingOrder> list(ManufacturingState state, Long productId, Paging paging) {
        return jdbc.sql(COLUMNS + where(state, productId) + " ORDER BY o.id DESC LIMIT :limit OFFSET :offset")
                .params(params(state, productId))
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(ManufacturingRepository::order)
                .list();
    }

    long count(ManufacturingState state, Long productId) {
        return jdbc.sql("SELECT COUNT(*) FROM manufacturing_orders o" + where(state, productId))
                .params(params(state, productId)).query(Long.class).single();
    }

    private static String where(ManufacturingState state, Long productId) {
        return " WHERE 1 = 1" + (state == null ? "" : " AND o.state = :state")
                + (productId == null ? "" : " AND o.product_id = :product");
    }

    private static Map<String, Object> params(ManufacturingState state, Long productId) {
        Map<String, Object> params = new HashMap<>();
        if (state != null) {
            params.put("state", state.wire());
        }
        if (productId != null) {
            params.put("product", productId);
        }
        return params;
    }

    private static ManufacturingOrder order(ResultSet rs, int n) throws SQLException {
        return new ManufacturingOrder(rs.getLong("id"), rs.getString("reference"), rs.getLong("product_id"),
                "serial".equals(rs.getString("tracking")), rs.getBigDecimal("quantity"), ManufacturingState.fromWire(rs.getString("state")),
                rs.getBoolean("allow_expired"), rs.getString("created_by"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "done_at"), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
