package io.stocktrace.stock;

import io.stocktrace.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the quants of our stock for Reporting ‣ Stock: totals by product or location, and each group's first rows. */
@Repository
class StockOnHandRepository {
    private static final String PRODUCT_GROUPS = """
            SELECT p.id, p.name AS label, p.uom AS unit, SUM(q.quantity) AS quantity,
                   SUM(q.reserved_quantity) AS reserved, COUNT(*) AS row_count
            FROM quants q JOIN products p ON p.id = q.product_id
            WHERE q.quantity > 0
            GROUP BY p.id, p.name, p.uom
            ORDER BY p.name, p.id
            """;
    private static final String LOCATION_GROUPS = """
            SELECT loc.id, loc.full_name AS label, CAST(NULL AS varchar) AS unit, SUM(q.quantity) AS quantity,
                   SUM(q.reserved_quantity) AS reserved, COUNT(*) AS row_count
            FROM quants q JOIN locations loc ON loc.id = q.location_id
            WHERE q.quantity > 0
            GROUP BY loc.id, loc.full_name
            ORDER BY loc.full_name, loc.id
            """;
    // the first rows of each group, numbered within it, so that a product of 10,000 serials stays one short group
    private static final String ROWS = """
            SELECT r.* FROM (
                SELECT q.product_id, p.name AS product, p.uom AS unit, q.location_id, loc.full_name AS location,
                       q.lot_id, l.name AS lot, q.quantity, q.reserved_quantity,
                       ROW_NUMBER() OVER (PARTITION BY %1$s ORDER BY %2$s, l.name, q.id) AS n
                FROM quants q
                     JOIN products p ON p.id = q.product_id
                     JOIN locations loc ON loc.id = q.location_id
                     LEFT JOIN lots l ON l.id = q.lot_id
                WHERE q.quantity > 0) r
            WHERE r.n <= :perGroup
            ORDER BY r.%3$s, r.n
            """;

    private final JdbcClient jdbc;

    StockOnHandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StockOnHand.Group> groups(boolean byLocation) {
        return jdbc.sql(byLocation ? LOCATION_GROUPS : PRODUCT_GROUPS)
                .query((rs, n) -> new StockOnHand.Group(rs.getLong("id"), rs.getString("label"), rs.getString("unit"),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("reserved"), rs.getLong("row_count"), List.of()))
                .list();
    }

    /** Rows by product (its locations, then lots) or by location (its products, then lots), at most so many a group. */
    List<StockOnHand.Row> rows(boolean byLocation, int perGroup) {
        String sql = byLocation
                ? ROWS.formatted("q.location_id", "p.name, q.product_id", "location_id")
                : ROWS.formatted("q.product_id", "loc.full_name", "product_id");
        return jdbc.sql(sql).param("perGroup", perGroup).query(StockOnHandRepository::row).list();
    }

    private static StockOnHand.Row row(ResultSet rs, int n) throws SQLException {
        return new StockOnHand.Row(rs.getLong("product_id"), rs.getString("product"), rs.getString("unit"),
                rs.getLong("location_id"), rs.getString("location"), Rows.nullableLong(rs, "lot_id"),
                rs.getString("lot"), rs.getBigDecimal("quantity"), rs.getBigDecimal("reserved_quantity"));
    }
}
