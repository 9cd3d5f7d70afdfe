package io.stocktrace.stock;

import io.stocktrace.calendar.SiteCalendar;
import io.stocktrace.db.Rows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the ledger newest first. The order (occurred_at, id) is the order of ix_move_lines_occurred and, for one
 * product, of ix_move_lines_product_occurred, and the cursor is a row comparison on it, so a page is an index range
 * scan that stops after {@code limit} lines on a ledger of any size.
 */
@Repository
class MoveHistoryRepository {
    private final JdbcClient jdbc;
    private final SiteCalendar calendar;

    MoveHistoryRepository(JdbcClient jdbc, SiteCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    List<MoveHistory.Line> page(MoveHistory.Filter filter, MoveHistory.Cursor after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.productId() != null) {
            where.add("m.product_id = :product");
            params.put("product", filter.productId());
        }
        if (filter.lot() != null) {
            where.add("m.lot_id IN (SELECT id FROM lots WHERE name = :lot)");
            params.put("lot", filter.lot());
        }
        if (filter.reference() != null) {
            where.add("LOWER(m.reference) LIKE :reference ESCAPE '\\'");
            params.put("reference", Rows.containing(filter.reference()));
        }
        if (filter.from() != null) {
            where.add("m.occurred_at >= :from");
            params.put("from", Rows.utc(calendar.startOf(filter.from())));
        }
        if (filter.to() != null) {
            where.add("m.occurred_at < :to");
            params.put("to", Rows.utc(calendar.startOf(filter.to().plusDays(1))));
        }
        if (after != null) {
            where.add("(m.occurred_at, m.id) < (:afterAt, :afterId)");
            params.put("afterAt", Rows.utc(after.occurredAt()));
            params.put("afterId", after.id());
        }
        return jdbc.sql("""
                        SELECT m.id, m.occurred_at, m.reference, m.operation_type, m.product_id, p.name AS product_name,
                               m.lot_id, l.name AS lot_name, src.full_name AS source, dst.full_name AS destination,
                               m.quantity, m.actor, pa.name AS partner_name
                        FROM move_lines m
                             JOIN products p ON p.id = m.product_id
                             LEFT JOIN lots l ON l.id = m.lot_id
                             JOIN locations src ON src.id = m.source_location_id
                             JOIN locations dst ON dst.id = m.destination_location_id
                             LEFT JOIN partners pa ON pa.id = m.partner_id
                        %s
                        ORDER BY m.occurred_at DESC, m.id DESC
                        LIMIT :limit
                        """.formatted(where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where)))
                .params(params)
                .param("limit", limit)
                .query((rs, n) -> new MoveHistory.Line(rs.getLong("id"), Rows.instant(rs, "occurred_at"),
                        rs.getString("reference"), rs.getString("operation_type"), rs.getLong("product_id"),
                        rs.getString("product_name"), Rows.nullableLong(rs, "lot_id"), rs.getString("lot_name"),
                        rs.getString("source"), rs.getString("destination"), rs.getBigDecimal("quantity"),
                        rs.getString("actor"), rs.getString("partner_name")))
                .list();
    }
}
