package io.stocktrace.epcis.subscription;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import io.stocktrace.epcis.LedgerFacts.LotFact;
import io.stocktrace.epcis.LedgerFacts.MoveFact;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger as a stream: its blocks come in commit order with gap-free positions (io.stocktrace.ledger appends one
 * under the chain's lock just before each ledger-writing transaction commits), so "every move line of the blocks
 * after position P" misses nothing that committed and repeats nothing.
 */
@Repository
class LedgerWindow {
    private final JdbcClient jdbc;

    LedgerWindow(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The position of the last block sealed: a new subscription starts after it. */
    long headPosition() {
        return jdbc.sql("SELECT position FROM ledger_heads WHERE chain = 'main'").query(Long.class).single();
    }

    /** The last position of at most {@code blocks} blocks after {@code position}, or {@code position} when none follow. */
    long endOfWindow(long position, int blocks) {
        List<Long> positions = jdbc.sql("""
                        SELECT position FROM ledger_blocks WHERE position > :after
                        ORDER BY position FETCH FIRST :blocks ROWS ONLY
                        """)
                .param("after", position).param("blocks", blocks).query(Long.class).list();
        return positions.isEmpty() ? position : positions.get(positions.size() - 1);
    }

    /** The move lines of lots sealed in blocks after {@code after} up to {@code upTo}, in ledger order. */
    List<MoveFact> moves(long after, long upTo) {
        return jdbc.sql("""
                        SELECT m.id, m.lot_id, m.quantity, m.reference, m.occurred_at, m.manufacturing_order_id,
                               m.source_location_id, src.usage AS source_usage,
                               m.destination_location_id, dst.usage AS destination_usage,
                               m.partner_id, pa.gln AS partner_gln, m.package_id, m.result_package_id
                        FROM ledger_blocks b
                             JOIN move_lines m ON m.ledger_block_id = b.id
                             JOIN locations src ON src.id = m.source_location_id
                             JOIN locations dst ON dst.id = m.destination_location_id
                             LEFT JOIN partners pa ON pa.id = m.partner_id
                        WHERE b.position > :after AND b.position <= :upTo AND m.lot_id IS NOT NULL
                        ORDER BY b.position, m.id
                        """)
                .param("after", after).param("upTo", upTo)
                .query((rs, n) -> new MoveFact(rs.getLong("id"), rs.getLong("lot_id"), rs.getBigDecimal("quantity"),
                        rs.getString("reference"), Rows.instant(rs, "occurred_at"), Rows.nullableLong(rs, "manufacturing_order_id"),
                        rs.getLong("source_location_id"), rs.getString("source_usage"), rs.getLong("destination_location_id"),
                        rs.getString("destination_usage"), Rows.nullableLong(rs, "partner_id"), rs.getString("partner_gln"),
                        Rows.nullableLong(rs, "package_id"), Rows.nullableLong(rs, "result_package_id")))
                .list();
    }

    List<LotFact> lots(Collection<Long> lotIds) {
        return jdbc.sql("""
                        SELECT l.id, l.name, p.sku, p.gtin, p.tracking, p.uom, l.created_at, l.expiration_date, l.best_before_date
                        FROM UNNEST(:lots) AS n(lot_id) JOIN lots l ON l.id = n.lot_id JOIN products p ON p.id = l.product_id
                        """)
                .param("lots", Batches.bigints(lotIds))
                .query((rs, n) -> new LotFact(rs.getLong("id"), rs.getString("name"), rs.getString("sku"), rs.getString("gtin"),
                        "serial".equals(rs.getString("tracking")), rs.getString("uom"), Rows.instant(rs, "created_at"),
                        Rows.date(rs, "expiration_date"), Rows.date(rs, "best_before_date")))
                .list();
    }
}
