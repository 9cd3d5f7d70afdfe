package io.stocktrace.support;

import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a failed request must leave as it found: the ledger, the quants, the lots, the transfers, manufacturing
 * orders, the genealogy, recalls, scraps and counts, as counts and
 * sums. Compare one taken before the request with one taken after.
 */
public record DatabaseSnapshot(long moveLines, long quants, BigDecimal quantSum, BigDecimal reservedSum, long lots,
                               String lotStatuses, long transfers, String transferStates, long transferLines,
                               long products, String productTracking,
                               long manufacturingOrders, String manufacturingStates, long lotLinks, long recalls,
                               long scraps, long inventoryAdjustments) {

    public static DatabaseSnapshot of(JdbcClient jdbc) {
        return new DatabaseSnapshot(
                count(jdbc, "SELECT COUNT(*) FROM move_lines"),
                count(jdbc, "SELECT COUNT(*) FROM quants"),
                sum(jdbc, "SELECT COALESCE(SUM(quantity), 0) FROM quants"),
                sum(jdbc, "SELECT COALESCE(SUM(reserved_quantity), 0) FROM quants"),
                count(jdbc, "SELECT COUNT(*) FROM lots"),
                text(jdbc, "SELECT l.id, " + io.stocktrace.lot.LotStatusSql.of("l") + " FROM lots l ORDER BY l.id"),
                count(jdbc, "SELECT COUNT(*) FROM transfers"),
                text(jdbc, "SELECT id, state FROM transfers ORDER BY id"),
                count(jdbc, "SELECT COUNT(*) FROM transfer_lines"),
                count(jdbc, "SELECT COUNT(*) FROM products"),
                text(jdbc, "SELECT id, tracking FROM products ORDER BY id"),
                count(jdbc, "SELECT COUNT(*) FROM manufacturing_orders"),
                text(jdbc, "SELECT id, state FROM manufacturing_orders ORDER BY id"),
                count(jdbc, "SELECT COUNT(*) FROM lot_links"),
                count(jdbc, "SELECT COUNT(*) FROM recalls"),
                count(jdbc, "SELECT COUNT(*) FROM scraps"),
                count(jdbc, "SELECT COUNT(*) FROM inventory_adjustments"));
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static BigDecimal sum(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(BigDecimal.class).single().stripTrailingZeros();
    }

    private static String text(JdbcClient jdbc, String sql) {
        return String.join(",", jdbc.sql(sql).query((rs, n) -> rs.getLong(1) + ":" + rs.getString(2)).list());
    }
}
