package io.stocktrace.csv;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads products and stock for export, row by row, in the columns of their import. */
@Repository
class ExportRepository {
    private final JdbcClient jdbc;

    ExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void products(Consumer<List<Object>> each) {
        jdbc.sql("""
                        SELECT sku, name, tracking, uom, gtin, expiration_days, best_before_days, removal_days, alert_days
                        FROM products
                        ORDER BY sku
                        """)
                .query(rs -> {
                    each.accept(java.util.Arrays.asList(rs.getString("sku"), rs.getString("name"),
                            rs.getString("tracking"), rs.getString("uom"), rs.getString("gtin"),
                            rs.getObject("expiration_days"), rs.getObject("best_before_days"),
                            rs.getObject("removal_days"), rs.getObject("alert_days")));
                });
    }

    /** What is on hand in our stock (internal and transit locations), by product, location and lot. */
    void stock(Consumer<List<Object>> each) {
        jdbc.sql("""
                        SELECT p.sku, loc.full_name, l.name AS lot, q.quantity
                        FROM quants q
                             JOIN products p ON p.id = q.product_id
                             JOIN locations loc ON loc.id = q.location_id
                             LEFT JOIN lots l ON l.id = q.lot_id
                        WHERE q.quantity > 0
                        ORDER BY p.sku, loc.full_name, l.name
                        """)
                .query(rs -> {
                    each.accept(java.util.Arrays.asList(rs.getString("sku"), rs.getString("full_name"),
                            rs.getString("lot"), rs.getBigDecimal("quantity").stripTrailingZeros().toPlainString()));
                });
    }
}
