package io.stocktrace.stock;

import io.stocktrace.db.Rows;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a transfer moved and what its returns bring back, by product and lot. */
@Repository
class ReturnRepository {
    private final JdbcClient jdbc;

    ReturnRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The transfer a return reverses. */
    Optional<Long> returnOf(long returnId) {
        return jdbc.sql("SELECT return_of_id FROM transfers WHERE id = :id AND return_of_id IS NOT NULL")
                .param("id", returnId)
                .query(Long.class)
                .optional();
    }

    /** Locks a returned transfer until the transaction ends, so that its returns are checked one at a time. */
    String lockReturned(long transferId) {
        return jdbc.sql("SELECT reference FROM transfers WHERE id = :id FOR UPDATE")
                .param("id", transferId)
                .query(String.class)
                .single();
    }

    /** What a done transfer moved: its move lines, summed by product and lot. */
    Map<ReturnQuantities.Key, BigDecimal> sent(long transferId) {
        return sums(jdbc.sql("""
                SELECT m.product_id, m.lot_id, SUM(m.quantity) AS quantity
                FROM move_lines m
                WHERE m.transfer_id = :id
                GROUP BY m.product_id, m.lot_id
                """).param("id", transferId));
    }

    /**
     * What the returns of a transfer other than {@code exceptReturnId} bring back: the moves of those done, the lines
     * of those still open (cancelled ones bring nothing).
     */
    Map<ReturnQuantities.Key, BigDecimal> returned(long transferId, long exceptReturnId) {
        return sums(jdbc.sql("""
                SELECT r.product_id, r.lot_id, SUM(r.quantity) AS quantity
                FROM (SELECT m.product_id, m.lot_id, m.quantity
                      FROM transfers t JOIN move_lines m ON m.transfer_id = t.id
                      WHERE t.return_of_id = :id AND t.id <> :except AND t.state = 'done'
                      UNION ALL
                      SELECT tl.product_id, tl.lot_id, tl.quantity
                      FROM transfers t JOIN transfer_lines tl ON tl.transfer_id = t.id
                      WHERE t.return_of_id = :id AND t.id <> :except AND t.state IN ('draft', 'ready')) r
                GROUP BY r.product_id, r.lot_id
                """).param("id", transferId).param("except", exceptReturnId));
    }

    private static Map<ReturnQuantities.Key, BigDecimal> sums(JdbcClient.StatementSpec statement) {
        Map<ReturnQuantities.Key, BigDecimal> sums = new HashMap<>();
        statement.query((RowCallbackHandler) rs -> sums.put(
                new ReturnQuantities.Key(rs.getLong("product_id"), Rows.nullableLong(rs, "lot_id")),
                rs.getBigDecimal("quantity")));
        return sums;
    }
}
